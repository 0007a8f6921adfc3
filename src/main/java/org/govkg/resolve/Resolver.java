package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.Mention;
import org.govkg.ingest.TextLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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
            Map<String, String> facts = new TreeMap<>();
            EntityType type = m.type();
            switch (type) {
                case DIVISION -> {
                    String code = m.attr("code");
                    if (code != null) {
                        Gazetteer.Division d = jurisdictions.gazetteer().get(code);
                        key = Keys.division(code);
                        pref = d.name();
                        facts.put("code", code);
                        facts.put("level", d.level());
                        if (!d.parent().isEmpty()) facts.put("partOf", Keys.division(d.parent()));
                    } else {
                        key = "division/x-" + Keys.hash(m.name() + "|" + m.attr("candidates"));
                        facts.put("candidates", m.attr("candidates"));
                    }
                }
                case ORGANIZATION -> {
                    String jurisdiction = jurisdictions.jurisdictionOf(m, main);
                    pref = jurisdictions.bodyName(m, jurisdiction);
                    if (m.attr("canonical") != null && jurisdiction != null) facts.put("jurisdiction", Keys.division(jurisdiction));
                    key = Jurisdictions.organizationKey(pref, jurisdiction);
                }
                case MEETING -> key = meetingKey(m, x.mentions(), keyOf, main, divisionNames, facts);
                default -> {
                    String name = NameKeys.of(m, divisionNames);
                    type = typeOfName.getOrDefault(name, type);
                    key = Keys.of(type, name, type == EntityType.PERSON ? "" : (main == null ? "" : main));
                    if (m.attr("role") != null) facts.put("role", m.attr("role"));
                    Mention zone = type == EntityType.PROJECT || type == EntityType.ENTERPRISE || type == EntityType.PLACE
                            ? zones.zoneOf(m) : null;
                    if (zone != null) inZone.putIfAbsent(m, zone);
                    if (main != null && type != EntityType.PERSON && type != EntityType.INITIATIVE) facts.put("locatedIn", Keys.division(main));
                }
            }
            keyOf.put(m, key);
            EntityBuilder b = byKey.computeIfAbsent(key, k -> new EntityBuilder());
            b.type = b.type == null ? type : b.type;
            b.labels.add(m.surface());
            b.labels.add(pref);
            if (b.pref == null || pref.length() > b.pref.length()) b.pref = pref;
            b.mentions.add(m);
            for (var f : facts.entrySet()) b.facts.putIfAbsent(f.getKey(), f.getValue());
        }
        ShortForms.merge(byKey, keyOf);
        // a park the text puts it in is a closer location than the district; the sentence is the evidence
        List<Statement> inferred = new ArrayList<>();
        for (var e : inZone.entrySet()) {
            String zoneKey = keyOf.get(e.getValue()), own = keyOf.get(e.getKey());
            if (zoneKey == null || own == null || zoneKey.equals(own)) continue;
            byKey.get(own).facts.put("locatedIn", zoneKey);
            int[] sentence = zones.evidence(e.getKey());
            inferred.add(new Statement("locatedIn", own, zoneKey, null, null, sentence[0], sentence[1], 0.6));
        }
        SortedMap<String, String> documents = new TreeMap<>();
        List<Statement> statements = new ArrayList<>(inferred);
        statements.addAll(new RelationStatements(jurisdictions, keyOf, byKey, main).of(x.relations(), documents));
        List<Entity> entities = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            EntityBuilder b = e.getValue();
            // an organizer only inferred from the article's district (十三届五次全会 alone) must be named in it to be linked
            if (b.type == EntityType.MEETING && b.facts.containsKey("organizer") && !byKey.containsKey(b.facts.get("organizer"))
                    && b.mentions.stream().noneMatch(m -> m.attr("organizerName") != null)) b.facts.remove("organizer");
            entities.add(new Entity(e.getKey(), b.type, b.pref, b.labels, b.mentions, b.facts));
        }
        List<Observation> observations = observations(x, keyOf, main);
        List<String> authors = new ArrayList<>();
        for (Mention a : x.meta().authors()) if (keyOf.containsKey(a)) authors.add(keyOf.get(a));
        String publisher = null;
        if (x.meta().publisherStart() >= 0) {
            for (Mention m : x.mentions())
                if (m.type() == EntityType.ORGANIZATION && m.start() >= x.meta().publisherStart()
                        && m.start() < x.meta().publisherStart() + x.meta().publisher().length()) { publisher = keyOf.get(m); break; }
        }
        return new ResolvedDocument(x, entities, observations, statements, documents, authors.stream().distinct().toList(), publisher);
    }

    /** A meeting's key, its term, session, organizer and date added to {@code facts}. */
    private String meetingKey(Mention m, List<Mention> all, Map<Mention, String> keyOf, String main, List<String> divisionNames,
                              Map<String, String> facts) {
        String key;
        String organizer = m.attr("body") != null ? null : jurisdictions.organizerKey(m, all, keyOf, main);
        if (m.attr("congress") != null) {
            key = Keys.of(EntityType.MEETING, "中国共产党", "congress", m.attr("congress"));
        } else if (m.attr("body") != null) {
            // a people's congress or CPPCC session: the body of the division, its term and session
            String division = m.attr("division") != null ? m.attr("division") : (main == null ? "" : main);
            key = Keys.of(EntityType.MEETING, m.attr("body"), division, m.attr("term"), m.attr("session"));
            facts.put("term", m.attr("term"));
            facts.put("session", m.attr("session"));
        } else if (m.attr("term") == null) {
            // a named event (经济运行情况新闻发布会, 签约仪式): its name within the article's division
            key = Keys.of(EntityType.MEETING, NameKeys.of(m, divisionNames), main == null ? "" : main);
        } else {
            key = Keys.of(EntityType.MEETING, organizer == null ? "" : organizer, m.attr("term"), m.attr("session"));
            facts.put("term", m.attr("term"));
            facts.put("session", m.attr("session"));
        }
        if (organizer != null) facts.put("organizer", organizer);
        if (m.attr("date") != null) facts.put("date", m.attr("date"));
        return key;
    }

    private List<Observation> observations(Extraction x, Map<Mention, String> keyOf, String main) {
        List<Observation> out = new ArrayList<>();
        int n = 0;
        for (Figure f : x.figures()) {
            String area = jurisdictions.areaKey(f.area(), keyOf, main);
            if (area == null) continue;
            String compared = f.comparedTo() == null ? null : jurisdictions.areaKey(f.comparedTo(), keyOf, main);
            out.add(new Observation(++n, f, area, compared));
        }
        return out;
    }
}
