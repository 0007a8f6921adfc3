package org.govkg.extract;

import org.govkg.ingest.Document;
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
    private static final Pattern YEAR_IN_TEXT = PATTERNS.pattern("year-in-text");
    private static final NamedRules PERIOD_RULES = NamedRules.load("/org/govkg/rules/period.tsv");
    /** A year the headline names, not a date's (2024年1月9日). */
    private static final Pattern HEADLINE_YEAR = PERIOD_RULES.pattern("named-year");
    private static final Pattern PLAN_YEAR = PERIOD_RULES.pattern("plan-year");
    private static final Pattern PARTY_ANNIVERSARY = PERIOD_RULES.pattern("party-anniversary");
    /** What marks a year as the basis of a comparison (比2010年). */
    private static final String BASIS_MARKS = PERIOD_RULES.get("basis-mark").replaceAll("[\\[\\]]", "");
    private static final String PLAN_OPENING = "开局";
    private static final int PARTY_FOUNDED = 1921;

    private final Segmenter segmenter;
    private final Lexicons lex = new Lexicons();
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
        List<Mention> meetingMentions = meetings.recognize(text, orgMentions, divs, year);
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
        List<Relation> rels = new ArrayList<>(relations.recognize(text, all, refDate));
        rels.addAll(posts.recognize(text, all));
        return new Extraction(doc, am, all, figs, rels, refDate, mainDivision(all));
    }

    /** 来源：佛山日报: a publisher the text names without a recognisable body is an organisation all the same. */
    private Mention publisherMention(ArticleMeta am, List<Mention> orgs) {
        if (am.publisher() == null || am.publisherStart() < 0) return null;
        int s = am.publisherStart(), e = s + am.publisher().length();
        if (orgs.stream().anyMatch(o -> o.overlaps(s, e))) return null;
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
        Matcher m = YEAR_IN_TEXT.matcher(text);
        while (m.find()) if (m.start() == 0 || BASIS_MARKS.indexOf(text.charAt(m.start() - 1)) < 0) counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        m = PLAN_YEAR.matcher(text);
        while (m.find()) {
            int first = 2006 + (ChineseNumbers.parse(m.group(1)).intValue() - 1) * 5;  // 十一五 = 2006–2010
            counts.merge(m.group(2).equals(PLAN_OPENING) ? first : first + 4, 1, Integer::sum);
        }
        m = PARTY_ANNIVERSARY.matcher(text);
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

    /** The division the article is about: its most named county-level division, else prefecture, else province. */
    static String mainDivision(List<Mention> mentions) {
        for (DivisionLevel level : List.of(DivisionLevel.COUNTY, DivisionLevel.PREFECTURE, DivisionLevel.PROVINCE)) {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : mentions) {
                if (m.type() == EntityType.DIVISION && level == m.divisionLevel()) counts.merge(m.divisionCode(), 1, Integer::sum);
                String bodyOf = m.body() == null ? null : m.body().divisionCode();
                if (m.type() == EntityType.ORGANIZATION && bodyOf != null && level == levelOf(mentions, bodyOf))
                    counts.merge(bodyOf, 1, Integer::sum);
            }
            if (!counts.isEmpty())
                return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .get().getKey();
        }
        return null;
    }

    private static DivisionLevel levelOf(List<Mention> mentions, String code) {
        for (Mention m : mentions) if (code.equals(m.divisionCode())) return m.divisionLevel();
        return null;
    }
}
