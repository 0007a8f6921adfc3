package org.govkg.nlp;

import com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary;

/**
 * Traditional characters (繁體, as Hong Kong, Macao and Taiwan media write) to simplified, with HanLP's own t2s
 * dictionary (in the portable jar), keeping where each simplified char came from: govkg's lexicons and HanLP's
 * models are simplified, but the evidence must quote what the article wrote.
 * <p>
 * The conversion is HanLP's: at each position the longest dictionary entry wins (its segLongest), done here
 * over the dictionary's trie so that every output char knows its input char. An entry of another length
 * (a character outside the BMP on one side) maps all its output chars to the entry's start.
 * <p>
 * Taiwan words of the genre (專案 for 项目, lexicon/taiwan-words.tsv) read as the mainland word.
 * <p>
 * Only a text that is traditional is converted: one where at least 5% of the Han characters (and at least
 * two) change. A simplified article has a few characters the t2s table also lists (乾 of 乾隆); converting
 * them would change what the extractor reads for no gain.
 * <p>
 * Most articles are simplified, so a cheap count proves first that the text cannot reach that share (see
 * {@link #surelySimplified}), and only a text it cannot clear is scanned with the dictionary: the answer is the
 * scan's either way.
 */
public final class TraditionalChinese {
    private static final String TAIWAN_WORDS = "/org/govkg/lexicon/taiwan-words.tsv";

    private TraditionalChinese() {}

    /** Taiwan words of the genre and their mainland words (lexicon/taiwan-words.tsv), in simplified characters. */
    private static final java.util.Map<String, String> TAIWAN = taiwanWords();
    private static final int TAIWAN_LONGEST = TAIWAN.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** The chars a Taiwan word starts with: at any other char no word is looked up (a string made per length tried). */
    private static final java.util.BitSet TAIWAN_FIRST = new java.util.BitSet();

    static {
        for (String w : TAIWAN.keySet()) TAIWAN_FIRST.set(w.charAt(0));
    }

    /**
     * For each char, 0, or the longest key it is the witness of: every key whose reading differs from it (an entry of
     * HanLP's t2s dictionary or a Taiwan word) has one of its chars as its witness. A changed entry in a text holds its
     * key's witness, entries do not overlap, so the changed chars of a text are at most the sum of this over its
     * chars. Null when HanLP's dictionary is not the one read here (then every text is scanned).
     */
    private static final byte[] WITNESS = witnesses();

    /**
     * The witness of a key is a char of it that a simplified text rarely holds: one GB 2312 cannot encode (a
     * traditional-only char) before one it can, a char the reading changes before one it keeps, else the first.
     * Any choice keeps the bound; this one keeps it low on simplified text.
     */
    private static byte[] witnesses() {
        java.util.List<String[]> keys = readings();
        if (keys == null) return null;
        java.nio.charset.CharsetEncoder gb = java.nio.charset.Charset.forName("GB2312").newEncoder();
        byte[] out = new byte[Character.MAX_VALUE + 1];
        for (String[] e : keys) {
            String key = e[0], reading = e[1];
            if (key.equals(reading) || key.isEmpty()) continue;
            if (key.length() > Byte.MAX_VALUE) return null;
            int best = 0, bestRank = Integer.MAX_VALUE;
            for (int k = 0; k < key.length(); k++) {
                char c = key.charAt(k);
                boolean kept = reading.length() == key.length() && reading.charAt(k) == c;
                int rank = (gb.canEncode(c) ? 2 : 0) + (kept ? 1 : 0);
                if (rank < bestRank) { best = k; bestRank = rank; }
            }
            char w = key.charAt(best);
            out[w] = (byte) Math.max(out[w], key.length());
        }
        return out;
    }

