package org.govkg.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes to text, never to mojibake. Every decoding is strict (an invalid sequence is an error, not a U+FFFD).
 * <ol>
 *   <li>an encoding the user named (--encoding) is used, and only it;</li>
 *   <li>a byte-order mark decides: UTF-8, UTF-16BE, UTF-16LE;</li>
 *   <li>a NUL byte (without a UTF-16 mark) is binary content;</li>
 *   <li>valid UTF-8 is UTF-8; UTF-8 cut inside its last character is refused as truncated;</li>
 *   <li>else Mozilla's universal detector guesses, and its guess, GB18030 (a superset of GBK and GB2312) and
 *       Big5-HKSCS are each decoded and scored by {@link CommonHan#plausibility}: GBK and Big5 bytes often
 *       both decode, so the guess is kept only when no other candidate reads as more plausible Chinese,
 *       and nothing below {@link #MIN_PLAUSIBILITY} is accepted.</li>
 * </ol>
 */
final class TextDecoder {
    /** Measured: articles of the genre score 0.97–1.0 read right; GBK read as Big5 and Big5 as GBK 0.2–0.6. */
    static final double MIN_PLAUSIBILITY = 0.85;

    private TextDecoder() {}

    /** The decoded text and the charset it was read in. */
    record Decoded(String text, Charset charset) {}

    static Decoded decode(byte[] bytes, Charset forced) throws InputException {
        if (forced != null) return new Decoded(strict(bytes, forced, "--encoding " + forced.name()), forced);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(utf8(bytes), StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE))
            return new Decoded(strict(bytes, StandardCharsets.UTF_16, "a UTF-16 byte-order mark"), StandardCharsets.UTF_16);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException("binary content (a NUL byte at offset " + i + "), not a text article");
        }
        int bad = firstInvalidUtf8(bytes);
        if (bad == bytes.length) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        if (truncatedUtf8(bytes, bad))
            throw new InputException("truncated UTF-8: the file ends inside a character (byte " + bad + " of " + bytes.length + ")");
        return guess(bytes, bad);
    }

    private static Decoded guess(byte[] bytes, int badUtf8) throws InputException {
        List<Charset> candidates = new ArrayList<>();
        Charset detected = detected(bytes);
        if (detected != null) candidates.add(detected);
        for (Charset c : List.of(Charset.forName("GB18030"), Charset.forName("Big5-HKSCS")))
            if (!candidates.contains(c)) candidates.add(c);
        Decoded best = null;
        double bestScore = -1;
        StringBuilder tried = new StringBuilder();
        for (Charset c : candidates) {
            String text;
            try {
                text = decodeStrict(bytes, c);
            } catch (CharacterCodingException e) {
                tried.append(tried.isEmpty() ? "" : ", ").append(c.name()).append(": invalid bytes");
                continue;
            }
            double score = CommonHan.plausibility(text);
            tried.append(tried.isEmpty() ? "" : ", ").append(c.name()).append(String.format(Locale.ROOT, ": %.0f%% common characters", score * 100));
            // strictly better only: on a tie the detector's guess, listed first, stays
            if (score > bestScore) {
                best = new Decoded(text, c);
                bestScore = score;
            }
        }
        if (best != null && bestScore >= MIN_PLAUSIBILITY) return best;
        throw new InputException("undecodable: not UTF-8 (invalid byte at offset " + badUtf8 + ") and not plausible Chinese text in any "
                + "encoding tried (" + tried + "); name the encoding with --encoding if it is another");
    }

    /** The detector's guess as a JDK charset, widened to the superset govkg decodes with (GB2312 → GB18030). */
    private static Charset detected(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, bytes.length);
        d.dataEnd();
        String name = d.getDetectedCharset();
        if (name == null) return null;
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("GB2312") || n.equals("GBK") || n.equals("GB18030") || n.equals("HZ-GB-2312")) return Charset.forName("GB18030");
        if (n.equals("BIG5") || n.equals("BIG5-HKSCS")) return Charset.forName("Big5-HKSCS");
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    static String utf8(byte[] bytes) throws InputException {
        int bad = firstInvalidUtf8(bytes);
        if (bad == bytes.length) return new String(bytes, StandardCharsets.UTF_8);
        if (truncatedUtf8(bytes, bad))
            throw new InputException("truncated UTF-8: the input ends inside a character (byte " + bad + " of " + bytes.length + ")");
        throw new InputException("not UTF-8 text (invalid byte sequence at offset " + bad + ")");
    }

    private static String strict(byte[] bytes, Charset c, String why) throws InputException {
        try {
            return decodeStrict(bytes, c);
        } catch (CharacterCodingException e) {
            throw new InputException("not " + c.name() + " text as " + why + " says (invalid byte sequence at offset " + firstInvalid(bytes, c) + ")");
        }
    }

    private static String decodeStrict(byte[] bytes, Charset c) throws CharacterCodingException {
        return c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The offset of the first byte that does not decode as UTF-8 (the length when all do). */
    static int firstInvalidUtf8(byte[] bytes) {
        return firstInvalid(bytes, StandardCharsets.UTF_8);
    }

    private static int firstInvalid(byte[] bytes, Charset c) {
        var decoder = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length + 2));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) return in.position();
        r = decoder.flush(out);
        return r.isError() ? in.position() : bytes.length;
    }

    /** Everything valid up to a lead byte at {@code bad} whose continuation the end of the input cut off. */
    private static boolean truncatedUtf8(byte[] bytes, int bad) {
        int lead = bytes[bad] & 0xFF;
        int need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
        int left = bytes.length - bad;
        if (need == 0 || left >= need) return false;
        for (int i = bad + 1; i < bytes.length; i++) if ((bytes[i] & 0xC0) != 0x80) return false;
        // a single stray byte at the end of a file that had no other multi-byte character proves nothing
        for (int i = 0; i < bad; i++) if ((bytes[i] & 0x80) != 0) return true;
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
