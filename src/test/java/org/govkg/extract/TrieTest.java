package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The trie's matches are those of a plain search for every entry at every position, whichever way its root is read:
 * a table (many first chars close together), a bit per char (few or scattered first chars), or nothing to read (no
 * entries); and a put after a lookup is seen by the next lookup.
 */
class TrieTest {
    /** Every entry at every position by startsWith, by start then length: what findAll promises. */
    private static List<String> plain(List<String> entries, String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++)
            for (int len = 1; i + len <= text.length(); len++)
                if (entries.contains(text.substring(i, i + len))) out.add(i + ":" + (i + len));
        return out;
    }

    private static List<String> found(Trie<String> trie, String text) {
        return trie.findAll(text).stream().map(m -> m.start() + ":" + m.end()).toList();
    }

    /** Entries with many first chars next to each other (a table), made from a run of CJK characters. */
    private static List<String> dense() {
        List<String> out = new ArrayList<>();
        for (char c = '一'; c < '一' + 200; c++) out.add(c + "号");
        out.add("丁丁");
        return out;
    }

    /** Entries whose first chars fill one slot in 22 of their span, as the gazetteer's do (a table since one in 32). */
    private static List<String> everyTwentySecond() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 100; k++) out.add((char) ('一' + 22 * k) + "号");
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # root                                   | entries (space-separated; DENSE for 200 first chars in a row, SPREAD for 100 one in 22) | text
            few scattered first chars: a bit per char | 园区 产业园区 园 区长                                          | 某产业园区区长到园区
            two first chars side by side: a table     | 一号 丁丁 丁                                                   | 丁丁一号一丁
            scattered first chars: a bit per char     | a号 丁丁 ~x 龟                                                 | xa号丁丁丁~x龟龟a
            many first chars together: a table        | DENSE                                                          | 一号丁丁丁七号七七号a号
            first chars one in 22 apart: a table      | SPREAD                                                         | 一号丁号世号丬丬号乮号x嚂号
            no entries                                | ''                                                             | 园区
            an empty text                             | 园区                                                           | ''
            """)
    void findsWhatAPlainSearchFinds(String root, String entries, String text) {
        List<String> words = entries.equals("DENSE") ? dense() : entries.equals("SPREAD") ? everyTwentySecond() : entries.isEmpty() ? List.of() : List.of(entries.split(" "));
        Trie<String> trie = new Trie<>();
        for (String w : words) trie.put(w, w);
        assertEquals(plain(words, text), found(trie, text), root);
        // findLongest: longest at each position, left to right, never overlapping
        List<String> longest = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = -1;
            for (int len = 1; i + len <= text.length(); len++) if (words.contains(text.substring(i, i + len))) end = i + len;
            if (end > 0) { longest.add(i + ":" + end); i = end; } else i++;
        }
        assertEquals(longest, trie.findLongest(text).stream().map(m -> m.start() + ":" + m.end()).toList(), root);
        for (int p = 0; p < text.length(); p++) {
            final int at = p;
            List<String> starting = plain(words, text).stream().filter(s -> s.startsWith(at + ":")).toList();
            assertEquals(starting, trie.matchesAt(text, p, text.length()).stream().map(m -> m.start() + ":" + m.end()).toList(), root + " at " + p);
            Trie.Match<String> l = trie.longestAt(text, p, text.length());
            assertEquals(starting.isEmpty() ? null : starting.get(starting.size() - 1), l == null ? null : l.start() + ":" + l.end(), root + " at " + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                   | first entries | entry put after a lookup | text     | found after
            a new first char                          | 园区          | 镇                       | 镇园区   | 0:1 1:3
            a longer entry under a known first char   | 园            | 园区                     | 园区     | 0:1 0:2
            """)
    void seesAPutAfterALookup(String what, String first, String later, String text, String after) {
        Trie<String> trie = new Trie<>();
        trie.put(first, first);
        trie.findAll(text);
        trie.put(later, later);
        assertEquals(List.of(after.split(" ")), found(trie, text), what);
    }
}
