package org.govkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * HanLP portable's viterbi segmenter with person and organisation recognition.
 *
 * <p>Place recognition is off. Places come from the gazetteer (every division) and from govkg's own name rules, and
 * HanLP's guesses cost more than they gave: in a real project article one read a county-level city's name across
 * two words of an ordinary phrase, and that false division took the article's figures. The fronts of names it made
 * whole (临湖 in 肥东临湖高新技术产业开发区) are found by the name walk's rule for unknown words (extract.NameWalker).
 * Measured with that rule, against place recognition on:
 * <ul>
 * <li>the 48 real development articles (../shared/realdev): entity F1 0.914 → 0.916, figure F1 0.883 → 0.904;</li>
 * <li>the two shared articles: entity F1 0.908 → 0.913, figure F1 0.971 the same;</li>
 * <li>the articles written for govkg: heldout figure F1 0.872 → 0.892; dev entity and figure F1 0.005 and 0.010
 * lower (越州硅光伏材料产业园, whose front 越州 HanLP alone knew).</li>
 * </ul>
 * Place recognition was about an eighth of segmentation's time on real text.
 */
public final class HanlpSegmenter implements Segmenter {
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(true)
            .enableOffset(true));

    /** @param customWords words (with a HanLP nature such as "ns") the segmenter must keep whole */
    public HanlpSegmenter(Collection<String[]> customWords) {
        synchronized (HanlpSegmenter.class) {
            for (String[] w : customWords) CustomDictionary.insert(w[0], w[1] + " 1000");
        }
    }

    /**
     * HanLP's StandardTokenizer, its default segmenter as most of its users call it (viterbi, no place or
     * organisation recognition): a second anchor of the benchmark, not used for extraction.
     */
    public static Segmenter standardTokenizer() {
        return text -> tokens(text, StandardTokenizer.segment(text));
    }

    /**
     * Loads HanLP's dictionaries (core, bigram, and the person and organisation roles), which it does on the
     * first segmentation, so that a caller can have it done on another thread while it prepares the rest. Changes no
     * result: the dictionaries are the same whenever they are loaded.
     */
    public void warmUp() {
        segment("某县人民政府与某某有限公司签约，张某某出席。");
    }

    @Override
    public List<Token> segment(String text) {
        return tokens(text, segment.get().seg(text));
    }

    private static List<Token> tokens(String text, List<Term> terms) {
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            // offsets from HanLP are reliable for the viterbi segmenter; recompute defensively
            int start = text.indexOf(t.word, Math.max(pos, 0));
            if (start < 0) start = pos;
            int end = start + t.word.length();
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), start, end));
            pos = end;
        }
        return out;
    }
}
