package org.govkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * The characters a Chinese news text is mostly made of: the 3 755 level-1 hanzi of GB 2312 (the common
 * simplified characters), the 5 401 common characters of Big5 (the common traditional ones) and the
 * punctuation and full-width forms of both. Derived from the JDK's own GB2312 and Big5 tables, so no word
 * list ships. A right decoding of a news article is nearly all such characters; GBK bytes read as Big5, or
 * Big5 bytes read as GBK, give a large share of rare characters, kana, Greek and private-use code points.
 */
final class CommonHan {
    private static final BitSet COMMON = build();

    private CommonHan() {}

    static boolean isCommon(int codePoint) {
        return codePoint < 0x10000 && COMMON.get(codePoint);
    }

    /**
     * The share of common characters among the text's non-ASCII characters (1 when there are none). A
     * correctly decoded article scores above 0.9; mojibake of GBK and Big5 scores well below.
     */
    static double plausibility(CharSequence text) {
        int nonAscii = 0, common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if (COMMON.get(c) || c == '\uFEFF') common++;
        }
        return nonAscii == 0 ? 1.0 : (double) common / nonAscii;
    }

    private static BitSet build() {
        BitSet set = new BitSet(0x10000);
        // GB 2312: rows A1–A3 symbols and full-width forms, rows B0–D7 level-1 hanzi
        addRange(set, "GB2312", 0xA1, 0xA3, 0xA1, 0xFE);
        addRange(set, "GB2312", 0xB0, 0xD7, 0xA1, 0xFE);
        // Big5: A140–A3BF symbols, A440–C67E common characters (常用國字)
        addRange(set, "Big5", 0xA1, 0xA3, 0x40, 0xFE);
        addRange(set, "Big5", 0xA4, 0xC6, 0x40, 0xFE);
        set.set(0x3000, 0x3040);            // CJK symbols and punctuation
        set.set(0xFF01, 0xFF5F);            // full-width ASCII
        set.set(0x2010, 0x2027);            // dashes, quotes, ellipsis
        set.set(0x00B7);                    // middle dot (names of minorities, foreign names)
        set.set(0x00D7);                    // ×
        return set;
    }

    private static void addRange(BitSet set, String charset, int leadFrom, int leadTo, int trailFrom, int trailTo) {
        var decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = trailFrom; trail <= trailTo; trail++) {
                try {
                    String s = decoder.decode(ByteBuffer.wrap(new byte[]{(byte) lead, (byte) trail})).toString();
                    if (s.length() == 1 && s.charAt(0) >= 0x80) set.set(s.charAt(0));
                } catch (CharacterCodingException unassigned) {
                    // a hole in the table: not a character of the set
                }
            }
        }
    }
}
