package org.govkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plenary sessions and congresses: 第十三届委员会第五次全体会议, 十三届五次全会, 十三届四中全会, 党的二十大,
 * and the people's congress sessions, with the organizer written right before them (中共长春市朝阳区委, 区委).
 */
final class MeetingRecognizer {
    private static final NamedRules RULES = NamedRules.load("/org/govkg/rules/meeting.tsv");
    /** rules/meeting-bodies.tsv: the body word of a session's name → congress or cppcc. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();
    /** lexicon/meeting-held-cues.tsv: word → held, spoken or over. */
    private static final Map<String, String> HELD_CUES = new LinkedHashMap<>();

    static {
        for (String[] r : Tsv.load("/org/govkg/rules/meeting-bodies.tsv", 2)) BODIES.put(r[0], r[1]);
        for (String[] r : Tsv.load("/org/govkg/lexicon/meeting-held-cues.tsv", 2)) HELD_CUES.put(r[0], r[1]);
    }

    private static final Pattern PLENARY = RULES.pattern("plenary");
    private static final Pattern CONGRESS = RULES.pattern("congress");
    private static final Pattern PEOPLES = Pattern.compile(RULES.get("peoples").replace("{body}", NamedRules.alternation(List.copyOf(BODIES.keySet()))));
    private static final Pattern DATE = RULES.pattern("date");
    private static final String PARTY_PREFIX = RULES.get("party-prefix"), PARTY = RULES.get("party"),
            CENTRAL_COMMITTEE = RULES.get("central-committee"), LEVEL_MARKS = RULES.get("level-marks");
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
            out.add(meeting(text, m.start(), m.end(), term, session, orgs, divisions, year, null));
        }
        m = PEOPLES.matcher(text);
        while (m.find()) out.add(meeting(text, m.start(), m.end(), m.group(1), m.group(3), orgs, divisions, year, BODIES.get(m.group(2))));
        m = CONGRESS.matcher(text);
        while (m.find()) {
            if (m.group(1) == null && m.start() > 0 && ChineseNumbers.isChineseNumeral(text.charAt(m.start() - 1))) continue;
            Mention c = Mention.of(EntityType.MEETING, m.group(), m.start(), lex.confidence("meeting.congress"))
                    .withFacts(new MentionFacts.Meeting(null, null, null, null, null, PARTY, null, ChineseNumbers.parse(m.group(2)).intValueExact(), null));
            out.add(c);
        }
        return out;
    }

    private Mention meeting(String text, int s, int e, String term, String session, List<Mention> orgs, List<Mention> divisions, Integer year,
                            String body) {
        Mention organizer = null;
        for (Mention o : orgs) if (o.end() == s || (o.end() == s - 1 && text.charAt(s - 1) == '第')) organizer = o;
        int start = organizer != null ? organizer.start() : s;
        if (organizer == null && text.startsWith(PARTY_PREFIX, s - PARTY_PREFIX.length())) start = s - PARTY_PREFIX.length();
        // 鄢陵县第十七届人民代表大会…, 区十八届人大三次会议: the division (or its level word) names whose meeting it is
        String divisionCode = null;
        if (organizer == null) {
            boolean extended = true;
            while (extended) {
                extended = false;
                for (Mention d : divisions) {
                    if (d.end() == start && d.divisionCode() != null) {
                        if (start == s) divisionCode = d.divisionCode();
                        start = d.start();
                        extended = true;
                    }
                }
            }
                        // …and the level word stands alone: not the end of a word before it (a punctuation mark is no letter)
            if (start == s && s > 0 && LEVEL_MARKS.indexOf(text.charAt(s - 1)) >= 0 && (s < 2 || !Character.isLetterOrDigit(text.charAt(s - 2)))) start = s - 1;
        }
        BigDecimal t = ChineseNumbers.parse(term), n = ChineseNumbers.parse(session);
        // a plenary names its organizer before it, else it is the central committee's (十九届…) or the county's
        Integer organizerStart = organizer != null ? organizer.start() : null;
        String organizerName = organizer == null && t.intValue() >= 15 ? CENTRAL_COMMITTEE : null;
        DivisionLevel organizerLevel = organizer == null && organizerName == null ? DivisionLevel.COUNTY : null;
        return Mention.of(EntityType.MEETING, text.substring(start, e), start, lex.confidence("meeting.plenary"))
                .withFacts(new MentionFacts.Meeting(t.intValueExact(), n.intValueExact(), body, divisionCode, organizerStart,
                        organizerName, organizerLevel, null, dateOf(text, s, e, year)));
    }

    /** The date of the sentence that says the meeting was held (8月2日上午……全体会议召开; ——2024年7月10日在…会议上). */
    private static LocalDate dateOf(String text, int s, int e, Integer year) {
        int from = Math.max(Math.max(text.lastIndexOf('。', s), text.lastIndexOf('\n', s)) + 1, 0);
        int to = text.indexOf('。', e);
        if (to < 0) to = text.length();
        int nl = text.indexOf('\n', e);
        if (nl >= 0 && nl < to) to = nl;
        String sentence = text.substring(from, to);
        boolean held = false;
        for (var cue : HELD_CUES.entrySet()) {
            if (!sentence.contains(cue.getKey())) continue;
            switch (cue.getValue()) {
                case "held" -> held = true;
                case "spoken" -> held |= sentence.startsWith("—");
                case "over" -> { return null; }
                default -> throw new IllegalStateException("lexicon/meeting-held-cues.tsv: unknown reading " + cue.getValue());
            }
        }
        if (!held) return null;
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
