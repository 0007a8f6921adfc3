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
        Integer year = am.date() != null ? Integer.valueOf(am.date().getYear()) : yearOf(doc.id(), text);

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
        PeriodResolver periods = new PeriodResolver(refDate, year);
        List<Figure> figs = figures.recognize(text, tokens, all, periods.findAll(text), refDate);
        List<Relation> rels = new ArrayList<>(relations.recognize(text, all, refDate));
        rels.addAll(posts.recognize(text, all));
        return new Extraction(doc, am, all, figs, rels, refDate, mainDivision(all));
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

    /** The year of an undated article: the year most stated in its text, else a year in its id. */
    static Integer yearOf(String id, String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR_IN_TEXT.matcher(text);
        while (m.find()) counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        if (!counts.isEmpty()) {
            return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .get().getKey();
        }
        m = YEAR_IN_ID.matcher(id);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
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
