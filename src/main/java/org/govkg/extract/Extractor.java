package org.govkg.extract;

import org.govkg.ingest.Document;
import org.govkg.ingest.TextLayout;
import org.govkg.nlp.Segmenter;
import org.govkg.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction stage: one document in, its mentions and figures out. Stateless per document and
 * thread-safe: the lexicons, the gazetteer and the segmenter are loaded once and only read.
 */
public final class Extractor {
    /** rules/name-patterns.tsv: what is cut from a publisher's name (a parenthesised remark), a year the text states. */
    private static final WordUses PATTERNS = new WordUses("/org/govkg/rules/name-patterns.tsv");
    private static final Pattern PARENTHESISED = PATTERNS.pattern("publisher-parenthesised");

    private static final Pattern YEAR_IN_ID = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
    static final Pattern YEAR_IN_TEXT = PATTERNS.pattern("year-in-text");
    private static final NamedRules PERIOD_RULES = NamedRules.load("/org/govkg/rules/period.tsv");
    /** A year the headline names, not a date's (2024年1月9日). */
    private static final Pattern HEADLINE_YEAR = PERIOD_RULES.pattern("named-year");
    private static final Pattern PLAN_YEAR = PERIOD_RULES.pattern("plan-year");
    private static final Pattern PARTY_ANNIVERSARY = PERIOD_RULES.pattern("party-anniversary");
    /** The year patterns searched over the whole text only where a match can start (2, 十, 建/中/党). */
    private static final FirstChars YEAR_IN_TEXT_AT = FirstChars.of(YEAR_IN_TEXT), PLAN_YEAR_AT = FirstChars.of(PLAN_YEAR),
            PARTY_ANNIVERSARY_AT = FirstChars.of(PARTY_ANNIVERSARY);
    /** What marks a year as the basis of a comparison (比2010年). */
    private static final String BASIS_MARKS = PERIOD_RULES.get("basis-mark").replaceAll("[\\[\\]]", "");
    private static final String PLAN_OPENING = "开局";
    private static final int PARTY_FOUNDED = 1921;

    private final Segmenter segmenter;
    private final Lexicons lex = new Lexicons();
    private final SubjectZone subjectZone = SubjectZone.fromLexicon();
    private final DivisionRecognizer divisions;
    private final OrgRecognizer orgs;
    private final MeetingRecognizer meetings = new MeetingRecognizer(lex);
    private final NameRecognizer names;
    private final PersonRecognizer people;
    private final InitiativeRecognizer initiatives;
    private final MetaRecognizer meta = new MetaRecognizer(lex);
    private final FigureRecognizer figures;
    private final RelationRecognizer relations = new RelationRecognizer();
    private final AliasRecognizer aliases = new AliasRecognizer(lex);
    private final PostRecognizer posts;

    public Extractor(Segmenter segmenter, Gazetteer gazetteer, IndicatorLexicon indicators) {
        this.segmenter = segmenter;
        this.divisions = new DivisionRecognizer(gazetteer, lex);
        this.orgs = new OrgRecognizer(lex);
        this.names = new NameRecognizer(lex);
        this.people = new PersonRecognizer(lex);
        this.initiatives = new InitiativeRecognizer(lex);
        this.figures = new FigureRecognizer(lex, indicators);
        this.posts = new PostRecognizer(orgs, lex);
    }

    public Extraction extract(Document doc) {
        String text = doc.text();
        List<Token> tokens = segmenter.segment(text);
        ArticleMeta am = meta.recognize(text);
        ArticleYear articleYear = articleYear(doc.id(), am, text);
        Integer year = articleYear == null ? null : articleYear.year();

        List<Mention> divs = divisions.recognize(text, tokens);
        List<Mention> orgMentions = orgs.recognize(text, tokens, divs);
        List<Mention> meetingMentions = meetings.recognize(text, tokens, orgMentions, divs, year, am.date());
        List<Mention> named = new ArrayList<>(names.bySuffix(text, tokens, divs));
        named.addAll(names.quoted(text, tokens));
        List<Mention> inits = initiatives.recognize(text, tokens, divs);
        List<Mention> lists = names.lists(text, tokens);
        List<Mention> persons = new ArrayList<>(am.authors());
        List<Mention> notPeople = new ArrayList<>(divs);
        notPeople.addAll(orgMentions);
        notPeople.addAll(named);
        notPeople.addAll(lists);
        persons.addAll(people.recognize(text, tokens, notPeople));

        List<Mention> all = new ArrayList<>();
        Mention publisher = publisherMention(am, orgMentions);
        if (publisher != null) all.add(publisher);
        all.addAll(divs);
        all.addAll(orgMentions);
        all.addAll(meetingMentions);
        all.addAll(named);
        all.addAll(inits);
        all.addAll(lists);
        all.addAll(persons);
        all = aliases.recognize(text, MentionOverlaps.resolve(all));

        LocalDate refDate = am.date();
        if (refDate == null) {
            for (Mention m : all) if (m.type() == EntityType.MEETING && m.meeting() != null && m.meeting().date() != null) { refDate = m.meeting().date(); break; }
        }
        PeriodResolver periods = new PeriodResolver(refDate, articleYear);
        List<Figure> figs = restingOnId(figures.recognize(text, tokens, all, periods.findAll(text), refDate), refDate, articleYear);
        figs = subjectZone.assign(figs, SubjectZone.of(all, leadEnd(text)));
        List<Relation> rels = new ArrayList<>(relations.recognize(text, all, refDate));
        rels.addAll(posts.recognize(text, all));
        String main = mainDivision(all, text);
        Extraction.UnnamedArea unnamed = null;
        if (main == null && doc.area() != null) {
            main = divisions.codeOf(doc.area());
            if (main == null) unnamed = new Extraction.UnnamedArea(doc.area(), null, -1);
        }
        if (main == null && unnamed == null) unnamed = unnamedArea(text);
        else if (unnamed != null) {
            Extraction.UnnamedArea word = unnamedArea(text);
            unnamed = new Extraction.UnnamedArea(unnamed.label(), word == null ? DivisionLevel.COUNTY.id() : word.level(), -1);
        }
        return new Extraction(doc, am, all, figs, rels, refDate, main, unnamed);
    }

