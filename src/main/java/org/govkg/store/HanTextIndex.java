package org.govkg.store;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.Directory;

/**
 * jena-text's Lucene index, with one change to how a query string is read: a bare term that contains Chinese
 * is searched as a phrase, so {@code 产业园} means the three characters in that order (the bigrams 产业 业园 in a
 * row), not "产业 or 业园". jena-text builds Lucene's classic QueryParser itself and offers no setting for this
 * (autoGeneratePhraseQueries), so the term is quoted before the parser sees it. Everything else of Lucene's
 * syntax is left as written: {@code 产业园 AND 汽车}, {@code -奥迪}, {@code (产业园 OR 开发区)}, {@code label:奥迪},
 * quoted phrases, boosts. Every query of {@code text:query} and of {@link TextSearch} comes through here.
 */
final class HanTextIndex extends TextIndexLucene {

    HanTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                               int limit, String highlight) {
        return super.query(subjectUri, props, phrases(qs), graphURI, lang, limit, highlight);
    }

    /**
     * Parses {@code qs} as {@link #query} would, without searching.
     *
     * @throws TextIndexParseException (a QueryParseException) if it is not valid Lucene syntax
     */
    void check(String qs) {
        QueryParser parser = new QueryParser(getDocDef().getPrimaryField(), getQueryAnalyzer());
        parser.setAllowLeadingWildcard(true);
        try {
            parser.parse(phrases(qs));
        } catch (ParseException e) {
            throw new TextIndexParseException(qs, e.getMessage());
        }
    }

    // prefix operators, an optional field name and opening brackets; the term; closing brackets and a boost
    private static final Pattern TERM = Pattern.compile(
            "([+\\-!(]*(?:[A-Za-z_][A-Za-z0-9_]*:)?\\(*)([\\p{L}\\p{N}\\p{M}·._\\-]+?)(\\)*(?:\\^\\d+(?:\\.\\d+)?)?\\)*)");

    /** The query with each whitespace-separated term that holds a Han character quoted; quoted text is kept. */
    static String phrases(String qs) {
        if (qs == null) return null;
        StringBuilder out = new StringBuilder(qs.length() + 8);
        int i = 0, n = qs.length();
        while (i < n) {
            char c = qs.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            if (c == '"') {
                j++;
                while (j < n && qs.charAt(j) != '"') j += qs.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, n);
                out.append(qs, i, j);
            } else {
                while (j < n && !Character.isWhitespace(qs.charAt(j)) && qs.charAt(j) != '"')
                    j += qs.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j, n);
                out.append(quoted(qs.substring(i, j)));
            }
            i = j;
        }
        return out.toString();
    }

    private static String quoted(String term) {
        Matcher m = TERM.matcher(term);
        if (!m.matches() || !hasHan(m.group(2))) return term;
        return m.group(1) + '"' + m.group(2) + '"' + m.group(3);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
