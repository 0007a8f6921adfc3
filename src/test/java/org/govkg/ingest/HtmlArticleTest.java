package org.govkg.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML pages to the text that is stored and read: metadata as the genre's header lines, the body without the page around it, tables as sentences. */
class HtmlArticleTest {
    private static Document read(String fixture) throws InputException {
        return DocumentReader.read(Path.of("src/test/resources/inputs", fixture));
    }

    @Test
    void a_government_page_gives_title_date_source_then_the_body() throws InputException {
        Document d = read("gov-page.html");
        assertEquals("gov-page", d.id());
        assertTrue(d.text().startsWith("温江区前三季度经济运行稳中有进\n\n2023-10-27\n\n来源：温江区统计局\n\n10月26日，温江区召开前三季度经济形势分析会。\n\n"), d.text());
        assertTrue(d.text().contains("分领域看，医学城规模以上工业增加值同比增长11.2%"), "inline markup joins its paragraph: " + d.text());
        assertTrue(d.text().strip().endsWith("全力推动经济持续回升向好。"), d.text());
    }

    @Test
    void page_furniture_is_left_out() throws InputException {
        String t = read("gov-page.html").text();
        for (String furniture : new String[]{"脚本里的段落", "热点新闻", "安全生产工作专题会议", "政务公开", "主办单位", "字号", "发布时间", "line-height"})
            assertFalse(t.contains(furniture), () -> furniture + " in\n" + t);
        assertEquals(1, t.split("温江区前三季度经济运行稳中有进", -1).length - 1, "the title once: " + t);
    }

    @Test
    void a_table_row_is_a_sentence_with_its_row_and_column_headers_and_the_headers_unit() throws InputException {
        String t = read("gov-page.html").text();
        assertTrue(t.contains("\n\n社会消费品零售总额前三季度286.4亿元，同比增长8.1%。\n\n"), t);
        assertTrue(t.contains("\n\n一般公共预算收入前三季度41.5亿元，同比增长6.3%。\n\n"), t);
    }

    @Test
    void open_graph_metadata_and_a_source_line_are_read_from_a_news_page() throws InputException {
        String t = read("news-page.html").text();
        assertTrue(t.startsWith("大邑县上半年农业生产形势良好\n\n2024-07-19\n\n来源：成都日报\n\n今年以来"), t);
        assertFalse(t.contains("相关新闻"), t);
    }

    @Test
    void a_table_without_th_takes_its_leading_rows_without_numbers_as_headers_and_fills_spans() throws InputException {
        String t = read("news-page.html").text();
        assertTrue(t.contains("粮食面积今年31.2万亩，面积去年30.6万亩。"), t);
        assertTrue(t.contains("粮食面积今年31.5万亩，面积去年30.9万亩。"), "the rowspan repeats its row header: " + t);
        assertTrue(t.contains("油菜面积今年8.4万亩，面积去年8.1万亩。"), t);
    }

    @Test
    void the_title_of_a_page_without_metadata_is_its_title_up_to_the_site_name() throws InputException {
        String html = "<html><head><title>崇州市召开春耕生产现场会_崇州市人民政府</title></head><body><div>"
                + "<p>3月12日，崇州市召开春耕生产现场会，部署全年粮食生产工作。</p><p>今年全市计划种植粮食作物56万亩。</p></div></body></html>";
        Document d = DocumentReader.fromBytes("c", "c.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReadOptions.DEFAULTS, ".html");
        assertTrue(d.text().startsWith("崇州市召开春耕生产现场会\n\n3月12日"), d.text());
    }

    @Test
    void an_html_page_named_txt_is_still_read_as_html() throws InputException {
        String html = "<!DOCTYPE html><html><body><p>新津区召开经济工作会议，部署下半年工作。</p></body></html>";
        Document d = DocumentReader.fromBytes("n", "n.txt", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("新津区召开经济工作会议，部署下半年工作。\n", d.text());
    }

    @Test
    void a_gbk_page_is_decoded_before_it_is_parsed() throws InputException {
        String html = "<html><head><meta charset=\"gb2312\"><title>金堂县新闻</title></head><body><p>金堂县上半年地区生产总值同比增长6.8%。</p></body></html>";
        Document d = DocumentReader.fromBytes("g", "g.html", html.getBytes(java.nio.charset.Charset.forName("GBK")), ReadOptions.DEFAULTS, ".html");
        assertTrue(d.text().contains("金堂县上半年地区生产总值同比增长6.8%。"), d.text());
    }
}