    /**
     * 全区实现地区生产总值…: the word an article that names no division uses most for its own area, at the lowest
     * level it speaks of (全县 before 全市), or null when it has none.
     */
    private Extraction.UnnamedArea unnamedArea(String text) {
        Extraction.UnnamedArea best = null;
        int bestCount = 0, bestRank = Integer.MAX_VALUE;
        List<String> levels = List.of("county", "prefecture", "province");
        for (var e : lex.areaWords.entrySet()) {
            int rank = levels.indexOf(e.getValue());
            if (rank < 0) continue;
            int count = 0, first = -1;
            for (int i = text.indexOf(e.getKey()); i >= 0; i = text.indexOf(e.getKey(), i + 1)) {
                if (first < 0) first = i;
                count++;
            }
            if (count == 0) continue;
            if (best == null || rank < bestRank || (rank == bestRank && (count > bestCount || (count == bestCount && first < best.start())))) {
                best = new Extraction.UnnamedArea(e.getKey(), e.getValue(), first);
                bestCount = count;
                bestRank = rank;
            }
        }
        return best;
    }

    /** 来源：佛山日报: a publisher the text names without a recognisable body is an organisation all the same. */
    private Mention publisherMention(ArticleMeta am, List<Mention> orgs) {
        if (am.publisher() == null || am.publisherStart() < 0) return null;
        int s = am.publisherStart(), e = s + am.publisher().length();
        // a body read inside it (县委 of 某县县委办) leaves it the publisher's name; one read over it is the publisher
        if (orgs.stream().anyMatch(o -> o.start() <= s && e <= o.end())) return null;
        String name = PARENTHESISED.matcher(am.publisher()).replaceAll("").strip();
        if (name.length() < 2 || name.length() > 24 || !name.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) return null;
        return Mention.of(EntityType.ORGANIZATION, name, s, lex.confidence("org.publisher"));
    }

    /** The article's year and where it comes from ({@link ArticleYear}): its date line, headline, text, else its id; null when none. */
    static ArticleYear articleYear(String id, ArticleMeta meta, String text) {
        if (meta.date() != null) return new ArticleYear(meta.date().getYear(), ArticleYear.Source.DATE_LINE);
        if (meta.headline() != null) {
            // 2019年某县国民经济和社会发展统计公报: the year the headline names (not a date's: 2024年1月9日)
            Matcher m = HEADLINE_YEAR.matcher(meta.headline());
            if (m.find()) return new ArticleYear(Integer.parseInt(m.group(1)), ArticleYear.Source.HEADLINE);
        }
        Integer inText = yearInText(text);
        if (inText != null) return new ArticleYear(inText, ArticleYear.Source.TEXT);
        Matcher m = YEAR_IN_ID.matcher(id);
        return m.find() ? new ArticleYear(Integer.parseInt(m.group(1)), ArticleYear.Source.DOCUMENT_ID) : null;
    }

