package org.govkg.extract;

import org.govkg.nlp.Token;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plenary sessions and congresses: 第十三届委员会第五次全体会议, 十三届五次全会, 十三届四中全会, 七届五次全体（扩大）会议,
 * 党的二十大, a local party congress (中国共产党某县第十三次代表大会, 县第十二次党代会) and the people's congress sessions,
 * with the organizer or division written right before them (中共长春市朝阳区委, 区委, 某市, 市); then the events of
 * {@link EventMeetings}.
 *
 * <p>Contract of the area before a session or local congress: a body written right before it is its organizer; else
 * the divisions named right before it (某省某市) and the party before them (中国共产党某县) are part of its name, the
 * nearest division its division; else the party and a short name ending in a level character (中国共产党某县, 中共某县委, a county
 * the gazetteer did not give) are part of its name; else a level word (市, 县) that does not end a common word (城市,
 * 社区: rules/meeting.tsv level-mark-word) names the article's own division at that level, and the meeting is named with
 * the division of that kind the text names most (市十三届人大三次会议 → 某市十三届人大三次会议). A local congress needs
 * such an area, or 党代会 (第十四次代表大会 alone may be any body's), and is no congress of a body of
 * other-congress-bodies (共青团某县…). A meeting's day is that of the
 * sentence that says it was held ({@link #dateOf}).
 */
final class MeetingRecognizer {
    private static final NamedRules RULES = NamedRules.load("/org/govkg/rules/meeting.tsv");
    /** rules/meeting-bodies.tsv: the body word of a session's name → congress or cppcc. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();
    /** lexicon/meeting-held-cues.tsv: word → held, spoken or over. */
    private static final Map<String, String> HELD_CUES = new LinkedHashMap<>();
    /** lexicon/level-characters.tsv: a level character → the level it names. */
    private static final Map<Character, DivisionLevel> LEVELS = new LinkedHashMap<>();

    static {
        for (String[] r : Tsv.load("/org/govkg/rules/meeting-bodies.tsv", 2)) BODIES.put(r[0], r[1]);
        for (String[] r : Tsv.load("/org/govkg/lexicon/meeting-held-cues.tsv", 2)) HELD_CUES.put(r[0], r[1]);
        for (String[] r : Tsv.load("/org/govkg/lexicon/level-characters.tsv", 2)) LEVELS.put(r[0].charAt(0), DivisionLevel.of(r[1]));
    }

    private static final Pattern PLENARY = RULES.pattern("plenary");
    private static final Pattern CONGRESS = RULES.pattern("congress");
    private static final Pattern LOCAL_CONGRESS = RULES.pattern("local-congress");
    private static final Pattern PARTY_AREA = RULES.pattern("party-area");
    private static final Pattern OTHER_CONGRESS_BODIES = RULES.pattern("other-congress-bodies");
    /** Package-private for the test of its search where it can start (FirstCharsTest). */
    static final Pattern PEOPLES = Pattern.compile(RULES.get("peoples").replace("{body}", NamedRules.alternation(List.copyOf(BODIES.keySet()))));
    private static final Pattern DATE = RULES.pattern("date");
    /**
     * What every match of each session and congress pattern contains, alternative by alternative (届 for a plenary):
     * a text without it is not searched, since a search tries the pattern at every position of the text.
     */
    private static final List<List<String>> PLENARY_NEEDS = RelationRule.requiredPerAlternative(PLENARY.pattern()),
            PEOPLES_NEEDS = RelationRule.requiredPerAlternative(PEOPLES.pattern()),
            CONGRESS_NEEDS = RelationRule.requiredPerAlternative(CONGRESS.pattern()),
            LOCAL_CONGRESS_NEEDS = RelationRule.requiredPerAlternative(LOCAL_CONGRESS.pattern());
    /** The same patterns, searched only where a match can start (第, 中, …): a search tries every offset otherwise. */
    private static final FirstChars PLENARY_AT = FirstChars.of(PLENARY), PEOPLES_AT = FirstChars.of(PEOPLES),
            CONGRESS_AT = FirstChars.of(CONGRESS), LOCAL_CONGRESS_AT = FirstChars.of(LOCAL_CONGRESS);
    private static final Pattern LEVEL_MARK_WORD = RULES.pattern("level-mark-word"), DAY_ONLY = RULES.pattern("day-only"),
            DAY_BEFORE = RULES.pattern("day-before"), SAME_DAY = RULES.pattern("same-day");
    private static final String PARTY_PREFIX = RULES.get("party-prefix"), PARTY = RULES.get("party"),
            CENTRAL_COMMITTEE = RULES.get("central-committee"), LEVEL_MARKS = RULES.get("level-marks"),
            PARTY_CONGRESS = RULES.get("party-congress");
    /** The short forms of the party a local meeting's name may open with (中国共产党某县…, 中共某县…). */
    private static final List<String> PARTY_FORMS = List.of(PARTY, "中共");
    private final Lexicons lex;
    private final EventMeetings events;

    MeetingRecognizer(Lexicons lex) {
        this.lex = lex;
        this.events = new EventMeetings(lex);
    }

    /**
     * The meetings of {@code text}: sessions and congresses by their patterns, then the named events. {@code year}: the
     * article's year; {@code published}: its publication day, or null (昨日 and a day alone are read against it).
     */
    List<Mention> recognize(String text, List<Token> tokens, List<Mention> orgs, List<Mention> divisions, Integer year, LocalDate published) {
        Dates dates = new Dates(year, published);
        List<Mention> out = recognize(text, orgs, divisions, dates);
        out.addAll(events.find(text, tokens, out, divisions, dates));
        return out;
    }

    /** The article's year and publication day, against which a meeting's day is read. */
    record Dates(Integer year, LocalDate published) {}

    /** The sessions and congresses of {@code text}, without the named events. */
    private List<Mention> recognize(String text, List<Mention> orgs, List<Mention> divisions, Dates year) {
        List<Mention> out = new ArrayList<>();
        FirstChars.Finder m = finder(PLENARY_AT, PLENARY_NEEDS, text);
        while (m.find()) {
            String term = m.group(1) != null ? m.group(1) : m.group(3);
            String session = m.group(2) != null ? m.group(2) : m.group(4);
            out.add(meeting(text, m.start(), m.end(), term, session, orgs, divisions, year, null));
        }
        m = finder(PEOPLES_AT, PEOPLES_NEEDS, text);
        while (m.find()) out.add(meeting(text, m.start(), m.end(), m.group(1), m.group(3), orgs, divisions, year, BODIES.get(m.group(2))));
        m = finder(CONGRESS_AT, CONGRESS_NEEDS, text);
        while (m.find()) {
            if (m.group(1) == null && m.start() > 0 && ChineseNumbers.isChineseNumeral(text.charAt(m.start() - 1))) continue;
            Mention c = Mention.of(EntityType.MEETING, m.group(), m.start(), lex.confidence("meeting.congress"))
                    .withFacts(new MentionFacts.Meeting(null, null, null, null, null, PARTY, null, ChineseNumbers.parse(m.group(2)).intValueExact(), null));
            out.add(c);
        }
        m = finder(LOCAL_CONGRESS_AT, LOCAL_CONGRESS_NEEDS, text);
        while (m.find()) {
            Mention c = localCongress(text, m.matcher(), divisions, year);
            if (c != null) out.add(c);
        }
        return out;
    }

    /** A matcher of {@code text}, or of nothing when the text lacks what every match of {@code p} holds ({@code needs}). */
    private static FirstChars.Finder finder(FirstChars p, List<List<String>> needs, String text) {
        return p.finder(RelationRule.mayHold(text, needs) ? text : "");
    }

    /** Where a meeting's name starts and whose it is, read back from {@code s} (see the class contract). */
    private record Area(int start, Mention organizer, String divisionCode, DivisionLevel level) {}

    private static Area area(String text, int s, List<Mention> orgs, List<Mention> divisions) {
        Mention organizer = null;
        for (Mention o : orgs) if (o.end() == s || (o.end() == s - 1 && text.charAt(s - 1) == '第')) organizer = o;
        if (organizer != null) {
            // 中共某县委 where only 县委 was read as a body: the county's name is part of the meeting's name all the same
            Matcher p = PARTY_AREA.matcher(text.substring(Math.max(0, s - 12), s));
            int start = p.find() ? Math.min(organizer.start(), s - (p.end() - p.start())) : organizer.start();
            return new Area(start, organizer, null, null);
        }
        int start = s;
        String divisionCode = null;
        DivisionLevel level = null;
        // 鄢陵县第十七届人民代表大会…, 某省某市第十四次代表大会: the divisions name whose meeting it is
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Mention d : divisions) {
                if (d.end() == start && d.start() < start) {
                    if (start == s) { divisionCode = d.divisionCode(); level = d.divisionLevel(); }
                    start = d.start();
                    extended = true;
                }
            }
        }
        if (start < s) return new Area(partyBefore(text, start), null, divisionCode, level);
        // 中国共产党某县第十二届委员会…: a county the gazetteer did not give, named after the party
        Matcher p = PARTY_AREA.matcher(text.substring(Math.max(0, s - 12), s));
        if (p.find()) return new Area(s - (p.end() - p.start()), null, null, LEVELS.get(text.charAt(text.charAt(s - 1) == '委' ? s - 2 : s - 1)));
        // 区十八届人大三次会议, 完成了市十三届人大三次会议…: a level word that stands alone is the article's own division
        if (s > 0 && LEVEL_MARKS.indexOf(text.charAt(s - 1)) >= 0 && (s < 2 || !LEVEL_MARK_WORD.matcher(text.substring(s - 2, s)).matches()))
            return new Area(s - 1, null, null, LEVELS.get(text.charAt(s - 1)));
        return new Area(s, null, null, null);
    }

    /** 中国共产党 or 中共 right before {@code start} opens the meeting's name too. */
    private static int partyBefore(String text, int start) {
        for (String p : PARTY_FORMS) if (text.startsWith(p, start - p.length())) return start - p.length();
        return start;
    }

    private Mention meeting(String text, int s, int e, String term, String session, List<Mention> orgs, List<Mention> divisions, Dates year,
                            String body) {
        Area a = area(text, s, orgs, divisions);
        Mention organizer = a.organizer();
        int start = a.start();
        if (organizer == null && start == s && text.startsWith(PARTY_PREFIX, s - PARTY_PREFIX.length())) start = s - PARTY_PREFIX.length();
        BigDecimal t = ChineseNumbers.parse(term), n = ChineseNumbers.parse(session);
        // a plenary names its organizer before it, else it is the central committee's (十九届…) or the county's
        Integer organizerStart = organizer != null ? organizer.start() : null;
        boolean local = organizer != null || a.divisionCode() != null || a.level() != null;
        String organizerName = !local && t.intValue() >= 15 ? CENTRAL_COMMITTEE : null;
        DivisionLevel organizerLevel = organizer != null || organizerName != null ? null : a.level() != null ? a.level() : DivisionLevel.COUNTY;
        // a people's congress is its division's: the one written, else the article's (its level word's, resolved later)
        String divisionCode = body != null ? a.divisionCode() : null;
        Mention m = Mention.of(EntityType.MEETING, text.substring(start, e), start, lex.confidence("meeting.plenary"))
                .withFacts(new MentionFacts.Meeting(t.intValueExact(), n.intValueExact(), body, divisionCode, organizerStart,
                        organizerName, organizerLevel, null, dateOf(text, s, e, year)));
        return a.divisionCode() == null && a.level() != null && start == s - 1 ? m.withName(qualified(text, start, e, divisions)) : m;
    }

    /**
     * 市十三届人大三次会议 → 某市十三届人大三次会议: a session written with a level word alone is named with the division
     * of that kind (its name ending in the same character) the text names most, when one does.
     */
    private static String qualified(String text, int mark, int e, List<Mention> divisions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention d : divisions) {
            if (d.divisionCode() == null || d.division().shortForm() || !d.name().endsWith(String.valueOf(text.charAt(mark)))) continue;
            counts.merge(d.name(), 1, Integer::sum);
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (var c : counts.entrySet()) {
            if (c.getValue() > most) { best = c.getKey(); most = c.getValue(); tie = false; }
            else if (c.getValue() == most) tie = true;
        }
        return best == null || tie ? text.substring(mark, e) : best + text.substring(mark + 1, e);
    }

    /** 中国共产党某县第十三次代表大会, 县第十二次党代会, 第十三届党代表大会第三次会议: a division's congress or its yearly session. */
    private Mention localCongress(String text, Matcher m, List<Mention> divisions, Dates year) {
        Area a = area(text, m.start(), List.of(), divisions);
        if (a.start() == m.start()) {
            // 第十四次党代会 alone is the article's own division's; 第十四次代表大会 alone may be any body's
            if (!m.group().endsWith("党代会")) return null;
        }
        if (OTHER_CONGRESS_BODIES.matcher(text.substring(Math.max(0, a.start() - 10), a.start())).find()) return null;
        DivisionLevel level = a.level() != null ? a.level() : DivisionLevel.COUNTY;
        MentionFacts.Meeting facts;
        if (m.group(1) != null) {
            facts = new MentionFacts.Meeting(null, null, null, a.divisionCode(), null, PARTY, level,
                    ChineseNumbers.parse(m.group(1)).intValueExact(), dateOf(text, m.start(), m.end(), year));
        } else {
            facts = new MentionFacts.Meeting(ChineseNumbers.parse(m.group(2)).intValueExact(), ChineseNumbers.parse(m.group(3)).intValueExact(),
                    PARTY_CONGRESS, a.divisionCode(), null, null, level, null, dateOf(text, m.start(), m.end(), year));
        }
        Mention c = Mention.of(EntityType.MEETING, text.substring(a.start(), m.end()), a.start(), lex.confidence("meeting.local-congress")).withFacts(facts);
        return a.divisionCode() == null && a.level() != null && a.start() == m.start() - 1 ? c.withName(qualified(text, a.start(), m.end(), divisions)) : c;
    }

    /**
     * The date of the sentence that says the meeting was held (8月2日上午……全体会议召开; ——2024年7月10日在…会议上; 昨日，…
     * 开幕 in an article of the next day; 20日，…拉开帷幕 in an article of that month).
     */
    static LocalDate dateOf(String text, int s, int e, Dates dates) {
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
        if (!d.find()) return dayOf(sentence, dates.published());
        Integer y = d.group(1) != null ? Integer.valueOf(d.group(1)) : dates.year();
        if (y == null) return null;
        try {
            return LocalDate.of(y, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** A day the sentence gives against the publication day: 昨日, 今天, or a day of its month not after it. */
    private static LocalDate dayOf(String sentence, LocalDate published) {
        if (published == null) return null;
        if (DAY_BEFORE.matcher(sentence).find()) return published.minusDays(1);
        if (SAME_DAY.matcher(sentence).find()) return published;
        Matcher d = DAY_ONLY.matcher(sentence);
        if (d.find()) {
            int day = Integer.parseInt(d.group(1));
            if (day >= 1 && day <= published.getDayOfMonth()) return published.withDayOfMonth(day);
        }
        return null;
    }
}
