package org.govkg.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page to the article text ({@link ArticleText}), with jsoup's HTML5 parser.
 * <ul>
 *   <li>Title: og:title, the ArticleTitle meta of Chinese government CMSs, the first h1, else &lt;title&gt; up to
 *       the site name (新都区上半年经济运行稳中向好_成都市人民政府 → the part before _ - |).</li>
 *   <li>Date: article:published_time, PubDate and the other publish-date metas, a &lt;time datetime&gt;, else a
 *       short line of the page "发布时间：2024-03-05 10:30" (发布日期, 时间, 日期).</li>
 *   <li>Source: the ContentSource / source metas, else a short line "来源：成都日报" (信息来源, 稿源, 文章来源).</li>
 *   <li>Body: the element holding the most Chinese text in paragraphs of its own (page furniture — scripts,
 *       navigation, headers, footers, forms — removed first); each block element a paragraph, the info line
 *       (发布时间…来源…) and a repeated title dropped.</li>
 *   <li>Tables: {@link HtmlTables}, one sentence per row with its headers.</li>
 * </ul>
 */
final class HtmlArticle {
    private static final Pattern INFO_DATE = Pattern.compile("(?:发布时间|发布日期|发文日期|成文日期|时间|日期)\\s*[:：]\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})");
    private static final Pattern INFO_SOURCE = Pattern.compile("(?:信息来源|文章来源|稿件来源|来源|稿源)\\s*[:：]\\s*([^\\s|｜：:]{2,30})");
    private static final int INFO_LINE = 80;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "blockquote", "pre", "center", "dd", "dt", "figcaption", "caption", "header", "footer", "main", "ul", "ol", "dl", "form");

    private HtmlArticle() {}

    static String toText(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = firstMeta(page, "meta[property=og:title]", "meta[name=ArticleTitle]", "meta[name=title]");
        if (title == null) {
            Element h1 = page.body().selectFirst("h1");
            if (h1 != null && !h1.text().isBlank() && h1.text().length() <= 80) title = h1.text().strip();
        }
        if (title == null && !page.title().isBlank()) title = page.title().split("\\s*[_|｜]\\s*|\\s+[-—]\\s+")[0].strip();
        LocalDate date = ArticleText.date(firstMeta(page, "meta[property=article:published_time]", "meta[name=PubDate]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish_date]", "meta[name=firstpublishedtime]",
                "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[itemprop=datePublished]", "meta[name=date]"));
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            if (time != null) date = ArticleText.date(time.attr("datetime"));
        }
        String source = firstMeta(page, "meta[name=ContentSource]", "meta[name=source]", "meta[name=Source]");

        page.select("script, style, noscript, iframe, nav, header, footer, aside, form, button, select, input, textarea, svg, template, object, embed").remove();
        // the page's own info line, wherever the CMS put it
        for (Element e : page.body().getAllElements()) {
            String t = e.ownText().isBlank() ? null : e.text();
            if (t == null || t.length() > INFO_LINE) continue;
            if (date == null) {
                Matcher d = INFO_DATE.matcher(t);
                if (d.find()) date = ArticleText.date(d.group(1));
            }
            if (source == null) {
                Matcher s = INFO_SOURCE.matcher(t);
                if (s.find()) source = s.group(1);
            }
        }
        Element body = bodyOf(page);
        List<String> paragraphs = new ArrayList<>();
        collect(body, paragraphs, new StringBuilder());
        String finalTitle = title;
        paragraphs.removeIf(p -> p.isBlank() || isInfoLine(p) || p.equals(finalTitle));
        return ArticleText.compose(title, date, source, paragraphs);
    }

    private static boolean isInfoLine(String p) {
        return p.length() <= INFO_LINE && (INFO_DATE.matcher(p).find() || INFO_SOURCE.matcher(p).lookingAt());
    }

    private static String firstMeta(org.jsoup.nodes.Document page, String... selectors) {
        for (String sel : selectors) {
            Element m = page.selectFirst(sel);
            if (m != null && !m.attr("content").isBlank()) return m.attr("content").strip();
        }
        return null;
    }

    /**
     * The article body, readability-style: every paragraph (a p, or any element with Chinese text of its own)
     * credits its Chinese characters, less those of its links, to its parent in full and its grandparent by
     * half; the element with the most credit holds the article, not the sidebar of headlines.
     */
    private static Element bodyOf(org.jsoup.nodes.Document page) {
        java.util.Map<Element, Integer> credit = new java.util.LinkedHashMap<>();
        for (Element e : page.body().getAllElements()) {
            boolean paragraph = e.tagName().equals("p") || e.tagName().equals("table") || han(e.ownText()) >= 10;
            if (!paragraph || e == page.body()) continue;
            int s = e.tagName().equals("p") || e.tagName().equals("table") ? han(e.text()) - han(e.select("a").text()) : han(e.ownText());
            if (s <= 0) continue;
            Element parent = e.parent();
            if (parent == null) continue;
            credit.merge(parent, s, Integer::sum);
            if (parent.parent() != null) credit.merge(parent.parent(), s / 2, Integer::sum);
        }
        Element best = page.body();
        int bestScore = 0;
        for (var c : credit.entrySet()) {
            if (c.getValue() > bestScore) {
                best = c.getKey();
                bestScore = c.getValue();
            }
        }
        return best;
    }

    private static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) n++;
        return n;
    }

    /** Block elements and line breaks end a paragraph; inline text joins the current one; a table is its row sentences. */
    private static void collect(Element e, List<String> out, StringBuilder current) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                current.append(t.text());
            } else if (n instanceof Element c) {
                String tag = c.tagName();
                if (tag.equals("table")) {
                    flush(out, current);
                    out.addAll(HtmlTables.sentences(c));
                } else if (tag.equals("br")) {
                    flush(out, current);
                } else if (BLOCKS.contains(tag) || tag.equals("tr")) {
                    flush(out, current);
                    collect(c, out, current);
                    flush(out, current);
                } else {
                    collect(c, out, current);
                }
            }
        }
    }

    private static void flush(List<String> out, StringBuilder current) {
        String s = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) out.add(s);
        current.setLength(0);
    }

}
