package org.govkg.extract;

import org.govkg.ingest.TextLayout;
import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * Events the genre reports as meetings (events): signing and groundbreaking ceremonies, fairs, promotions, summing-up
 * and work conferences, found by the head their names end with (lexicon/event-words.tsv).
 *
 * <p>Contract: for each head that ends where no longer head ends and that no session or congress already covers, the
 * name runs back from the head over the words of the clause, across a quoted title as one word (「甲、乙」创业招商大会),
 * to the first stop word (举行, 召开, 在, 的 …) or mark, at most {@link #MAX_NAME} characters; a leading day (12月22日)
 * and lead-trim words (昨日, 此次) are dropped. So the name runs left to the division or year that opens it, after the
 * verb that says it was held (某县举行2024年三季度重大项目集中开工仪式 → 2024年三季度重大项目集中开工仪式; 5月8日，某县
 * 2024年5月项目集中签约仪式在…举行 → 某县2024年5月项目集中签约仪式). An event is named by two characters at least
 * before its head (a bare 签约仪式 names none); a qualified head's name also says whose or when it is: a division, a level
 * word (全区, 区委, 中央), a period (2018年度) or a quoted title (经济工作会议 alone is no node). A name opening with a level
 * word after a list-join that follows a level word alone (中央、省委和市委经济工作会议: one head written for several
 * meetings; not 党的二十大和中央经济工作会议) is none: the text only
 * refers to those meetings, elliptically. A conference joined by 暨 to a session (…全体会议暨县委经济工作会议) starts
 * after 暨: it is a meeting of its own, held with the session.
 * A name opening with a division and 委 (某区委经济工作会议) is named as its level word writes it (区委经济工作会议), so
 * both forms are one meeting. Two events of one head whose names, without periods and level words, end alike (全市第四季度
 * 重点项目拉练, 全市2017年第四季度重点项目拉练) are one, named by the longer. The event's date is the day of the sentence that says it was held (MeetingRecognizer).
 */
final class EventMeetings {
    /** The longest name read back from a head. */
    static final int MAX_NAME = 32;
    private static final NamedRules RULES = NamedRules.load("/org/govkg/rules/meeting.tsv");
    private static final Pattern LEAD_DATE = RULES.pattern("event-lead-date"), PERIOD = RULES.pattern("event-period"),
            LEVEL_WORDS = Pattern.compile("^(?:" + RULES.get("event-level-words") + ")"), CORE_DROPS = RULES.pattern("event-core-drops"),
            LIST_ITEM = RULES.pattern("event-list-item");
    private static final String LEVEL_MARKS = RULES.get("level-marks"), JOINED = RULES.get("joined");
    private static final String OPEN_QUOTES = "「“『", CLOSE_QUOTES = "」”』";

    private final Trie<String> heads = new Trie<>();
    private final Set<String> qualified = new HashSet<>(), stops, listJoins;
    private final List<String> leadTrims, vetoingTails;
    private final Map<String, String> areaWords;
    private final double confidence;

    EventMeetings(Lexicons lex) {
        WordUses w = new WordUses("/org/govkg/lexicon/event-words.tsv");
        for (String h : w.words("head")) heads.put(h, h);
        for (String h : w.words("qualified-head")) {
            heads.put(h, h);
            qualified.add(h);
        }
        this.listJoins = new HashSet<>(w.words("list-join"));
        this.stops = new HashSet<>(w.words("stop"));
        stops.addAll(listJoins);
        this.leadTrims = w.words("lead-trim");
        this.vetoingTails = w.words("head-vetoing-tail");
        this.areaWords = lex.areaWords;
        this.confidence = lex.confidence("meeting.event");
    }

    /** The events of {@code text}; {@code meetings}: the sessions and congresses found, whose names hold no event. */
    List<Mention> find(String text, List<Token> tokens, List<Mention> meetings, List<Mention> divisions, MeetingRecognizer.Dates year) {
        List<Mention> out = new ArrayList<>();
        List<String> headOf = new ArrayList<>();
        for (Trie.Match<String> h : longestHeads(text)) {
            if (meetings.stream().anyMatch(m -> m.start() <= h.start() && h.end() <= m.end())) continue;
            if (vetoingTails.stream().anyMatch(t -> text.startsWith(t, h.end()))) continue;
            int[] walked = walkBack(text, tokens, h.start(), meetings);
            int p = trimFront(text, walked[0], h.start());
            String body = text.substring(p, h.start());
            if (body.length() < 2) continue;
            boolean opensWithLevel = opensWithLevel(body);
            // …省委和市委经济工作会议, 省、市经济工作会议: the last of a list of meetings referred to
            if (walked[1] >= 0 && opensWithLevel && LIST_ITEM.matcher(text.substring(Math.max(0, walked[1] - 4), walked[1])).find()) continue;
            if (qualified.contains(h.value()) && !opensWithLevel && !PERIOD.matcher(body).find() && !quoted(body)
                    && divisions.stream().noneMatch(d -> d.start() >= p && d.end() <= h.start())) continue;
            Mention m = Mention.of(EntityType.MEETING, text.substring(p, h.end()), p, confidence)
                    .withFacts(new MentionFacts.Meeting(null, null, null, null, null, null, null, null, MeetingRecognizer.dateOf(text, p, h.end(), year)));
            out.add(m.withName(levelForm(text, p, h.end(), divisions)));
            headOf.add(h.value());
        }
        // one event named twice (a headline's short form, a body's full one) is one meeting, by its fullest name
        List<Mention> named = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i), fullest = m;
            String core = core(m.name(), headOf.get(i));
            for (int j = 0; j < out.size(); j++) {
                if (!headOf.get(j).equals(headOf.get(i))) continue;
                String other = core(out.get(j).name(), headOf.get(j));
                boolean same = core.equals(other) || Math.min(core.length(), other.length()) >= 2 && (core.endsWith(other) || other.endsWith(core));
                if (same && out.get(j).surface().length() > fullest.surface().length()) fullest = out.get(j);
            }
            named.add(m.withName(fullest.name()));
        }
        return named;
    }

    /** What tells an event from another of its kind: its name without its head, periods and level words (2023年, 一季度, 全县). */
    private static String core(String name, String head) {
        return CORE_DROPS.matcher(name.substring(0, name.length() - head.length())).replaceAll("");
    }

    /** Every head that no longer head ends at the same place. */
    private List<Trie.Match<String>> longestHeads(String text) {
        List<Trie.Match<String>> all = heads.findAll(text);
        Map<Integer, Integer> longest = new HashMap<>();
        for (Trie.Match<String> m : all) longest.merge(m.end(), m.end() - m.start(), Math::max);
        return all.stream().filter(m -> m.end() - m.start() == longest.get(m.end())).toList();
    }

    /** {name start, where the list-join or 、 that stopped the walk starts, else -1}: the walk back from a head over its clause. */
    private int[] walkBack(String text, List<Token> tokens, int headStart, List<Mention> meetings) {
        int p = headStart;
        int k = NameWalker.tokenAt(tokens, headStart - 1);
        // the head starts inside a word (集中开工|仪式 read as one): that word's front is the name's
        if (k >= 0 && tokens.get(k).end() > headStart) {
            p = tokens.get(k).start();
            k--;
        }
        while (p > 0 && headStart - p < MAX_NAME) {
            char c = text.charAt(p - 1);
            int q = CLOSE_QUOTES.indexOf(c);
            if (q >= 0) {
                int open = text.lastIndexOf(OPEN_QUOTES.charAt(q), p - 2);
                if (open < 0 || headStart - open > MAX_NAME) break;
                p = open;
                k = NameWalker.tokenAt(tokens, p - 1);
                continue;
            }
            if (TextLayout.endsClause(c) || Character.isWhitespace(c) || k < 0) {
                return new int[]{p, listJoins.contains(String.valueOf(c)) ? p - 1 : -1};
            }
            Token t = tokens.get(k);
            if (t.end() > p) { k--; continue; }
            if (NameWalker.isPunct(t)) break;
            if (stops.contains(t.text())) return new int[]{p, listJoins.contains(t.text()) ? t.start() : -1};
            // …全体会议暨县委经济工作会议 (暨 perhaps inside a word): a conference joined to a session is a meeting of its own
            int joined = text.lastIndexOf(JOINED, p - JOINED.length());
            if (joined >= t.start() && meetings.stream().anyMatch(m -> m.end() == joined)) return new int[]{joined + JOINED.length(), -1};
            p = t.start();
            k--;
        }
        return new int[]{p, -1};
    }

    /** Drops a leading day and the lead-trim words (12月22日上午…, 此次…). */
    private int trimFront(String text, int p, int headStart) {
        boolean trimmed = true;
        while (trimmed && p < headStart) {
            trimmed = false;
            var d = LEAD_DATE.matcher(text.substring(p, headStart));
            if (d.find()) { p += d.end(); trimmed = true; }
            for (String w : leadTrims) if (text.startsWith(w, p) && p + w.length() <= headStart) { p += w.length(); trimmed = true; }
        }
        return p;
    }

    /** 全区…, 区委…, 市…, 中央…: the name opens with the level whose meeting it is. */
    private boolean opensWithLevel(String body) {
        if (LEVEL_MARKS.indexOf(body.charAt(0)) >= 0 || LEVEL_WORDS.matcher(body).find()) return true;
        for (String a : areaWords.keySet()) if (body.startsWith(a)) return true;
        return false;
    }

    private static boolean quoted(String body) {
        for (int i = 0; i < body.length(); i++) if (OPEN_QUOTES.indexOf(body.charAt(i)) >= 0) return true;
        return false;
    }

    /** 某区委经济工作会议 → 区委经济工作会议: a division and 委 in front read as the level word writes them. */
    private static String levelForm(String text, int p, int end, List<Mention> divisions) {
        for (Mention d : divisions) {
            if (d.start() == p && d.end() < end && text.charAt(d.end()) == '委' && d.name().length() >= 2) {
                return d.name().charAt(d.name().length() - 1) + text.substring(d.end(), end);
            }
        }
        return text.substring(p, end);
    }
}
