package org.govkg.server;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart of a series: well-formed SVG with one linked point per observation, in period order, and nothing unescaped. */
class ChartSvgTest {
    private static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void one_linked_point_per_observation_in_period_order() throws Exception {
        String svg = ChartSvg.render("地区生产总值", "亿元", List.of(
                new ChartSvg.Point(LocalDate.of(2023, 12, 31), "全年", new BigDecimal("1186"), "1186亿元", "/id/obs/b/3"),
                new ChartSvg.Point(LocalDate.of(2023, 6, 30), "上半年", new BigDecimal("427.8"), "427.8亿元", "/id/obs/a/1"),
                new ChartSvg.Point(LocalDate.of(2023, 9, 30), "前三季度", new BigDecimal("812.5"), "812.5亿元", "/id/obs/a/7")));
        var doc = parse(svg);
        var circles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        assertEquals(3, circles.getLength());
        var links = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        assertEquals("/id/obs/a/1", links.item(0).getAttributes().getNamedItem("href").getNodeValue());
        assertEquals("/id/obs/a/7", links.item(1).getAttributes().getNamedItem("href").getNodeValue());
        assertEquals("/id/obs/b/3", links.item(2).getAttributes().getNamedItem("href").getNodeValue());
        // the higher value is drawn higher up
        double y1 = Double.parseDouble(circles.item(0).getAttributes().getNamedItem("cy").getNodeValue());
        double y3 = Double.parseDouble(circles.item(2).getAttributes().getNamedItem("cy").getNodeValue());
        assertTrue(y3 < y1);
    }

    @Test
    void labels_are_escaped() throws Exception {
        String svg = ChartSvg.render("A<B & \"C\"", "", List.of(new ChartSvg.Point(LocalDate.of(2023, 6, 30), "<script>", BigDecimal.ONE, "1个", "/id/obs/x?a=1&b=2")));
        parse(svg);
        assertTrue(!svg.contains("<script>"));
    }
}
