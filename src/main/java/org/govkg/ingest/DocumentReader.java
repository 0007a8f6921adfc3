package org.govkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads inputs into documents: text files in any of the encodings {@link TextDecoder} accepts, HTML pages,
 * JSON Lines files (one article a line), PDF and Word .docx files, and standard input. Folders are walked
 * recursively in a stable order. Every refusal is an {@link InputException} whose message is the reason.
 */
public final class DocumentReader {
    /** Extensions read from folders; a file named on the command line is read whatever its name. */
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl", ".pdf", ".docx");
    /** The name standard input goes by among the inputs. */
    public static final String STDIN = "-";

    private DocumentReader() {}

    /** The files an input path stands for, sorted so that every build sees them in the same order. */
    public static List<Path> expand(Path input) throws IOException {
        if (!Files.isDirectory(input)) return List.of(input);
        try (Stream<Path> s = Files.walk(input)) {
            // shallower files first, then by path: of two files with one id, the top-level one is kept
            return s.filter(Files::isRegularFile)
                    .filter(p -> isArticleFile(p.getFileName().toString()))
                    .sorted(java.util.Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .toList();
        }
    }

    /** All files of the inputs, in order, for a batch. */
    public static List<Path> expandAll(List<Path> inputs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path p : inputs) all.addAll(expand(p));
        return all;
    }

    /**
     * How many documents the inputs stand for, when that is known without reading them: one per file, and -1 when
     * standard input or a JSON Lines file is among them (their documents are known only as they are read). Lists
     * the folders as {@link #each} does; used for progress, never for what is built.
     */
    public static long countKnown(List<Path> inputs) throws IOException {
        long n = 0;
        for (Path p : inputs) {
            if (p.toString().equals(STDIN)) return -1;
            for (Path f : expand(p)) {
                if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) return -1;
                n++;
            }
        }
        return n;
    }

    /** The document id of a file: its name without the last extension, NFC. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /**
     * Every document the inputs stand for, in input order, pushed to the sink: one per file, one per line of a
     * JSON Lines file, one for standard input ("-", read from stdin under options.stdinId()). The documents
     * themselves are read when each input is loaded.
     */
    public static void each(List<Path> inputs, ReadOptions options, InputStream stdin, Consumer<Input> sink) throws IOException {
        for (Path p : inputs) {
            if (p.toString().equals(STDIN)) {
                sink.accept(stdin(stdin, options));
                continue;
            }
            for (Path f : expand(p)) {
                if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) JsonLines.each(f, options, sink);
                else sink.accept(new Input(f.toString(), idOf(f), () -> read(f, options)));
            }
        }
    }

    /**
     * The documents of a JSON Lines file that is not on the local file system (HDFS, S3, a Spark executor's
     * stream), named name (FILE in FILE:LINE): the inputs {@link #each} gives for such a file, the stream closed
     * at the end.
     */
    public static void jsonLines(String name, InputStream in, ReadOptions options, Consumer<Input> sink) {
        JsonLines.each(name, in, options, sink);
    }

    /** Whether a folder's file is read as an article (by its extension, as {@link #expand} selects them). */
    public static boolean isArticleFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Input stdin(InputStream in, ReadOptions options) {
        if (options.stdinId() == null || options.stdinId().isBlank())
            return Input.refused(STDIN, null, "standard input needs a document id: --id ID");
        String id = Normalizer.normalize(options.stdinId().strip(), Normalizer.Form.NFC);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        } catch (IOException e) {
            return Input.refused(STDIN, id, "unreadable: " + e.getMessage());
        }
        if (bytes.length > options.maxBytes())
            return Input.refused(STDIN, id, "too large: over the limit of " + options.maxBytes() + " bytes (--max-bytes)");
        return new Input(STDIN, id, () -> fromBytes(id, STDIN, bytes, options));
    }

    public static Document read(Path file) throws InputException {
        return read(file, ReadOptions.DEFAULTS);
    }

    public static Document read(Path file, ReadOptions options) throws InputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > options.maxBytes())
                throw new InputException("too large: " + size + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("unreadable: " + e.getMessage());
        }
        if (bytes.length > options.maxBytes())
            throw new InputException("too large: " + bytes.length + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return fromBytes(idOf(file), file.toString(), bytes, options, name.substring(Math.max(0, name.lastIndexOf('.'))));
    }

    /** A text article's bytes, as from a .txt file read with the default options. */
    public static Document fromBytes(String id, String source, byte[] bytes) throws InputException {
        return fromBytes(id, source, bytes, ReadOptions.DEFAULTS, ".txt");
    }

    static Document fromBytes(String id, String source, byte[] bytes, ReadOptions options) throws InputException {
        return fromBytes(id, source, bytes, options, ".txt");
    }

    /**
     * Bytes by their kind: a PDF or a .docx by its signature (a PDF renamed .txt is still read as PDF), an HTML
     * page by its extension or its start, anything else as text.
     */
    public static Document fromBytes(String id, String source, byte[] bytes, ReadOptions options, String extension) throws InputException {
        if (bytes.length == 0) throw new InputException("empty file");
        if (bytes.length > options.maxBytes())
            throw new InputException("too large: " + bytes.length + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)");
        String text;
        if (startsWith(bytes, "%PDF-")) {
            text = OfficeText.pdf(bytes);
        } else if (startsWith(bytes, "PK\u0003\u0004")) {
            if (!extension.equals(".docx") && !extension.equals(".txt"))
                throw new InputException("a ZIP archive, not an article (only Word .docx files are read inside one)");
            text = OfficeText.docx(bytes);
        } else if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
            throw new InputException("a Word 97–2003 (.doc) or other OLE2 file: save it as .docx or PDF");
        } else {
            String decoded = TextDecoder.decode(bytes, options.encoding()).text();
            text = extension.equals(".html") || extension.equals(".htm") || looksLikeHtml(decoded) ? HtmlArticle.toText(decoded) : decoded;
        }
        return fromText(id, source, text, bytes).withArea(options.area());
    }

    /** Decoded text to a document: NFC, refused when blank or not well-formed Unicode, normalised with an offset map. */
    static Document fromText(String id, String source, String text, byte[] input) throws InputException {
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) { i++; continue; }
            if (Character.isSurrogate(c))
                throw new InputException("not Unicode text: a lone surrogate \\u" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at char " + i);
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) controls++;
        }
        // a few stray control characters are noise of a scraper; many are a binary file that happened to decode
        if (controls > 8 && controls * 100 > text.length())
            throw new InputException("binary content (" + controls + " control characters), not a text article");
        if (text.isBlank() || text.strip().equals("\uFEFF")) throw new InputException("no text (only white space)");
        TextNormalizer.Normalized n = TextNormalizer.normalize(text);
        if (n.text().isBlank()) throw new InputException("no text (only white space and layout)");
        return new Document(id, source, n.text(), n.originalOffsets(), sha256(input));
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) head = head.substring(1).stripLeading();
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] b, String latin1) {
        if (b.length < latin1.length()) return false;
        for (int i = 0; i < latin1.length(); i++) if ((b[i] & 0xFF) != latin1.charAt(i)) return false;
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
