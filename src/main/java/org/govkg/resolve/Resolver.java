package org.govkg.resolve;

import org.govkg.extract.DivisionLevel;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.Mention;
import org.govkg.extract.MentionFacts;
import org.govkg.ingest.TextLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups a document's mentions into entities and gives each its key. Divisions are keyed by their
 * code; bodies by kind and jurisdiction (区委 in a 朝阳区 article is 中共长春市朝阳区委); meetings by
 * organizer, term and session; everything else by type, normalised name and the article's division,
 * so the same project in two articles about one district is one thing.
 *
 * <p>The composition of the steps: keys ({@link NameKeys}, {@link Jurisdictions}), short forms folded
 * ({@link ShortForms}), parks a sentence puts a thing in ({@link Zones}), the text's relations
 * ({@link RelationStatements}), then the figures' areas and the article's authors and publisher.
 */
public final class Resolver {
    private final Jurisdictions jurisdictions;

    public Resolver(Gazetteer gazetteer) {
        this.jurisdictions = new Jurisdictions(gazetteer);
    }

    public ResolvedDocument resolve(Extraction x) {
        String main = x.mainDivision();
        Map<String, EntityBuilder> byKey = new TreeMap<>();
        Map<Mention, String> keyOf = new HashMap<>();
        Map<Mention, Mention> inZone = new LinkedHashMap<>();
        List<String> divisionNames = NameKeys.divisionNames(x.mentions());
        Map<String, EntityType> typeOfName = NameKeys.typeByName(x.mentions(), divisionNames);
        Zones zones = new Zones(x.mentions(), TextLayout.of(x.document().text()), divisionNames);

        for (Mention m : x.mentions()) {
            String key;
            String pref = m.name();
            EntityFacts facts = EntityFacts.NONE;
            EntityType type = m.type();
            switch (type) {
                case DIVISION -> {
                    MentionFacts.Division f = m.division();
                    String code = f == null ? null : f.code();
                    if (code != null) {
                        Gazetteer.Division d = jurisdictions.gazetteer().get(code);
                        key = Keys.division(code);
                        pref = d.name();
                        facts = facts.withDivision(code, DivisionLevel.of(d.level()), d.parent().isEmpty() ? null : Keys.division(d.parent()));
                    } else {
                        List<String> candidates = f == null ? List.of() : f.candidates();
                        key = "division/x-" + Keys.hash(m.name() + "|" + (f == null ? null : String.join(" ", candidates)));
                        facts = facts.withCandidates(candidates);
                    }
                }
                case ORGANIZATION -> {
                    String jurisdiction = jurisdictions.jurisdictionOf(m, main);
                    pref = jurisdictions.bodyName(m, jurisdiction);
                    if (m.body() != null && m.body().canonical() != null && jurisdiction != null) facts = facts.withJurisdiction(Keys.division(jurisdiction));
                    key = Jurisdictions.organizationKey(pref, jurisdiction);
                }
                case MEETING -> {
                    MeetingKey mk = meetingKey(m, x.mentions(), keyOf, main, divisionNames);
                    key = mk.key();
                    facts = mk.facts();
                }
                default -> {
                    String name = NameKeys.of(m, divisionNames);
                    type = typeOfName.getOrDefault(name, type);
                    key = Keys.of(type, name, type == EntityType.PERSON ? "" : (main == null ? "" : main));
                    if (m.person() != null && m.person().role() != null) facts = facts.withRole(m.person().role());
                    Mention zone = type == EntityType.PROJECT || type == EntityType.ENTERPRISE || type == EntityType.PLACE
                            ? zones.zoneOf(m) : null;
                    if (zone != null) inZone.putIfAbsent(m, zone);
                    if (main != null && type != EntityType.PERSON && type != EntityType.INITIATIVE) facts = facts.withLocatedIn(Keys.division(main));
                }
            }
            keyOf.put(m, key);
            EntityBuilder b = byKey.computeIfAbsent(key, k -> new EntityBuilder());
            b.type = b.type == null ? type : b.type;
            b.labels.add(m.surface());
            b.labels.add(pref);
            if (b.pref == null || pref.length() > b.pref.length()) b.pref = pref;
            b.mentions.add(m);
            b.facts = b.facts.orElse(facts);
        }
        ShortForms.merge(byKey, keyOf);
        // a park the text puts it in is a closer location than the district; the sentence is the evidence
        List<Statement> inferred = new ArrayList<>();
        for (var e : inZone.entrySet()) {
            String zoneKey = keyOf.get(e.getValue()), own = keyOf.get(e.getKey());
            if (zoneKey == null || own == null || zoneKey.equals(own)) continue;
            byKey.get(own).facts = byKey.get(own).facts.withLocatedIn(zoneKey);
            int[] sentence = zones.evidence(e.getKey());
            inferred.add(new Statement("locatedIn", own, zoneKey, null, null, sentence[0], sentence[1], 0.6));
        }
        Map<String, String> documents = new TreeMap<>();
        List<Statement> statements = new ArrayList<>(inferred);
        statements.addAll(new RelationStatements(jurisdictions, keyOf, byKey, main).of(x.relations(), documents));
        List<Entity> entities = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            EntityBuilder b = e.getValue();
            // an organizer only inferred from the article's district (十三届五次全会 alone) must be named in it to be linked
            if (b.type == EntityType.MEETING && b.facts.organizer() != null && !byKey.containsKey(b.facts.organizer())
                    && b.mentions.stream().noneMatch(m -> m.meeting() != null && m.meeting().organizerName() != null)) b.facts = b.facts.withOrganizer(null);
            entities.add(new Entity(e.getKey(), b.type, b.pref, b.labels, b.mentions, b.facts));
        }
        // the areas observations() adds (division/x-…) are entities too: the keys not made into one yet
        java.util.Set<String> made = new java.util.HashSet<>(byKey.keySet());
        List<Observation> observations = observations(x, keyOf, main, byKey);
        for (String k : byKey.keySet()) if (!made.contains(k)) {
            EntityBuilder b = byKey.get(k);
            entities.add(new Entity(k, b.type, b.pref, b.labels, b.mentions, b.facts));
        }
        entities.sort(java.util.Comparator.comparing(Entity::key));
        List<String> authors = new ArrayList<>();
        for (Mention a : x.meta().authors()) if (keyOf.containsKey(a)) authors.add(keyOf.get(a));
        String publisher = null;
        if (x.meta().publisherStart() >= 0) {
            for (Mention m : x.mentions())
                if (m.type() == EntityType.ORGANIZATION && m.start() >= x.meta().publisherStart()
                        && m.start() < x.meta().publisherStart() + x.meta().publisher().length()) { publisher = keyOf.get(m); break; }
        }
        List<ReportTitle> titles = documents.entrySet().stream().map(d -> new ReportTitle(d.getKey(), d.getValue())).toList();
        return new ResolvedDocument(x, entities, observations, statements, titles, authors.stream().distinct().toList(), publisher);
    }

    /** A meeting's key, and its facts: term, session, organizer and date. */
    private record MeetingKey(String key, EntityFacts facts) {}

    private MeetingKey meetingKey(Mention m, List<Mention> all, Map<Mention, String> keyOf, String main, List<String> divisionNames) {
        String key;
        EntityFacts facts = EntityFacts.NONE;
        // a meeting no recogniser gave facts (a named event) has none of them
        MentionFacts.Meeting f = m.meeting() != null ? m.meeting() : new MentionFacts.Meeting(null, null, null, null, null, null, null, null, null);
        String organizer = f.body() != null ? null : jurisdictions.organizerKey(m, all, keyOf, main);
        if (f.congress() != null && f.organizerLevel() != null) {
            // a local party congress (中国共产党某县第十三次代表大会, 县第十二次党代会) is its division's: the one written, else the article's at its level
            String division = f.division() != null ? f.division() : main == null ? "" : Objects.requireNonNullElse(jurisdictions.atLevel(main, f.organizerLevel().id()), main);
            key = Keys.of(EntityType.MEETING, "中国共产党", "congress", division, f.congress().toString());
        } else if (f.congress() != null) {
            key = Keys.of(EntityType.MEETING, "中国共产党", "congress", f.congress().toString());
        } else if (f.body() != null) {
            // a people's congress or CPPCC session: the body of the division, its term and session
            String division = f.division() != null ? f.division() : (main == null ? "" : main);
            key = Keys.of(EntityType.MEETING, f.body(), division, f.term().toString(), f.session().toString());
            facts = facts.withTermAndSession(f.term(), f.session());
        } else if (f.term() == null) {
            // a named event (经济运行情况新闻发布会, 签约仪式): its name within the article's division
            key = Keys.of(EntityType.MEETING, NameKeys.of(m, divisionNames), main == null ? "" : main);
        } else {
            key = Keys.of(EntityType.MEETING, organizer == null ? "" : organizer, f.term().toString(), f.session().toString());
            facts = facts.withTermAndSession(f.term(), f.session());
        }
        if (organizer != null) facts = facts.withOrganizer(organizer);
        if (f.date() != null) facts = facts.withDate(f.date());
        return new MeetingKey(key, facts);
    }

    private List<Observation> observations(Extraction x, Map<Mention, String> keyOf, String main, Map<String, EntityBuilder> byKey) {
        List<Observation> out = new ArrayList<>();
        int n = 0;
        for (Figure f : x.figures()) {
            String area = areaKey(x, f.area(), keyOf, main, byKey);
            if (area == null) continue;
            String compared = f.comparedTo() == null ? null : areaKey(x, f.comparedTo(), keyOf, main, byKey);
            out.add(new Observation(++n, f, area, compared));
        }
        return out;
    }

    /**
     * A figure's area; in an article that names no division of its own, an unresolved division node
     * ({@code division/x-…}) labelled as the text writes it (全县) or as the user named it: the figure is kept
     * without being given to a division the text does not mean.
     */
    private String areaKey(Extraction x, Figure.AreaRef ref, Map<Mention, String> keyOf, String main, Map<String, EntityBuilder> byKey) {
        String key = jurisdictions.areaKey(ref, keyOf, main);
        if (key != null || ref.mention() != null || main != null) return key;
        Extraction.UnnamedArea own = x.unnamedArea();
        // a figure nothing places is the article's own area when that is a county's (全县, 我区: the statistics
        // note of a county's site) or the user named it; 全市 said in passing does not make a city article
        boolean ownArea = own != null && (own.start() < 0 || DivisionLevel.COUNTY.id().equals(own.level()));
        String level = "main".equals(ref.level()) ? (ownArea ? own.level() : null) : ref.level();
        String label;
        int at;
        if (own != null && level != null && level.equals(own.level())) {
            label = own.label();
            at = own.start();
        } else if (ref.written() != null) {
            label = ref.written();
            at = x.document().text().indexOf(label);
        } else {
            return null;
        }
        key = "division/x-" + Keys.hash("unnamed|" + label);
        EntityBuilder b = byKey.get(key);
        if (b == null) {
            b = EntityBuilder.named(EntityType.DIVISION, label);
            if (at >= 0) b.mentions.add(Mention.of(EntityType.DIVISION, label, at, UNNAMED_CONFIDENCE));
            DivisionLevel l = level == null ? null : DivisionLevel.of(level);
            b.facts = b.facts.withDivision(null, l, null);
            byKey.put(key, b);
        }
        // 全区 and 我区 in one article are one area: the forms it is written in are its labels
        if (ref.written() != null && own != null && own.start() >= 0 && level != null && level.equals(own.level())) b.labels.add(ref.written());
        return key;
    }

    /** An area the text names only by a level word (全县): read, but not identified with any division. */
    private static final double UNNAMED_CONFIDENCE = 0.5;
}
