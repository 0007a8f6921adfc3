package org.govkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JSON Lines file is one input per line; a bad line is refused with its line number and the others are read. */
class JsonLinesTest {
    private static final Path FEED = Path.of("src/test/resources/inputs/feed.jsonl");

    /** source → the document's text, or "refused: reason". */
    private static Map<String, String> readAll(Path file, ReadOptions options) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        DocumentReader.each(List.of(file), options, InputStreamOf.empty(), in -> {
            try {
                out.put(in.source(), in.load().text());
            } catch (InputException e) {
                out.put(in.source(), "refused: " + e.getMessage());
            }
        });
        return out;
    }

    @Test
    void each_line_is_an_input_named_by_its_line_number_blank_lines_skipped() throws IOException {
        Map<String, String> r = readAll(FEED, ReadOptions.DEFAULTS);
        List<String> expected = new ArrayList<>();
        for (int line : new int[]{1, 3, 4, 5, 6, 7, 8, 9}) expected.add(FEED + ":" + line);
        assertEquals(expected, new ArrayList<>(r.keySet()));
    }

    @Test
    void a_good_line_becomes_an_article_with_its_title_date_and_source_as_header_lines() throws IOException {
        Map<String, String> r = readAll(FEED, ReadOptions.DEFAULTS);
        assertEquals("郫都区召开一季度重点项目推进会\n\n2024-05-08\n\n来源：郫都区融媒体中心\n\n5月7日，郫都区召开一季度重点项目推进会。"
                + "一季度，全区固定资产投资同比增长10.6%，其中产业投资增长15.2%。\n", r.get(FEED + ":1"));
        assertEquals("2024-07-22\n\n金堂县上半年实现地区生产总值286.5亿元，同比增长6.8%。\n", r.get(FEED + ":8"));
    }

    @Test
    void bad_lines_are_refused_each_with_a_specific_reason() throws IOException {
        Map<String, String> r = readAll(FEED, ReadOptions.DEFAULTS);
        assertTrue(r.get(FEED + ":3").startsWith("refused: invalid JSON"), r.get(FEED + ":3"));
        assertEquals("refused: no \"text\" (a non-empty string)", r.get(FEED + ":4"));
        assertEquals("refused: no \"id\" (a non-empty string)", r.get(FEED + ":5"));
        assertTrue(r.get(FEED + ":6").startsWith("refused: \"date\" is not a day"), r.get(FEED + ":6"));
        assertTrue(r.get(FEED + ":9").startsWith("refused: not a JSON object"), r.get(FEED + ":9"));
    }

    @Test
    void the_id_field_is_the_document_id_known_before_the_line_is_loaded() throws IOException {
        List<String> ids = new ArrayList<>();
        DocumentReader.each(List.of(FEED), ReadOptions.DEFAULTS, InputStreamOf.empty(), in -> ids.add(in.id()));
        assertEquals("pixian-2024-05", ids.get(0));
        assertEquals("pixian-2024-05", ids.get(5), "the repeated id is reported as it is; the build refuses the second");
        assertEquals("jintang-2024-07", ids.get(6));
    }

    @Test
    void a_line_over_the_size_limit_is_refused_and_the_next_line_is_read(@TempDir Path dir) throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "温江区经济运行稳中有进。".repeat(200) + "\"}";
        String small = "{\"id\":\"small\",\"text\":\"温江区召开会议。\"}";
        Path f = Files.writeString(dir.resolve("mixed.jsonl"), big + "\r\n" + small + "\r\n", StandardCharsets.UTF_8);
        Map<String, String> r = readAll(f, new ReadOptions(null, 1000, null));
        assertTrue(r.get(f + ":1").startsWith("refused: too large: " + big.getBytes(StandardCharsets.UTF_8).length + " bytes, over the limit of 1000"), r.get(f + ":1"));
        assertEquals("温江区召开会议。\n", r.get(f + ":2"));
    }

    @Test
    void an_empty_file_is_one_refused_input(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("none.jsonl"), new byte[0]);
        assertEquals(Map.of(f.toString(), "refused: empty file"), readAll(f, ReadOptions.DEFAULTS));
    }

    @Test
    void a_line_that_is_not_utf8_is_refused_by_line(@TempDir Path dir) throws IOException {
        byte[] gbk = "{\"id\":\"g\",\"text\":\"温江区\"}".getBytes(java.nio.charset.Charset.forName("GBK"));
        Path f = Files.write(dir.resolve("gbk.jsonl"), gbk);
        assertTrue(readAll(f, ReadOptions.DEFAULTS).get(f + ":1").startsWith("refused: not UTF-8"));
    }

    @Test
    void a_stream_gives_the_inputs_and_documents_the_file_gives() throws IOException {
        Map<String, String> fromFile = readAll(FEED, ReadOptions.DEFAULTS);
        Map<String, String> fromStream = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(), fileIds = new ArrayList<>();
        DocumentReader.jsonLines(FEED.toString(), Files.newInputStream(FEED), ReadOptions.DEFAULTS, in -> {
            ids.add(in.id());
            try {
                Document d = in.load();
                fromStream.put(in.source(), d.text() + "|" + d.contentHash());
            } catch (InputException e) {
                fromStream.put(in.source(), "refused: " + e.getMessage());
            }
        });
        DocumentReader.each(List.of(FEED), ReadOptions.DEFAULTS, InputStreamOf.empty(), in -> {
            fileIds.add(in.id());
            try {
                Document d = in.load();
                fromFile.put(in.source(), d.text() + "|" + d.contentHash());
            } catch (InputException e) {
                // already "refused: ..." from readAll
            }
        });
        assertEquals(fileIds, ids);
        assertEquals(fromFile, fromStream);
        assertEquals(8, fromStream.size());
    }

    /** A line's "area" names the area its article is about; without one, the area given for every input (build --area). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the line                                                              | --area  | the document's area
            {"id":"a","text":"上半年，全县实现地区生产总值88.2亿元。","area":"青禾县"} | none    | 青禾县
            {"id":"a","text":"上半年，全县实现地区生产总值88.2亿元。","area":" 青禾县 "} | 530102  | 青禾县
            {"id":"a","text":"上半年，全县实现地区生产总值88.2亿元。"}                 | 530102  | 530102
            {"id":"a","text":"上半年，全县实现地区生产总值88.2亿元。","area":""}       | 530102  | 530102
            {"id":"a","text":"上半年，全县实现地区生产总值88.2亿元。","area":null}     | none    | none
            {"id":"a","text":"上半年，全县实现地区生产总值88.2亿元。","area":7}        | none    | refused: field "area" is not a string
            """)
    void the_area_field_names_the_articles_area_before_the_option(String line, String option, String expected, @TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("areas.jsonl"), line + "\n", StandardCharsets.UTF_8);
        List<String> got = new ArrayList<>();
        DocumentReader.each(List.of(f), ReadOptions.DEFAULTS.withArea(option), InputStreamOf.empty(), in -> {
            try {
                got.add(String.valueOf(in.load().area()));
            } catch (InputException e) {
                got.add("refused: " + e.getMessage());
            }
        });
        assertEquals(List.of(expected == null ? "null" : expected), got);
    }

    @Test
    void a_file_article_is_about_the_area_the_option_names(@TempDir Path dir) throws IOException, InputException {
        Path f = Files.writeString(dir.resolve("note.txt"), "上半年，全区实现地区生产总值42.6亿元。\n", StandardCharsets.UTF_8);
        assertEquals("青禾县", DocumentReader.read(f, ReadOptions.DEFAULTS.withArea("青禾县")).area());
        assertEquals(null, DocumentReader.read(f, ReadOptions.DEFAULTS).area());
        assertEquals("青禾县", DocumentReader.read(f, ReadOptions.DEFAULTS.withArea("青禾县")).readAs("x", new int[]{0, 1}).area(),
                "an article read in simplified characters keeps its area");
    }

    /** Standard input for the tests that read none. */
    static final class InputStreamOf {
        static java.io.InputStream empty() {
            return java.io.InputStream.nullInputStream();
        }
    }
}
