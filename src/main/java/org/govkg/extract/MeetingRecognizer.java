package org.govkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plenary sessions and congresses: 第十三届委员会第五次全体会议, 十三届五次全会, 十三届四中全会, 党的二十大,
 * and the people's congress sessions, with the organizer written right before them (中共长春市朝阳区委, 区委).
 */
final class MeetingRecognizer {
    private static final String N = "[一二三四五六七八九十]+";
    private static final Pattern PLENARY = Pattern.compile(
            "第?(" + N + ")届(?:中央)?(?:委员会)?第?(" + N + ")次(?:全体\\s*会议|全会)|(" + N + ")届(" + N + ")中全会");
    private static final Pattern CONGRESS = Pattern.compile(
            "(党的|中共|中国共产党第)?(十[五六七八九]|二十[一二三]?)(?:次全国代表)?大(?:会)?(?![学街道厦楼厅])");
    private static final Pattern PEOPLES = Pattern.compile(
            "第?(" + N + ")届(人民代表大会|人大|政协)(?:常委会|常务委员会)?第?(" + N + ")次(?:全体)?会议");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private final Lexicons lex;

    MeetingRecognizer(Lexicons lex) {
        this.lex = lex;
    }


    List<Mention> recognize(String text, List<Mention> orgs, List<Mention> divisions, Integer year) {
        List<Mention> out = new ArrayList<>();
        Matcher m = PLENARY.matcher(text);
        while (m.find()) {
            String term = m.group(1) != null ? m.group(1) : m.group(3);
            String session = m.group(2) != null ? m.group(2) : m.group(4);
            out.add(meeting(text, m.start(), m.end(), term, session, orgs, divisions, year));
        }
        m = PEOPLES.matcher(text);
        while (m.find()) out.add(meeting(text, m.start(), m.end(), m.group(1), m.group(3), orgs, divisions, year)
                .with("body", m.group(2).equals("政协") ? "cppcc" : "congress"));
        m = CONGRESS.matcher(text);
        while (m.find()) {
            if (m.group(1) == null && m.start() > 0 && ChineseNumbers.isChineseNumeral(text.charAt(m.start() - 1))) continue;
            Mention c = Mention.of(EntityType.MEETING, m.group(), m.start(), lex.confidence("meeting.congress"))
                    .with("organizerName", "中国共产党").with("congress", ChineseNumbers.parse(m.group(2)).toPlainString());
            out.add(c);
        }
        return out;
    }

    private Mention meeting(String text, int s, int e, String term, String session, List<Mention> orgs, List<Mention> divisions, Integer year) {
        Mention organizer = null;
        for (Mention o : orgs) if (o.end() == s || (o.end() == s - 1 && text.charAt(s - 1) == '第')) organizer = o;
        int start = organizer != null ? organizer.start() : s;
        if (organizer == null && text.startsWith("党的", s - 2)) start = s - 2;
        // 鄢陵县第十七届人民代表大会…, 区十八届人大三次会议: the division (or its level word) names whose meeting it is
        String divisionCode = null;
        if (organizer == null) {
            boolean extended = true;
            while (extended) {
                extended = false;
                for (Mention d : divisions) {
                    if (d.end() == start && d.attr("code") != null) {
                        if (start == s) divisionCode = d.attr("code");
                        start = d.start();
                        extended = true;
                    }
                }
            }
            if (start == s && s > 0 && "区县市省".indexOf(text.charAt(s - 1)) >= 0 && (s < 2 || !Character.isLetterOrDigit(text.charAt(s - 2)) || "，。、；：“\n".indexOf(text.charAt(s - 2)) >= 0)) start = s - 1;
        }
        BigDecimal t = ChineseNumbers.parse(term), n = ChineseNumbers.parse(session);
        Mention m = Mention.of(EntityType.MEETING, text.substring(start, e), start, lex.confidence("meeting.plenary"))
                .with("term", t.toPlainString()).with("session", n.toPlainString());
        if (divisionCode != null) m = m.with("division", divisionCode);
        if (organizer != null) m = m.with("organizerStart", Integer.toString(organizer.start()));
        else if (t.intValue() >= 15) m = m.with("organizerName", "中共中央");
        else m = m.with("organizerLevel", "county");
        LocalDate date = dateOf(text, s, e, year);
        if (date != null) m = m.with("date", date.toString());
        return m;
    }

    /** The date of the sentence that says the meeting was held (8月2日上午……全体会议召开; ——2024年7月10日在…会议上). */
    private static LocalDate dateOf(String text, int s, int e, Integer year) {
        int from = Math.max(Math.max(text.lastIndexOf('。', s), text.lastIndexOf('\n', s)) + 1, 0);
        int to = text.indexOf('。', e);
        if (to < 0) to = text.length();
        int nl = text.indexOf('\n', e);
        if (nl >= 0 && nl < to) to = nl;
        String sentence = text.substring(from, to);
        boolean spokenAt = sentence.startsWith("—") && sentence.contains("在");
        if (!(sentence.contains("召开") || sentence.contains("举行") || sentence.contains("开幕") || spokenAt)) return null;
        if (sentence.contains("刚刚闭幕")) return null;
        Matcher d = DATE.matcher(sentence);
        if (!d.find()) return null;
        Integer y = d.group(1) != null ? Integer.valueOf(d.group(1)) : year;
        if (y == null) return null;
        try {
            return LocalDate.of(y, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
