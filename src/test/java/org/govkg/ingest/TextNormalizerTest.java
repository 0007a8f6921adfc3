package org.govkg.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {
    @Test
    void full_width_digits_and_percent_become_ascii_one_for_one() {
        TextNormalizer.Normalized n = TextNormalizer.normalize("增长８．４％，ＧＤＰ");
        assertEquals("增长8.4%，GDP", n.text());
        assertEquals(3, n.originalOffsets()[3]);
    }

    @Test
    void chinese_punctuation_stays_full_width() {
        assertEquals("（一）：“好”", TextNormalizer.normalize("（一）：“好”").text());
    }

    @Test
    void a_layout_break_inside_a_sentence_is_removed_and_offsets_map_back() {
        String original = "今年以来全区经济运行稳中有进，上半年规上工业总产\n值实现338.1亿元。\n\n下一段";
        TextNormalizer.Normalized n = TextNormalizer.normalize(original);
        assertEquals("今年以来全区经济运行稳中有进，上半年规上工业总产值实现338.1亿元。\n\n下一段", n.text());
        int i = n.text().indexOf("值");
        assertEquals('值', original.charAt(n.originalOffsets()[i]));
    }

    @Test
    void a_short_line_such_as_a_dateline_ends_where_it_ends() {
        assertEquals("2023年7月20日\n上半年全区", TextNormalizer.normalize("2023年7月20日\n上半年全区").text());
    }

    @Test
    void a_date_line_under_a_long_headline_is_not_its_wrapped_end() {
        String headline = "青禾县举行2031年3月招商引资项目集中签约仪式";
        assertEquals(headline + "\n2031-03-27\n\n正文", TextNormalizer.normalize(headline + "\n2031-03-27\n\n正文").text());
        assertEquals(headline + "\n2031-03-27 09:30:15\n正文", TextNormalizer.normalize(headline + "\n2031-03-27 09:30:15\n正文").text());
    }

    @Test
    void paragraph_breaks_are_kept() {
        assertEquals("第一段。\n\n第二段", TextNormalizer.normalize("第一段。\r\n\r\n第二段").text());
    }

    @Test
    void empty_and_undecodable_inputs_are_refused_with_a_reason() {
        InputException empty = assertThrows(InputException.class, () -> DocumentReader.fromBytes("a", "a.txt", new byte[0]));
        assertTrue(empty.getMessage().contains("empty"));
        // GBK is read (EncodingDetectionTest); bytes that are no Chinese text in any encoding are refused
        byte[] latin1 = "Économie à Chéngdū".getBytes(StandardCharsets.ISO_8859_1);
        InputException bad = assertThrows(InputException.class, () -> DocumentReader.fromBytes("b", "b.txt", latin1));
        assertTrue(bad.getMessage().contains("not UTF-8"));
        byte[] bin = {'a', 0, 'b'};
        assertTrue(assertThrows(InputException.class, () -> DocumentReader.fromBytes("c", "c.txt", bin)).getMessage().contains("binary"));
    }

    @Test
    void the_document_id_is_the_file_name_without_its_last_extension() {
        assertEquals("chaoyang-2023.v2", DocumentReader.idOf(java.nio.file.Path.of("x/chaoyang-2023.v2.txt")));
    }

    @Test
    void the_content_hash_is_the_sha256_of_the_bytes() throws Exception {
        Document d = DocumentReader.fromBytes("a", "a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.contentHash());
    }
}
