package org.govkg.archfixtures.stages.util;

/** Rejected: a class in no stage of the flow. */
public final class Helper {
    public static boolean blank(String s) {
        return s.isBlank();
    }
}
