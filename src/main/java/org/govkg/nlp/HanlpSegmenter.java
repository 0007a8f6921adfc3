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
 * HanLP portable's viterbi segmenter with person, place and organisation recognition.
 * The portable jar carries its dictionaries, so this never touches the network. HanLP's
 * custom dictionary is process-global: words given here are added once, at construction.
 */
public final class HanlpSegmenter implements Segmenter {
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
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
     * Loads HanLP's dictionaries (core, bigram, and the person, place and organisation roles), which it does on the
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
