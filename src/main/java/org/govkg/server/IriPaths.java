package org.govkg.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Between request paths and IRIs. Browsers send Chinese in a path percent-encoded as UTF-8, while the
 * store's IRIs hold it as characters (an IRI, not a URI); ASCII escapes such as {@code %20} are part of
 * the minted IRI (document ids are percent-encoded that way) and stay as they are.
 */
final class IriPaths {
    private IriPaths() {}

    /** A raw request path (still percent-encoded) as the IRI path it names. */
    static String toIri(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int j = i;
            while (j + 2 < raw.length() && raw.charAt(j) == '%' && hex(raw, j + 1) >= 0x80) {
                bytes.write(hex(raw, j + 1));
                j += 3;
            }
            if (bytes.size() == 0) {
                if (i + 2 >= raw.length() || hex(raw, i + 1) < 0) throw new IllegalArgumentException("bad percent-encoding at " + i);
                out.append(raw, i, i + 3);
                i += 3;
                continue;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("percent-encoded bytes at " + i + " are not UTF-8");
            }
            i = j;
        }
        return out.toString();
    }

    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) return -1;
        int hi = Character.digit(s.charAt(at), 16), lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** A path or IRI with its non-ASCII characters percent-encoded as UTF-8, for HTTP headers. */
    static String toUri(String iri) {
        StringBuilder out = new StringBuilder(iri.length() * 2);
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xff;
            if (v < 0x80) out.append((char) v);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(v & 15, 16)));
        }
        return out.toString();
    }
}
