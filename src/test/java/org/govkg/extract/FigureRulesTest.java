package org.govkg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The searches the figure units make within a reach: what String's would give when it lies within, else -1. */
class FigureRulesTest {
    private static final String TEXT = "高于全省2.1个百分点，高于全市3个百分点";

    @Test
    void a_search_back_gives_the_last_occurrence_when_it_is_within_reach() {
        int[][] cases = {
                // from, lo, expected
                {TEXT.length(), 0, TEXT.lastIndexOf("高于")},
                {TEXT.length(), 12, 12},
                {TEXT.length(), 13, -1},   // the last occurrence starts before the reach: none
                {11, 0, 0},                // from is the latest start tried, as in lastIndexOf
                {12, 12, 12},
                {-1, -5, -1},
        };
        for (int[] c : cases) assertEquals(c[2], FigureRules.lastIndexWithin(TEXT, "高于", c[0], c[1]), c[0] + "," + c[1]);
    }

    @Test
    void a_search_on_gives_the_first_occurrence_when_it_starts_before_the_bound() {
        int[][] cases = {
                // from, hi, expected
                {0, TEXT.length(), 0},
                {1, TEXT.length(), 12},
                {1, 13, 12},               // a word may reach past the bound
                {1, 12, -1},
                {-3, 1, 0},
                {13, 100, -1},
        };
        for (int[] c : cases) assertEquals(c[2], FigureRules.indexWithin(TEXT, "高于", c[0], c[1]), c[0] + "," + c[1]);
    }
}