    /**
     * Every key the conversion can match and its reading: the entries of HanLP's t2s dictionary, then the Taiwan
     * words (a key may come twice). Read from the file HanLP builds TraditionalChineseDictionary.trie from, by HanLP's own reader, and
     * checked to be exactly the trie's entries; null when they are not.
     */
    static java.util.List<String[]> readings() {
        com.hankcs.hanlp.corpus.dictionary.StringDictionary t2s = new com.hankcs.hanlp.corpus.dictionary.StringDictionary("=");
        if (!t2s.load(com.hankcs.hanlp.HanLP.Config.tcDictionaryRoot + "t2s.txt")) return null;
        if (TraditionalChineseDictionary.trie.size() != t2s.size()) return null;
        java.util.List<String[]> keys = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, String> e : t2s.entrySet()) {
            if (!e.getValue().equals(TraditionalChineseDictionary.trie.get(e.getKey()))) return null;
            keys.add(new String[]{e.getKey(), e.getValue()});
        }
        TAIWAN.forEach((taiwan, mainland) -> keys.add(new String[]{taiwan, mainland}));
        return keys;
    }

    /**
     * Whether the text is surely not traditional, without the dictionary: its changed chars, at most the sum of
     * its chars' {@link #WITNESS} lengths, are fewer than two or under 5% of its Han chars. False says nothing.
     */
    static boolean surelySimplified(char[] chars) {
        if (WITNESS == null) return false;
        long bound = 0;
        int hanChars = 0;
        for (char c : chars) {
            bound += WITNESS[c];
            if (isHan(c)) hanChars++;
        }
        return bound < 2 || bound * 20 < hanChars;
    }

    private static java.util.Map<String, String> taiwanWords() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (var in = TraditionalChinese.class.getResourceAsStream(TAIWAN_WORDS)) {
            if (in == null) throw new IllegalStateException(TAIWAN_WORDS + " is missing");
            boolean header = true;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] r = line.split("\t");
                if (r.length < 2 || r[0].strip().length() < 2) throw new IllegalStateException(TAIWAN_WORDS + ": bad row " + line);
                out.put(r[0].strip(), r[1].strip());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Simplified text and, for each of its chars and its end, the char index in the input text. */
    public record Simplified(String text, int[] offsets) {}

    /**
     * The text in traditional characters, by HanLP's s2t dictionary: for generated test corpora (a copy re-posted in
     * traditional characters), not for reading articles.
     */
    public static String toTraditional(String simplified) {
        return com.hankcs.hanlp.HanLP.convertToTraditionalChinese(simplified);
    }

    /** The simplified reading of a traditional text, or null when the text is not traditional. */
    public static Simplified toSimplified(String text) {
        if (text.isEmpty()) return null;
        char[] chars = text.toCharArray();
        if (surelySimplified(chars)) return null;
        return scanned(chars);
    }

    /** {@link #toSimplified} by the dictionary scan alone, without the count that clears most simplified texts. */
    static Simplified scanned(char[] chars) {
        String[] entry = new String[chars.length];
        int[] length = new int[chars.length];
        // HanLP's dictionary is loaded once, process-wide, on first use; parseText only reads it
        TraditionalChineseDictionary.trie.parseText(chars, (begin, end, value) -> {
            if (end - begin > length[begin]) {
                entry[begin] = value;
                length[begin] = end - begin;
            }
        });
        // 專案 (Taiwan) is 項目, so 项目: a Taiwan word at least as long as the entry there reads as the mainland one
        for (int i = 0; i < chars.length; i++) {
            if (!TAIWAN_FIRST.get(chars[i])) continue;
            for (int n = Math.min(TAIWAN_LONGEST, chars.length - i); n >= 2 && n >= length[i]; n--) {
                String mainland = TAIWAN.get(new String(chars, i, n));
                if (mainland == null) continue;
                entry[i] = mainland;
                length[i] = n;
                break;
            }
        }
        // most articles are simplified: count first, and build the reading only for a traditional one
        int hanChars = 0, changedChars = 0;
        for (int i = 0; i < chars.length; ) {
            int n = entry[i] == null ? 1 : length[i];
            for (int k = 0; k < n; k++) if (isHan(chars[i + k])) hanChars++;
            if (entry[i] != null && !same(entry[i], chars, i, n)) changedChars += n;
            i += n;
        }
        if (changedChars < 2 || changedChars * 20 < hanChars) return null;
        StringBuilder out = new StringBuilder(chars.length);
        int[] offsets = new int[chars.length + 16];
        int han = 0, changed = 0;
        for (int i = 0; i < chars.length; ) {
            int n = entry[i] == null ? 1 : length[i];
            String v = entry[i] == null ? String.valueOf(chars[i]) : entry[i];
            boolean same = v.contentEquals(new StringBuilder().append(chars, i, n));
            for (int k = 0; k < n; k++) if (isHan(chars[i + k])) han++;
            if (!same) changed += n;
            for (int k = 0; k < v.length(); k++) {
                if (out.length() + 2 > offsets.length) offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
                offsets[out.length()] = v.length() == n ? i + k : i;
                out.append(v.charAt(k));
            }
            i += n;
        }
        if (changed < 2 || changed * 20 < han) return null;
        offsets[out.length()] = chars.length;
        return new Simplified(out.toString(), java.util.Arrays.copyOf(offsets, out.length() + 1));
    }

    /**
     * Whether the char is of the Han script; the CJK Unified Ideographs (all assigned, all Han, up to U+9FEF), most
     * of an article, and everything below U+2E80 (where the Han script starts: ASCII, digits, most punctuation)
     * without a lookup.
     */
    private static boolean isHan(char c) {
        if (c < '\u2E80') return false;
        return (c >= '\u4E00' && c <= '\u9FEF') || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code v} is the {@code n} chars of {@code chars} from {@code i}. */
    private static boolean same(String v, char[] chars, int i, int n) {
        if (v.length() != n) return false;
        for (int k = 0; k < n; k++) if (v.charAt(k) != chars[i + k]) return false;
        return true;
    }
}
