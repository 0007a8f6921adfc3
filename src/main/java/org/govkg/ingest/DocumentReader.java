package org.govkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads UTF-8 text files into documents; folders are walked recursively in a stable order. */
public final class DocumentReader {
    /** Extensions read from folders; a file named on the command line is read whatever its name. */
    private static final List<String> EXTENSIONS = List.of(".txt");

    private DocumentReader() {}

    /** The files an input path stands for, sorted so that every build sees them in the same order. */
    public static List<Path> expand(Path input) throws IOException {
        if (!Files.isDirectory(input)) return List.of(input);
        try (Stream<Path> s = Files.walk(input)) {
            // shallower files first, then by path: of two files with one id, the top-level one is kept
            return s.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().toLowerCase().endsWith(e)))
                    .sorted(java.util.Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .toList();
        }
    }

    /** The document id of a file: its name without the last extension, NFC. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    public static Document read(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("unreadable: " + e.getMessage());
        }
        return fromBytes(idOf(file), file.toString(), bytes);
    }

    public static Document fromBytes(String id, String source, byte[] bytes) throws InputException {
        if (bytes.length == 0) throw new InputException("empty file");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException("binary content (a NUL byte at offset " + i + "), not a text article");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("not UTF-8 text (invalid byte sequence at offset " + firstInvalid(bytes) + ")");
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (text.isBlank()) throw new InputException("no text (only white space)");
        TextNormalizer.Normalized n = TextNormalizer.normalize(text);
        return new Document(id, source, n.text(), n.originalOffsets(), sha256(bytes));
    }

    /** The offset of the first byte that does not decode as UTF-8. */
    static int firstInvalid(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : bytes.length;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All files of the inputs, in order, for a batch. */
    public static List<Path> expandAll(List<Path> inputs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path p : inputs) all.addAll(expand(p));
        return all;
    }
}
