package org.govkg.extract;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name rules take a set's words in the set's own order: OrderedWords must pick the word a scan of the set would. */
class OrderedWordsTest {
    private final OrderedWords words = new OrderedWords(new LinkedHashSet<>(List.of("重", "重点", "点", "产业")));

    @Test
    void the_first_word_in_set_order_wins_not_the_longest() {
        assertEquals(0, words.firstAt("重点产业", 0, 4, -1));
        assertEquals("重", words.word(0));
        // after 重 (rank 0), the scan goes on with 重点 (rank 1)
        assertEquals(1, words.firstAt("重点产业", 0, 4, 0));
        assertEquals(-1, words.firstAt("重点产业", 0, 4, 1));
    }

    @Test
    void a_word_must_end_by_the_limit() {
        assertEquals(-1, words.firstAt("重点产业", 2, 3, -1));
        assertEquals(3, words.firstAt("重点产业", 2, 4, -1));
    }

    @Test
    void last_starts_are_the_last_occurrence_of_each_word() {
        assertArrayEquals(new int[]{2, 2, 3, -1}, words.lastStarts("重点重点"));
    }
}
