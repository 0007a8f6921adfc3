package org.govkg.spark.archfixtures;

import com.hankcs.hanlp.HanLP;

/** Rejected by the no-HanLP rule: the job segments text itself. */
public final class SegmentsWithHanLP {
    public static int tokens(String text) {
        return HanLP.segment(text).size();
    }
}
