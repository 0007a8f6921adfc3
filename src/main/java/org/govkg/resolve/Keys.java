package org.govkg.resolve;

import org.govkg.extract.EntityType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable keys: the type, the normalised name and the enclosing division, hashed (contract: IRIs). */
public final class Keys {
    private Keys() {}

    public static String of(EntityType type, String... parts) {
        return type.slug + "/" + hash(type.slug + "|" + String.join("|", parts));
    }

    public static String division(String code) {
        return "division/" + code;
    }

    /** Names compared without spaces, quotes, brackets and middle dots (the scorer's normalisation too). */
    public static String normalize(String name) {
        return name.replaceAll("[\\s\"'“”‘’「」『』《》〈〉·•・()（）\\[\\]【】]", "");
    }

    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