    /** The year of an undated article: the year most stated in its text, else a year in its id. */
    static Integer yearOf(String id, String text) {
        Integer inText = yearInText(text);
        if (inText != null) return inText;
        Matcher m = YEAR_IN_ID.matcher(id);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The year the text states most (the later on a tie), a comparison's basis (比2010年翻一番) aside; “十四五”规划开局之年
     * and 建党100周年 state their years too. Null when the text states none.
     */
    private static Integer yearInText(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        FirstChars.Finder m = YEAR_IN_TEXT_AT.finder(text);
        while (m.find()) if (m.start() == 0 || BASIS_MARKS.indexOf(text.charAt(m.start() - 1)) < 0) counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        m = PLAN_YEAR_AT.finder(text);
        while (m.find()) {
            int first = 2006 + (ChineseNumbers.parse(m.group(1)).intValue() - 1) * 5;  // 十一五 = 2006–2010
            counts.merge(m.group(2).equals(PLAN_OPENING) ? first : first + 4, 1, Integer::sum);
        }
        m = PARTY_ANNIVERSARY_AT.finder(text);
        while (m.find()) counts.merge(PARTY_FOUNDED + Integer.parseInt(m.group(1)), 1, Integer::sum);
        if (counts.isEmpty()) return null;
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .get().getKey();
    }

    /**
     * A figure whose period rests on a year read from the document id alone (全年 in a text that names no year) is
     * less sure: its confidence is scaled by rules/confidence.tsv's period.id-year.
     */
    private List<Figure> restingOnId(List<Figure> figs, LocalDate refDate, ArticleYear year) {
        if (refDate != null || year == null || year.source() != ArticleYear.Source.DOCUMENT_ID) return figs;
        double factor = lex.confidence("period.id-year");
        List<Figure> out = new ArrayList<>(figs.size());
        for (Figure f : figs) {
            boolean rests = f.period() != null && (f.period().start() != null || f.period().end() != null)
                    && !YEAR_IN_ID.matcher(f.period().label()).find();
            out.add(!rests ? f : new Figure(f.start(), f.end(), f.evidenceStart(), f.evidenceEnd(), f.stated(), f.value(), f.upper(), f.unit(),
                    f.kind(), f.changeRate(), f.changePoints(), f.qualifier(), f.indicatorId(), f.indicatorLabel(), f.period(), f.area(),
                    f.comparedTo(), f.confidence() * factor));
        }
        return out;
    }

    /**
     * The division the article is about: the county-level division it names most, else prefecture, else province —
     * among those it names twice or more or in its headline and lead (a partner district named once further down
     * is not what it is about); null when none is.
     */
    static String mainDivision(List<Mention> mentions, String text) {
        int leadEnd = leadEnd(text);
        for (DivisionLevel level : List.of(DivisionLevel.COUNTY, DivisionLevel.PREFECTURE, DivisionLevel.PROVINCE)) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Integer> lead = new HashMap<>();
            for (Mention m : mentions) {
                String code = null;
                if (m.type() == EntityType.DIVISION && level == m.divisionLevel()) code = m.divisionCode();
                String bodyOf = m.body() == null ? null : m.body().divisionCode();
                if (m.type() == EntityType.ORGANIZATION && bodyOf != null && level == levelOf(mentions, bodyOf)) code = bodyOf;
                if (code == null) continue;
                counts.merge(code, 1, Integer::sum);
                if (m.start() < leadEnd) lead.merge(code, 1, Integer::sum);
            }
            counts.keySet().removeIf(c -> counts.get(c) < 2 && !lead.containsKey(c) && !speaksAsOwn(text, nameOf(mentions, c)));
            if (!counts.isEmpty())
                return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue(Comparator.comparingInt(n -> n))
                                .thenComparing(e -> lead.getOrDefault(e.getKey(), 0))
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .get().getKey();
        }
        return null;
    }

    /**
     * 全县, 县委, 本县: whether the text speaks of its own area in the kind of the division named (a 区 or a 县): a
     * district named once in a county's article (与某区某园结对) is a partner, not the subject.
     */
    private static boolean speaksAsOwn(String text, String name) {
        if (name == null || name.isEmpty()) return false;
        char kind = name.charAt(name.length() - 1);
        for (String own : OWN_AREA) if (text.contains(own.replace('X', kind))) return true;
        return false;
    }

    /** The words by which an article speaks of its own division, X its kind (县, 区, 市, 旗). */
    private static final List<String> OWN_AREA = List.of("全X", "本X", "我X", "X委", "X政府", "X长");

    private static String nameOf(List<Mention> mentions, String code) {
        for (Mention m : mentions) if (m.type() == EntityType.DIVISION && code.equals(m.divisionCode())) return m.name();
        return null;
    }

    /** The end of the headline and lead: the headline's paragraph, then short lines (a date, a source), then the lead's. */
    private static int leadEnd(String text) {
        TextLayout layout = TextLayout.of(text);
        int end = layout.paragraphEnd(0);
        for (int guard = 0; guard < 4 && end < text.length(); guard++) {
            int start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            if (start >= text.length()) break;
            end = layout.paragraphEnd(start);
            // a page that runs its body as one paragraph: its lead is its opening
            if (end - start >= LEAD_LENGTH) return Math.min(end, start + LEAD_MAX);
        }
        return end;
    }

    /** A paragraph this long is prose, not a date or source line. */
    private static final int LEAD_LENGTH = 30;
    /** The lead's opening, in characters: a sentence or two. */
    private static final int LEAD_MAX = 120;

    private static DivisionLevel levelOf(List<Mention> mentions, String code) {
        for (Mention m : mentions) if (code.equals(m.divisionCode())) return m.divisionLevel();
        return null;
    }
}
