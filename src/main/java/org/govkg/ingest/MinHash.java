package org.govkg.ingest;

import java.util.Arrays;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * A document's MinHash signature over the character shingles of its text, and the LSH bands that find the documents
 * whose signatures may be near (pipeline.Copies links them as copies). Plain Java and deterministic: the hash functions
 * come from a fixed seed, so the same text gives the same signature in every run, thread and version of this class
 * that keeps {@link #SEED}, {@link #SHINGLE}, {@link #HASHES} and {@link #ROWS}.
 *
 * <p>The text is normalised first: letters and digits only, lower case (whitespace and punctuation, which a re-post
 * often changes, dropped). Traditional characters are not mapped here: the caller hands the simplified reading (the
 * pipeline's Engine.readable), so a copy in traditional characters shingles as the simplified original.
 *
 * <p>Shingles of {@value #SHINGLE} chars: long enough that two articles written from one set of templates share few
 * of them (their fixed phrases are short runs between names and figures), short enough that a copy with a changed
 * headline or a cut tail keeps most. The estimated Jaccard similarity is the share of the {@value #HASHES} minima that
 * agree; {@value #BANDS} bands of {@value #ROWS} rows make two documents candidates when one band agrees entirely,
 * which happens with probability 1 − (1 − s⁴)³² for a similarity s (0.99 at s = 0.6, 0.23 at s = 0.3).
 */
public final class MinHash {
    /** Chars per shingle. */
    public static final int SHINGLE = 8;
    /** Hash functions: the signature's length. */
    public static final int HASHES = 128;
    /** Rows per LSH band. */
    public static final int ROWS = 4;
    /** LSH bands. */
    public static final int BANDS = HASHES / ROWS;
    /**
     * A text with fewer distinct shingles has no signature: too short to tell a copy from a shared formula (a line of
     * credits, a notice), and never linked.
     */
    public static final int MIN_SHINGLES = 40;
    /** The seed the hash functions are drawn from. */
    static final long SEED = 0x676f766b67L;  // "govkg"

    private static final long[] SALTS = salts();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MinHash() {}

    private static long[] salts() {
        SplittableRandom r = new SplittableRandom(SEED);
        long[] s = new long[HASHES];
        for (int i = 0; i < HASHES; i++) s[i] = r.nextLong();
        return s;
    }

    /** Letters and digits of the text, lower case; whitespace, punctuation and symbols dropped. */
    public static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toLowerCase(cp));
        }
        return b.toString();
    }

    /** The distinct 64-bit hashes of the normalised text's shingles of {@value #SHINGLE} chars, ascending. */
    static long[] shingles(String normalised) {
        int n = normalised.length() - SHINGLE + 1;
        if (n <= 0) return new long[0];
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int j = i; j < i + SHINGLE; j++) x = (x ^ normalised.charAt(j)) * 0x100000001B3L;
            h[i] = mix(x);
        }
        Arrays.sort(h);
        int u = 0;
        for (int i = 0; i < n; i++) if (u == 0 || h[i] != h[u - 1]) h[u++] = h[i];
        return Arrays.copyOf(h, u);
    }

    /**
     * A text's signature: the minima of its shingles' hashes under each of the {@value #HASHES} functions, and how many
     * distinct shingles it has (to estimate containment from the Jaccard similarity).
     */
    public record Signature(int[] minima, int shingles) {
        public Signature {
            if (minima.length != HASHES) throw new IllegalArgumentException("a signature has " + HASHES + " minima");
            if (shingles < 1) throw new IllegalArgumentException("a signature has shingles");
        }
    }

    /** The text's signature, or null when it has fewer than {@link #MIN_SHINGLES} distinct shingles. */
    public static Signature of(String text) {
        long[] sh = shingles(normalise(text));
        if (sh.length < MIN_SHINGLES) return null;
        int[] sig = new int[HASHES];
        // four functions per pass over the shingles: the same minima as one at a time, with a quarter of the reads
        // and four independent chains of multiplications for the processor to overlap
        for (int i = 0; i < HASHES; i += 4) {
            long s0 = SALTS[i], s1 = SALTS[i + 1], s2 = SALTS[i + 2], s3 = SALTS[i + 3];
            long m0 = Long.MAX_VALUE, m1 = Long.MAX_VALUE, m2 = Long.MAX_VALUE, m3 = Long.MAX_VALUE;
            for (long s : sh) {
                // non-negative: compared as signed longs
                m0 = Math.min(m0, mix(s ^ s0) >>> 1);
                m1 = Math.min(m1, mix(s ^ s1) >>> 1);
                m2 = Math.min(m2, mix(s ^ s2) >>> 1);
                m3 = Math.min(m3, mix(s ^ s3) >>> 1);
            }
            sig[i] = (int) (m0 >>> 31);
            sig[i + 1] = (int) (m1 >>> 31);
            sig[i + 2] = (int) (m2 >>> 31);
            sig[i + 3] = (int) (m3 >>> 31);
        }
        return new Signature(sig, sh.length);
    }

    /** The estimated Jaccard similarity of two signatures: the share of their minima that agree. */
    public static double jaccard(Signature a, Signature b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a.minima()[i] == b.minima()[i]) same++;
        return same / (double) HASHES;
    }

    /**
     * The estimated share of the smaller text's shingles that the other holds: the intersection J·(|A|+|B|)/(1+J)
     * over the smaller count, at most 1. A copy with a cut tail is contained in its original though their Jaccard
     * similarity falls with the cut.
     */
    public static double containment(Signature a, Signature b) {
        double j = jaccard(a, b);
        double common = j * (a.shingles() + b.shingles()) / (1 + j);
        return Math.min(1.0, common / Math.min(a.shingles(), b.shingles()));
    }

    /** Containment from which two texts are copies (chosen by measurement: see the README's "Copies"). */
    public static final double COPY_CONTAINMENT = 0.7;
    /** The least share of the longer text's shingle count the shorter has for a copy (a trimmed tail keeps at least half). */
    public static final double COPY_LENGTH = 0.5;

    /**
     * Whether two texts are copies of one another: the smaller has at least {@link #COPY_LENGTH} of the other's
     * shingles and {@link #COPY_CONTAINMENT} of its own are estimated to be in the other. Symmetric.
     */
    public static boolean copies(Signature a, Signature b) {
        int small = Math.min(a.shingles(), b.shingles()), large = Math.max(a.shingles(), b.shingles());
        return small >= COPY_LENGTH * large && containment(a, b) >= COPY_CONTAINMENT;
    }

    /** The 64-bit hash of each band: of its number and its {@value #ROWS} minima. */
    public static long[] bandHashes(Signature signature) {
        int[] sig = signature.minima();
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long x = b;
            for (int r = 0; r < ROWS; r++) x = mix(x * 31 + sig[b * ROWS + r]);
            out[b] = x;
        }
        return out;
    }

    /**
     * The signature's bands as keys, one per band: its number and its {@link #bandHashes hash}
     * ({@code 07-3f2a9c1e0b4d5a66}). Two signatures that agree on every row of a band share that band's key.
     */
    public static String[] bands(Signature signature) {
        long[] h = bandHashes(signature);
        String[] out = new String[BANDS];
        char[] key = new char[2 + 1 + 16];
        for (int b = 0; b < BANDS; b++) {
            // as String.format("%02d-%016x") writes it, without the formatter's parse of its pattern for each band
            key[0] = (char) ('0' + b / 10);
            key[1] = (char) ('0' + b % 10);
            key[2] = '-';
            for (int i = 0; i < 16; i++) key[3 + i] = HEX[(int) (h[b] >>> (60 - 4 * i)) & 0xF];
            out[b] = new String(key);
        }
        return out;
    }

    /**
     * The text a signature is made of: the article's text as read, its headline left out (a re-post often gives its
     * own). The headline is the article's, found in the text; none or one not found leaves the text whole.
     */
    public static String signedText(String text, String headline) {
        int at = headline == null || headline.isEmpty() ? -1 : text.indexOf(headline);
        return at < 0 ? text : text.substring(0, at) + "\n" + text.substring(at + headline.length());
    }

    /**
     * The test {@link #copies} estimates, made exactly on two signed texts: the shorter has at least
     * {@link #COPY_LENGTH} of the other's distinct shingles, and at least {@link #COPY_CONTAINMENT} of its own are in
     * the other. Symmetric. The estimate errs by a few hundredths either way; two articles written from one template
     * whose names and figures differ sit just under the threshold (0.66–0.69 measured), where the estimate of a
     * short text can read 0.72, while a copy keeps 0.93 and more. Candidates that the estimate passes are confirmed
     * so.
     */
    public static boolean exactCopies(String signedA, String signedB) {
        long[] a = shingles(normalise(signedA)), b = shingles(normalise(signedB));
        if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return false;
        int small = Math.min(a.length, b.length), large = Math.max(a.length, b.length);
        if (small < COPY_LENGTH * large) return false;
        int common = 0;
        // both ascending and distinct: one merge
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return common >= COPY_CONTAINMENT * small;
    }

    /** Whether the signatures agree on every row of at least one band: LSH makes them candidates. */
    public static boolean shareBand(Signature a, Signature b) {
        for (int band = 0; band < BANDS; band++) {
            boolean all = true;
            for (int r = band * ROWS; r < band * ROWS + ROWS && all; r++) all = a.minima()[r] == b.minima()[r];
            if (all) return true;
        }
        return false;
    }

    /** The signature as text, for storing: its shingle count, a space, Base64 of its minima (big-endian ints). */
    public static String encode(Signature sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(HASHES * 4);
        for (int v : sig.minima()) buf.putInt(v);
        return sig.shingles() + " " + Base64.getEncoder().encodeToString(buf.array());
    }

    /** The signature {@link #encode} wrote; null when the text is not one. */
    public static Signature decode(String text) {
        int space = text.indexOf(' ');
        if (space < 1) return null;
        byte[] bytes;
        int shingles;
        try {
            shingles = Integer.parseInt(text.substring(0, space));
            bytes = Base64.getDecoder().decode(text.substring(space + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length != HASHES * 4 || shingles < 1) return null;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) sig[i] = buf.getInt();
        return new Signature(sig, shingles);
    }

    /** SplitMix64's finaliser: spreads every input bit over the output (rdf.PackedGraph hashes its triple keys so too). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
