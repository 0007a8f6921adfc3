package org.govkg.store;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese as overlapping character bigrams (产业园 → 产业 业园), Latin and digits as words (10GWh → 10gwh),
 * full-width forms folded to half-width first. A dictionary segmenter was measured and rejected: Lucene's
 * SmartChineseAnalyzer cuts the names this corpus is made of into single characters (东林湖 → 东 林 湖,
 * 数智 → 数 智) and 产业园 into 产业 园, so a query matches whatever shares one character or word with it,
 * and a name cut differently in the query and in the label is not found. Bigrams searched as a phrase
 * (see HanTextIndex) find exactly the literals that contain the query, wherever it stands in them.
 * <p>
 * The index side also emits each character alone, so a one-character query finds it too; the query
 * side emits bigrams only (a lone character stays a unigram), whose positions are those of the index's.
 */
final class HanBigramAnalyzer extends Analyzer {
    private static final int SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private final boolean unigrams;

    private HanBigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** For the literals written to the index: bigrams and unigrams. */
    static HanBigramAnalyzer forIndex() {
        return new HanBigramAnalyzer(true);
    }

    /** For query strings: bigrams only, so a phrase of them is a substring of the literal. */
    static HanBigramAnalyzer forQuery() {
        return new HanBigramAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new CJKBigramFilter(result, SCRIPTS, unigrams);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
    }
}
