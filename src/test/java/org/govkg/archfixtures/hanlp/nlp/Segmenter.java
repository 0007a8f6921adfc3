package org.govkg.archfixtures.hanlp.nlp;

import com.hankcs.hanlp.HanLP;

/** Passes: nlp is where HanLP lives. */
public final class Segmenter {
    public static int tokens(String text) {
        return HanLP.segment(text).size();
    }
}
