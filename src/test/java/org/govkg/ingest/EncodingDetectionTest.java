package org.govkg.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every encoding of the genre is read to the same text; what cannot be read is refused with its reason, never mojibake. */
class EncodingDetectionTest {
    static final String SIMPLIFIED = "郫都区召开上半年经济运行分析会\n\n2024年7月18日\n\n上半年，全区实现地区生产总值412.6亿元，同比增长7.9%。"
            + "全区规模以上工业增加值同比增长9.1%，社会消费品零售总额同比增长8.3%。\n";
    static final String SHORT = "彭州市召开农业工作会议。";
    static final String TRADITIONAL = "澳門旅遊業持續復甦\n\n澳門特別行政區政府旅遊局公佈，上半年入境旅客人數為1,659萬人次，按年上升27.4%。\n";

    private static Charset cs(String name) {
        return Charset.forName(name);
    }

    private static String read(byte[] bytes) throws InputException {
        return DocumentReader.fromBytes("x", "x.txt", bytes).text();
    }

    @Test
    void utf8_with_and_without_a_byte_order_mark_reads_the_same() throws InputException {
        byte[] plain = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(read(plain), read(bom));
        assertTrue(read(bom).startsWith("郫都区"));
    }

    @Test
    void utf16_with_a_byte_order_mark_is_read_in_either_byte_order() throws InputException {
        String expected = read(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, read(SIMPLIFIED.getBytes(StandardCharsets.UTF_16)));   // big-endian with BOM
        byte[] le = SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF; withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(expected, read(withBom));
    }

    @Test
    void gbk_gb2312_and_gb18030_bytes_are_detected_and_read() throws InputException {
        String expected = read(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        for (String name : new String[]{"GBK", "GB2312", "GB18030"})
            assertEquals(expected, read(SIMPLIFIED.getBytes(cs(name))), name);
    }

    @Test
    void a_short_gbk_sentence_is_not_taken_for_big5() throws InputException {
        assertEquals(SHORT, read(SHORT.getBytes(cs("GBK"))));
    }

    @Test
    void big5_bytes_of_traditional_text_are_not_taken_for_gbk() throws InputException {
        assertEquals(read(TRADITIONAL.getBytes(StandardCharsets.UTF_8)), read(TRADITIONAL.getBytes(cs("Big5"))));
    }

    @Test
    void the_big5_fixture_reads_as_written() throws Exception {
        Document d = DocumentReader.read(Path.of("src/test/resources/inputs/macao-tourism.big5.txt"));
        assertTrue(d.text().contains("澳門特別行政區政府旅遊局公佈"), d.text());
    }

    @Test
    void mojibake_of_gbk_read_as_big5_and_of_big5_read_as_gbk_is_implausible() {
        String gbkAsBig5 = new String(SIMPLIFIED.getBytes(cs("GBK")), cs("Big5-HKSCS"));
        String big5AsGbk = new String(TRADITIONAL.getBytes(cs("Big5")), cs("GB18030"));
        assertTrue(CommonHan.plausibility(gbkAsBig5) < TextDecoder.MIN_PLAUSIBILITY, gbkAsBig5);
        assertTrue(CommonHan.plausibility(big5AsGbk) < TextDecoder.MIN_PLAUSIBILITY, big5AsGbk);
        assertTrue(CommonHan.plausibility(SIMPLIFIED) > 0.95);
        assertTrue(CommonHan.plausibility(TRADITIONAL) > 0.95);
    }

    @Test
    void a_named_encoding_overrides_detection_and_must_fit() throws InputException {
        byte[] gbk = SHORT.getBytes(cs("GBK"));
        ReadOptions asGbk = new ReadOptions(cs("GBK"), ReadOptions.DEFAULT_MAX_BYTES, null);
        assertEquals(SHORT, DocumentReader.fromBytes("x", "x.txt", gbk, asGbk).text());
        ReadOptions asUtf8 = new ReadOptions(StandardCharsets.UTF_8, ReadOptions.DEFAULT_MAX_BYTES, null);
        InputException e = assertThrows(InputException.class, () -> DocumentReader.fromBytes("x", "x.txt", gbk, asUtf8));
        assertTrue(e.getMessage().startsWith("not UTF-8 text as --encoding UTF-8 says"), e.getMessage());
    }

    @Test
    void utf8_cut_inside_its_last_character_is_refused_as_truncated() {
        byte[] full = SIMPLIFIED.strip().getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2);   // the last 。 is three bytes
        InputException e = assertThrows(InputException.class, () -> read(cut));
        assertTrue(e.getMessage().startsWith("truncated UTF-8"), e.getMessage());
    }

    @Test
    void random_high_bytes_are_refused_as_undecodable_not_read_as_mojibake() {
        byte[] noise = new byte[600];
        new Random(8).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) if (noise[i] == 0 || noise[i] == '\n') noise[i] = (byte) 0xB0;
        InputException e = assertThrows(InputException.class, () -> read(noise));
        assertTrue(e.getMessage().startsWith("undecodable") || e.getMessage().startsWith("binary"), e.getMessage());
    }

    @Test
    void latin1_text_is_not_chinese_and_is_refused() {
        byte[] latin = "Économie: croissance de 5 % à Chéngdū".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> read(latin));
        assertTrue(e.getMessage().startsWith("undecodable"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding"), "the message says how to name the encoding: " + e.getMessage());
    }

    @Test
    void a_nul_byte_is_binary_content() {
        assertTrue(assertThrows(InputException.class, () -> read(new byte[]{'a', 0, 'b'})).getMessage().startsWith("binary"));
    }

    @Test
    void many_control_characters_are_binary_and_a_few_are_dropped() throws InputException {
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        assertTrue(assertThrows(InputException.class, () -> read(controls)).getMessage().startsWith("binary"));
        assertEquals("温江区\n召开会议", read("温江区\u001b\n召开\u000c会议".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("big.txt"), SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        ReadOptions small = new ReadOptions(null, 100, null);
        InputException e = assertThrows(InputException.class, () -> DocumentReader.read(f, small));
        assertTrue(e.getMessage().startsWith("too large: " + Files.size(f) + " bytes, over the limit of 100"), e.getMessage());
    }
}
