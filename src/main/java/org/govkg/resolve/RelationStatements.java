package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations of a document's text as statements between its resolved things.
 *
 * <p>Contract: a report or decision is keyed by its title and the meeting that heard it (the same 工作报告 of one
 * plenary is one document, whichever article names it); heard and adopted need a meeting (the subject, else the
 * article's main meeting: the dated one, else the most named session); a delivered report is the heard one whose
 * title ends with its title, else a new document the main meeting heard (confidence 0.1 lower). An investor,
 * operator or contractor joins a project or park to an enterprise or body, and a weaker one (below 0.8) is
 * dropped when the project has a stated investor; a stage needs a project, a post a person; a stated location
 * (to a park or division) replaces the one assumed from the article's division. A body only implied by a title
 * (区长 → 区政府) becomes a thing of its own, keyed like any body. Documents found are added to
 * {@code documents} (key → title).
 */
final class RelationStatements {
    private final Jurisdictions jurisdictions;
    private final Map<Mention, String> keyOf;
    private final Map<String, EntityBuilder> byKey;
    private final String main;

    RelationStatements(Jurisdictions jurisdictions, Map<Mention, String> keyOf, Map<String, EntityBuilder> byKey, String main) {
        this.jurisdictions = jurisdictions;
        this.keyOf = keyOf;
        this.byKey = byKey;
        this.main = main;
    }

    List<Statement> of(List<Relation> stated, Map<String, String> documents) {
        List<Statement> out = new ArrayList<>();
        String mainMeeting = mainMeeting(byKey);
        String scope = mainMeeting != null ? mainMeeting : main == null ? "" : Keys.division(main);
        // what a meeting heard comes first, so that the report someone delivered is the document it heard
        List<Relation> relations = new ArrayList<>(stated);
        relations.sort(Comparator.comparingInt(r -> r.kind().equals("delivered") ? 1 : 0));
        Map<String, String> heardTitles = new LinkedHashMap<>();
        Set<String> invested = new HashSet<>();
        for (Relation r : relations) if (r.kind().equals("investor") && r.confidence() >= 0.8 && r.subject() != null) invested.add(keyOf.get(r.subject()));
        for (Relation r : relations) {
            String s = r.subject() == null ? null : keyFor(r.subject());
            String o = r.object() == null ? null : keyFor(r.object());
            switch (r.kind()) {
                case "heard", "adopted" -> {
                    String meeting = s != null ? s : mainMeeting;
                    if (meeting == null || byKey.get(meeting).type != EntityType.MEETING) continue;
                    String doc = documentKey(r.value(), meeting);
                    documents.putIfAbsent(doc, r.value());
                    if (r.kind().equals("heard") && meeting.equals(mainMeeting)) heardTitles.put(r.value(), doc);
                    out.add(new Statement(r.kind(), meeting, doc, null, null, r.start(), r.end(), r.confidence()));
                }
                case "delivered" -> {
                    // 作报告 after 听取和讨论区委常委会工作报告: the same report
                    String doc = null;
                    for (var h : heardTitles.entrySet()) if (h.getKey().endsWith(r.value())) doc = h.getValue();
                    if (doc == null) {
                        doc = documentKey(r.value(), scope);
                        documents.putIfAbsent(doc, r.value());
                        // a report given at the plenary the article reports on is one the plenary heard
                        if (mainMeeting != null) {
                            out.add(new Statement("heard", mainMeeting, doc, null, null, r.start(), r.end(), r.confidence() - 0.1));
                            heardTitles.put(r.value(), doc);
                        }
                    }
                    if (s != null) out.add(new Statement("deliveredBy", doc, s, null, null, r.start(), r.end(), r.confidence()));
                    if (o != null) out.add(new Statement("onBehalfOf", doc, o, null, null, r.start(), r.end(), r.confidence()));
                }
                case "investor", "operator", "contractor" -> {
                    // a project named after a company is its investment unless the text names another investor
                    if (s == null || o == null || s.equals(o) || (r.confidence() < 0.8 && invested.contains(s))) continue;
                    if (!EntityBuilder.isA(byKey, s, EntityType.PROJECT, EntityType.ZONE) || !EntityBuilder.isA(byKey, o, EntityType.ENTERPRISE, EntityType.ORGANIZATION)) continue;
                    out.add(new Statement(r.kind(), s, o, null, null, r.start(), r.end(), r.confidence()));
                }
                case "stage" -> {
                    if (s == null || byKey.get(s).type != EntityType.PROJECT) continue;
                    out.add(new Statement("stage", s, null, r.value(), r.date(), r.start(), r.end(), r.confidence()));
                }
                case "post" -> {
                    if (s == null || o == null || byKey.get(s).type != EntityType.PERSON) continue;
                    out.add(new Statement("post", s, o, r.value(), null, r.start(), r.end(), r.confidence()));
                }
                default -> {
                    if (s == null || o == null || s.equals(o)) continue;
                    if (r.kind().equals("locatedIn") && !EntityBuilder.isA(byKey, o, EntityType.ZONE, EntityType.DIVISION)) continue;
                    if (r.kind().equals("locatedIn")) byKey.get(s).facts = byKey.get(s).facts.withLocatedIn(o);
                    out.add(new Statement(r.kind(), s, o, null, null, r.start(), r.end(), r.confidence()));
                }
            }
        }
        return out;
    }

    /** The key of a relation's thing; a body only implied by a title (区长 → 区政府) becomes a thing of its own. */
    private String keyFor(Mention m) {
        String key = keyOf.get(m);
        if (key != null || m.body() == null || !m.body().implied()) return key;
        String jurisdiction = jurisdictions.jurisdictionOf(m, main);
        String name = jurisdictions.bodyName(m, jurisdiction);
        if (m.body().canonical() != null && jurisdiction == null) return null;
        key = Jurisdictions.organizationKey(name, jurisdiction);
        EntityBuilder b = byKey.get(key);
        if (b == null) {
            b = EntityBuilder.named(EntityType.ORGANIZATION, name);
            b.facts = EntityFacts.NONE.withImplied(true).withJurisdiction(jurisdiction == null ? null : Keys.division(jurisdiction));
            byKey.put(key, b);
        }
        keyOf.put(m, key);
        return key;
    }

    /** The meeting an article reports on: the one it dates, else its most named plenary session. */
    static String mainMeeting(Map<String, EntityBuilder> byKey) {
        String best = null;
        int bestScore = 0;
        for (var e : byKey.entrySet()) {
            EntityBuilder b = e.getValue();
            if (b.type != EntityType.MEETING) continue;
            boolean dated = b.facts.date() != null, session = b.facts.session() != null;
            int score = (dated ? 100 : 0) + (session ? 10 : 0) + b.mentions.size();
            if (dated || session) {
                if (score > bestScore) { best = e.getKey(); bestScore = score; }
            }
        }
        return best;
    }

    static String documentKey(String title, String scope) {
        return "document/" + Keys.hash("document|" + Keys.normalize(title) + "|" + scope);
    }
}
