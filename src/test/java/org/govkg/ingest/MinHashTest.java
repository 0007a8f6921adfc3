package org.govkg.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * MinHash's parts with expectations worked by hand: the normalised text, how many distinct shingles a text has, the
 * containment estimated from a Jaccard share and two shingle counts, the copy rule's two bounds, which band a changed
 * minimum moves, and the stored form.
 */
class MinHashTest {

    static Stream<Arguments> normalised() {
        return Stream.of(
                Arguments.of("whitespace and punctuation go, letters lower case", "GDP 增长 6.5%，好！", "gdp增长65好"),
                Arguments.of("full-width digits are digits and stay", "增长６％", "增长６"),
                Arguments.of("a text of only punctuation is empty", "，。、“”（）", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normalised")
    void normalise_keeps_letters_and_digits(String name, String text, String expected) {
        assertEquals(expected, MinHash.normalise(text));
    }

    static Stream<Arguments> shingleCounts() {
        return Stream.of(
                // n chars give n − 8 + 1 windows
                Arguments.of("twelve distinct chars: five windows", "一二三四五六七八九十百千", 5),
                Arguments.of("a run of eight repeated: the ninth window is the first again", "一二三四五六七八一二三四五六七八", 8),
                Arguments.of("shorter than a shingle: none", "一二三四五六七", 0),
                Arguments.of("punctuation does not count", "一，二，三，四，五，六，七，八", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shingleCounts")
    void distinct_shingles(String name, String text, int expected) {
        assertEquals(expected, MinHash.shingles(MinHash.normalise(text)).length);
    }

    /** {@code n} distinct chars from 一 (U+4E00) on: n − 7 distinct shingles. */
    private static String distinct(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) (0x4E00 + i));
        return b.toString();
    }

    @Test
    void a_text_under_forty_shingles_has_no_signature() {
        assertNull(MinHash.of(distinct(46)));  // 39 shingles
        MinHash.Signature s = MinHash.of(distinct(47));
        assertNotNull(s);
        assertEquals(40, s.shingles());
    }

    /** A signature whose first {@code same} minima are 0..same−1 and the rest {@code offset} more. */
    private static MinHash.Signature sig(int same, int offset, int shingles) {
        int[] m = new int[MinHash.HASHES];
        for (int i = 0; i < m.length; i++) m[i] = i < same ? i : i + offset;
        return new MinHash.Signature(m, shingles);
    }

    static Stream<Arguments> pairs() {
        MinHash.Signature a = sig(128, 0, 100);
        return Stream.of(
                // J = 64/128 = 0.5; common = 0.5·200/1.5 = 66.7 of 100: containment 0.667 < 0.7
                Arguments.of("half the minima agree, equal lengths: 0.667, not a copy", a, sig(64, 1000, 100), 0.5, 2 / 3.0, false),
                // J = 96/128 = 0.75; common = 0.75·200/1.75 = 85.7 of 100
                Arguments.of("three quarters agree, equal lengths: 0.857, a copy", a, sig(96, 1000, 100), 0.75, 0.857142857, true),
                // J = 0.75, counts 100 and 60: common = 0.75·160/1.75 = 68.6 > 60, so all of the shorter
                Arguments.of("a cut copy is contained whole: 1, a copy", a, sig(96, 1000, 60), 0.75, 1.0, true),
                // identical minima, but 40 shingles against 100: under half the length
                Arguments.of("the same minima but under half the length: not a copy", a, sig(128, 0, 40), 1.0, 1.0, false),
                Arguments.of("no minimum agrees: 0", a, sig(0, 1000, 100), 0.0, 0.0, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void jaccard_containment_and_the_copy_rule(String name, MinHash.Signature a, MinHash.Signature b, double jaccard,
                                               double containment, boolean copies) {
        assertEquals(jaccard, MinHash.jaccard(a, b), 1e-9);
        assertEquals(containment, MinHash.containment(a, b), 1e-6);
        assertEquals(copies, MinHash.copies(a, b));
        assertEquals(copies, MinHash.copies(b, a), "symmetric");
    }

    static Stream<Arguments> bandSharing() {
        MinHash.Signature a = sig(128, 0, 100);
        int[] everyFourth = a.minima().clone();
        for (int r = 3; r < MinHash.HASHES; r += 4) everyFourth[r] = -1;  // the last row of every band
        return Stream.of(
                Arguments.of("the first four minima agree: band 0 is shared", a, sig(4, 1000, 100), true),
                Arguments.of("the first three agree: no band whole", a, sig(3, 1000, 100), false),
                // 96 of 128 agree (J = 0.75, a copy by MinHash#copies) yet every band differs in one row: LSH misses it
                Arguments.of("three rows of every band agree: none shared", a, new MinHash.Signature(everyFourth, 100), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bandSharing")
    void signatures_share_a_band_when_all_its_rows_agree(String name, MinHash.Signature a, MinHash.Signature b, boolean shared) {
        assertEquals(shared, MinHash.shareBand(a, b));
        String[] x = MinHash.bands(a), y = MinHash.bands(b);
        boolean key = false;
        for (int band = 0; band < MinHash.BANDS; band++) key |= x[band].equals(y[band]);
        assertEquals(shared, key, "a shared band is a shared key");
    }

    @Test
    void a_changed_minimum_changes_only_its_band() {
        MinHash.Signature a = sig(128, 0, 100);
        int[] m = a.minima().clone();
        m[5] = 999_999;  // row 5: band 5 / 4 = 1
        String[] x = MinHash.bands(a), y = MinHash.bands(new MinHash.Signature(m, 100));
        assertEquals(MinHash.BANDS, x.length);
        for (int b = 0; b < MinHash.BANDS; b++) {
            if (b == 1) assertNotEquals(x[b], y[b]);
            else assertEquals(x[b], y[b]);
            assertEquals(String.format("%02d-", b), x[b].substring(0, 3));
        }
    }

    @Test
    void the_same_text_gives_the_same_signature_whatever_its_punctuation() {
        String text = distinct(60);
        MinHash.Signature s = MinHash.of(text);
        MinHash.Signature spaced = MinHash.of(text.substring(0, 30) + "，\n " + text.substring(30) + "。");
        assertArrayEquals(s.minima(), spaced.minima());
        assertEquals(1.0, MinHash.jaccard(s, spaced));
    }

    @Test
    void the_stored_form_reads_back_and_refuses_what_is_not_one() {
        MinHash.Signature s = MinHash.of(distinct(80));
        String stored = MinHash.encode(s);
        assertEquals("73 ", stored.substring(0, 3));
        assertEquals(3 + 684, stored.length());
        MinHash.Signature back = MinHash.decode(stored);
        assertArrayEquals(s.minima(), back.minima());
        assertEquals(73, back.shingles());
        assertNull(MinHash.decode("73 AAAA"));
        assertNull(MinHash.decode("x " + stored.substring(3)));
        assertNull(MinHash.decode(Arrays.toString(s.minima())));
    }

    /** {@code n} distinct characters from {@code from} on: every shingle of 8 of them is distinct. */
    private static String run(int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.appendCodePoint(from + i);
        return b.toString();
    }

    private static final String TEXT = run(0x4E00, 100);  // 93 distinct shingles

    /**
     * The exact test, on texts whose shingles are counted by hand: a text of 100 distinct characters has 93
     * shingles; one that keeps its first k characters and goes on in others shares k − 7 of them.
     */
    static Stream<Arguments> exact() {
        return Stream.of(
                Arguments.of("the same text", TEXT, TEXT, true),
                Arguments.of("its first 70 characters: all 63 of its shingles are in the whole (63 ≥ half of 93)", TEXT, TEXT.substring(0, 70), true),
                Arguments.of("the first 80 kept, 20 others after: 73 of 93 shared, 0.785", TEXT, TEXT.substring(0, 80) + run(0x5E00, 20), true),
                Arguments.of("the first 65 kept, 35 others after: 58 of 93 shared, 0.624", TEXT, TEXT.substring(0, 65) + run(0x5E00, 35), false),
                Arguments.of("the first 72 kept, 28 others after: 65 of 93 shared, 0.699, just under 0.7", TEXT, TEXT.substring(0, 72) + run(0x5E00, 28), false),
                Arguments.of("the first 73 kept: 66 of 93, 0.710", TEXT, TEXT.substring(0, 73) + run(0x5E00, 27), true),
                Arguments.of("its first 50 characters: contained, but 43 shingles are under half of 93", TEXT, TEXT.substring(0, 50), false),
                Arguments.of("a text of 46 characters has 39 shingles: too short to tell", TEXT.substring(0, 46), TEXT.substring(0, 46), false),
                Arguments.of("punctuation and spaces do not count", TEXT, TEXT.substring(0, 40) + "，\n " + TEXT.substring(40), true),
                Arguments.of("another text", TEXT, run(0x6E00, 100), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exact")
    void the_exact_test_counts_shared_shingles(String name, String a, String b, boolean copies) {
        assertEquals(copies, MinHash.exactCopies(a, b), name);
        assertEquals(copies, MinHash.exactCopies(b, a), name + ", the other way round");
    }

    @Test
    void the_signed_text_leaves_the_headline_out() {
        assertEquals("二〇二四年\n\n\n正文一段。", MinHash.signedText("二〇二四年\n某县召开大会\n正文一段。", "某县召开大会"));
        assertEquals("正文一段。", MinHash.signedText("正文一段。", null), "no headline");
        assertEquals("正文一段。", MinHash.signedText("正文一段。", "不在文中的标题"), "a headline the text does not hold");
    }
}
