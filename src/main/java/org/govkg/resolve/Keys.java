package org.govkg.resolve;

import org.govkg.extract.EntityType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable keys: the type, the normalised name and the enclosing division, hashed (contract: IRIs). */
public final class Keys {
    /**
     * The chars a name is compared without: white space as a regular expression's \s reads it (space, tab, line
     * feed, vertical tab, form feed, carriage return), quotes, brackets and middle dots. A set of bits rather than
     * the character class it was: names are normalised for every mention and statement, most have none of these.
     */
    static final String DROPPED = " \t\n\u000B\f\r\"'“”‘’「」『』《》〈〉·•・()（）[]【】";
    private static final long[] DROPPED_BITS = new long[1 << 10];

    static {
        for (char c : DROPPED.toCharArray()) DROPPED_BITS[c >>> 6] |= 1L << c;
    }

    /** One digest per thread: looking the algorithm up for every key cost more than the hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Keys() {}

    public static String of(EntityType type, String... parts) {
        return type.slug + "/" + hash(type.slug + "|" + String.join("|", parts));
    }

    public static String division(String code) {
        return "division/" + code;
    }

    /** Names compared without spaces, quotes, brackets and middle dots (the scorer's normalisation too). */
    public static String normalize(String name) {
        int n = name.length(), i = 0;
        while (i < n && !dropped(name.charAt(i))) i++;
        if (i == n) return name;
        StringBuilder out = new StringBuilder(n - 1).append(name, 0, i);
        for (; i < n; i++) {
            char c = name.charAt(i);
            if (!dropped(c)) out.append(c);
        }
        return out.toString();
    }

    private static boolean dropped(char c) {
        return (DROPPED_BITS[c >>> 6] & 1L << c) != 0;
    }

    /**
     * The hashes made so far, shared by all threads: the same names recur in every mention of a document and across
     * documents, and a lookup costs a fraction of a digest. Bounded: past {@link #HASHES_KEPT} keys, new ones are
     * hashed and not kept.
     */
    private static final java.util.Map<String, String> HASHES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HASHES_KEPT = 1 << 15;

    public static String hash(String s) {
        String h = HASHES.get(s);
        if (h != null) return h;
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        h = HexFormat.of().formatHex(d, 0, 6);
        if (HASHES.size() < HASHES_KEPT) HASHES.putIfAbsent(s, h);
        return h;
    }

    /**
     * Whether {@code shortName} names again, in short, what {@code fullName} names (锐驰储能电池项目 for
     * 安徽锐驰新能源科技有限公司年产10GWh储能电池项目): at least six characters, all of them in order in the full
     * name, which ends the same way for four characters or more. Names compared normalised.
     */
    public static boolean isShortForm(String shortName, String fullName) {
        String s = normalize(shortName), f = normalize(fullName);
        if (s.length() < 6 || f.length() <= s.length()) return false;
        int common = 0;
        while (common < s.length() && s.charAt(s.length() - 1 - common) == f.charAt(f.length() - 1 - common)) common++;
        if (common < 4) return false;
        int i = 0;
        for (int j = 0; j < f.length() && i < s.length(); j++) if (f.charAt(j) == s.charAt(i)) i++;
        return i == s.length();
    }
}
