package org.govkg.server;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A small server-rendered SVG line chart of one series of figures over periods (no script, no build
 * step): one circle per observation, in period order, each a link to the observation's page with the
 * figure as written in its tooltip. The y axis starts at zero unless a value is negative.
 */
public final class ChartSvg {
    /** One figure of the series: when it ends, its value, the figure as written and where its page is. */
    public record Point(LocalDate periodEnd, String periodLabel, BigDecimal value, String stated, String href) {}

    static final int WIDTH = 360, HEIGHT = 170, LEFT = 56, RIGHT = 12, TOP = 28, BOTTOM = 34;

    private ChartSvg() {}

    public static String render(String title, String unit, List<Point> points) {
        List<Point> ps = new ArrayList<>(points);
        ps.sort(Comparator.comparing(Point::periodEnd).thenComparing(Point::href));
        double min = Math.min(0, ps.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0));
        double max = ps.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
        if (max <= min) max = min + 1;
        int w = WIDTH - LEFT - RIGHT, h = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" class=\"chart\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"16\" font-size=\"13\">").append(Html.escape(title))
                .append(unit.isEmpty() ? "" : "（" + Html.escape(unit) + "）").append("</text>\n");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n", LEFT, TOP + h, LEFT + w, TOP + h));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n", LEFT, TOP, LEFT, TOP + h));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>%n", LEFT - 4, TOP + 4, Html.escape(number(max))));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>%n", LEFT - 4, TOP + h, Html.escape(number(min))));
        double[] xs = new double[ps.size()], ys = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            xs[i] = LEFT + (ps.size() == 1 ? w / 2.0 : w * i / (double) (ps.size() - 1));
            ys[i] = TOP + h - h * (ps.get(i).value().doubleValue() - min) / (max - min);
        }
        if (ps.size() > 1) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < ps.size(); i++) d.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", xs[i], ys[i]));
            svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#3367d6\" stroke-width=\"2\"/>\n");
        }
        for (int i = 0; i < ps.size(); i++) {
            Point p = ps.get(i);
            svg.append("<a class=\"point\" href=\"").append(Html.escape(p.href())).append("\" xlink:href=\"").append(Html.escape(p.href())).append("\">")
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#3367d6\">", xs[i], ys[i]))
                    .append("<title>").append(Html.escape(p.periodLabel() + "：" + p.stated())).append("</title></circle></a>\n");
            // the first and last dates grow inwards from their points, so neither runs past the drawing's edge
            String anchor = ps.size() > 1 && i == 0 ? "start" : ps.size() > 1 && i == ps.size() - 1 ? "end" : "middle";
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"%s\">%s</text>%n",
                    xs[i], TOP + h + 14, anchor, Html.escape(p.periodEnd().toString())));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Axis numbers as a Chinese reader writes them: 608.35亿, 1.2万; small ones as they are. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e8) return compact(v / 1e8) + "亿";
        if (a >= 1e4) return compact(v / 1e4) + "万";
        return compact(v);
    }

    private static String compact(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
