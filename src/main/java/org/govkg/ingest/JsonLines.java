package org.govkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JSON Lines file: one article per line, {"id","title","date","source","text","area"} (docs/operating.md, "Inputs"). id
 * and text are required strings; title, date (a day: 2024-03-05, 2024/3/5, 2024年3月5日, an ISO date-time), source and
 * area (the division the article is about when its text does not name it: a name or a code) are optional strings; other fields are ignored. Each line is an input of its own, named FILE:LINE: a bad line is
 * refused with its line number and the others go on. Lines are read with a bound, so a line over the size limit
 * is skipped without being held in memory. UTF-8 (the JSON Lines format's own), or the --encoding given.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> TEXT_FIELDS = List.of("id", "title", "date", "source", "text", "area");

    private JsonLines() {}

    static void each(Path file, ReadOptions options, Consumer<Input> sink) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            sink.accept(Input.refused(file.toString(), null, "unreadable: " + e.getMessage()));
            return;
        }
        each(file.toString(), in, options, sink);
    }

    /** The lines of a JSON Lines stream named name (closed at the end), as {@link #each(Path, ReadOptions, Consumer)}. */
    static void each(String name, InputStream stream, ReadOptions options, Consumer<Input> sink) {
        int line = 0, articles = 0;
        try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            while (true) {
                buf.reset();
                long length = readLine(in, buf, options.maxBytes());
                if (length < 0) break;
                line++;
                String source = name + ":" + line;
                if (length > options.maxBytes()) {
                    sink.accept(Input.refused(source, null, "too large: " + length + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)"));
                    articles++;
                    continue;
                }
                byte[] bytes = buf.toByteArray();
                if (line == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
                    bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
                if (isBlank(bytes)) continue;
                articles++;
                sink.accept(parse(source, bytes, options.encoding(), options.area()));
            }
        } catch (IOException e) {
            sink.accept(Input.refused(name + (line > 0 ? ":" + (line + 1) : ""), null, "unreadable: " + e.getMessage()));
            return;
        }
        if (articles == 0) sink.accept(Input.refused(name, null, line == 0 ? "empty file" : "no articles (only blank lines)"));
    }

    /** One line: its id now (for the duplicate check in input order), its document when loaded. */
    static Input parse(String source, byte[] bytes, Charset encoding) {
        return parse(source, bytes, encoding, null);
    }

    /** One line, about the area it names, else the area given for every input (build --area), else none. */
    static Input parse(String source, byte[] bytes, Charset encoding, String defaultArea) {
        String line;
        JsonNode node;
        try {
            line = encoding == null ? TextDecoder.utf8(bytes) : new String(bytes, encoding);
            node = JSON.readTree(line);
        } catch (InputException e) {
            return Input.refused(source, null, e.getMessage());
        } catch (JsonProcessingException e) {
            return Input.refused(source, null, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) return Input.refused(source, null, "not a JSON object (one article per line: {\"id\", \"title\", \"date\", \"source\", \"text\"})");
        for (String f : TEXT_FIELDS) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) return Input.refused(source, null, "field \"" + f + "\" is not a string");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) return Input.refused(source, null, "no \"id\" (a non-empty string)");
        id = Normalizer.normalize(id.strip(), Normalizer.Form.NFC);
        String body = text(node, "text");
        if (body == null || body.isBlank()) return Input.refused(source, id, "no \"text\" (a non-empty string)");
        String date = text(node, "date");
        LocalDate day = ArticleText.date(date);
        if (date != null && !date.isBlank() && day == null) return Input.refused(source, id, "\"date\" is not a day: '" + date + "' (write 2024-03-05)");
        String docId = id;
        String text = ArticleText.compose(text(node, "title"), day, text(node, "source"), List.of(body));
        String named = text(node, "area");
        String area = named != null && !named.isBlank() ? Normalizer.normalize(named.strip(), Normalizer.Form.NFC) : defaultArea;
        return new Input(source, id, () -> DocumentReader.fromText(docId, source, text, bytes).withArea(area));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Reads one line (without its \n and a \r before it) into buf, keeping at most max bytes; returns the line's
     * full length, or -1 at the end of the input.
     */
    private static long readLine(InputStream in, ByteArrayOutputStream buf, long max) throws IOException {
        long length = 0;
        int b = in.read(), last = -1;
        if (b < 0) return -1;
        while (b >= 0 && b != '\n') {
            if (length < max + 1) buf.write(b);
            length++;
            last = b;
            b = in.read();
        }
        if (last == '\r') {
            length--;
            if (buf.size() > length) {
                byte[] a = buf.toByteArray();
                buf.reset();
                buf.write(a, 0, (int) Math.min(a.length - 1, length));
            }
        }
        return length;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\r') return false;
        return true;
    }

}
