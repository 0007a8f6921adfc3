package org.govkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinkedDataPiecesTest {

    @Test
    void a_percent_encoded_chinese_path_names_the_iri_with_its_characters_and_keeps_ascii_escapes() {
        assertEquals("graph/新都区%20报告", IriPaths.toIri("graph/%E6%96%B0%E9%83%BD%E5%8C%BA%20%E6%8A%A5%E5%91%8A"));
        assertEquals("division/510114", IriPaths.toIri("division/510114"));
        assertEquals("article/a%2Fb", IriPaths.toIri("article/a%2Fb"));
    }

    @Test
    void a_bad_escape_or_bytes_that_are_not_utf8_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> IriPaths.toIri("division/%ZZ"));
        assertThrows(IllegalArgumentException.class, () -> IriPaths.toIri("division/%C3%28"));
        assertThrows(IllegalArgumentException.class, () -> IriPaths.toIri("division/%E6%96"));
    }

    @Test
    void an_iri_goes_into_a_header_with_its_chinese_percent_encoded() {
        assertEquals("/id/graph/%E6%96%B0%E9%83%BD%20x", IriPaths.toUri("/id/graph/新都%20x"));
    }

    @Test
    void the_figure_is_marked_inside_its_sentence_by_code_points() {
        assertEquals("全区实现地区生产总值<mark class=\"span\">608.35亿元</mark>，同比增长8.2%",
                ResourcePage.highlight("全区实现地区生产总值608.35亿元，同比增长8.2%", 10, 18));
        // a character outside the BMP counts as one code point, as the store's offsets do
        assertEquals("𠀀<mark class=\"span\">甲</mark>&lt;", ResourcePage.highlight("𠀀甲<", 1, 2));
        assertEquals("<mark class=\"span\">a&amp;b</mark>", ResourcePage.highlight("a&b", 5, 9));
    }

    @Test
    void a_mention_is_quoted_with_the_sentence_around_it() {
        String text = "第一句。上半年，临湖产业园营收增长。第三句";
        int b = text.indexOf("临湖产业园");
        assertEquals("上半年，<mark class=\"span\">临湖产业园</mark>营收增长。", ResourcePage.sentenceAround(text, b, b + 5));
        assertEquals("<mark class=\"span\">第三</mark>句", ResourcePage.sentenceAround(text, text.indexOf("第三"), text.indexOf("第三") + 2));
        assertEquals("", ResourcePage.sentenceAround(text, 5, 500));
    }

    @Test
    void chart_axes_write_large_numbers_in_yi_and_wan() {
        assertEquals("608.4亿", ChartSvg.number(60_835_000_000d));
        assertEquals("1.2万", ChartSvg.number(12_000d));
        assertEquals("12.4", ChartSvg.number(12.4));
        assertEquals("0", ChartSvg.number(0));
    }
}
