package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups a document's mentions into entities and gives each its key. Divisions are keyed by their
 * code; bodies by kind and jurisdiction (区委 in a 朝阳区 article is 中共长春市朝阳区委); meetings by
 * organizer, term and session; everything else by type, normalised name and the article's division,
 * so the same project in two articles about one district is one thing.
 */
public final class Resolver {
    private final Gazetteer gazetteer;

    public Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ResolvedDocument resolve(Extraction x) {
        String main = x.mainDivision();
        Map<String, Builder> byKey = new TreeMap<>();
        Map<Mention, String> keyOf = new HashMap<>();
        Map<Mention, Mention> inZone = new LinkedHashMap<>();
        List<String> divisionNames = divisionNames(x.mentions());
        Map<String, EntityType> typeOfName = typeByName(x.mentions(), divisionNames);

        for (Mention m : x.mentions()) {
            String key;
            String pref = m.name();
            Map<String, String> facts = new TreeMap<>();
            EntityType type = m.type();
            switch (type) {
                case DIVISION -> {
                    String code = m.attr("code");
                    if (code != null) {
                        Gazetteer.Division d = gazetteer.get(code);
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
                    String jurisdiction = jurisdictionOf(m, main);
                    pref = bodyName(m, jurisdiction);
                    if (m.attr("canonical") != null && jurisdiction != null) facts.put("jurisdiction", Keys.division(jurisdiction));
                    key = organizationKey(pref, jurisdiction);
                }
                case MEETING -> {
                    String organizer = m.attr("body") != null ? null : organizerKey(m, x.mentions(), keyOf, main);
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
                        key = Keys.of(EntityType.MEETING, nameKey(m, divisionNames), main == null ? "" : main);
                    } else {
                        key = Keys.of(EntityType.MEETING, organizer == null ? "" : organizer, m.attr("term"), m.attr("session"));
                        facts.put("term", m.attr("term"));
                        facts.put("session", m.attr("session"));
                    }
                    if (organizer != null) facts.put("organizer", organizer);
                    if (m.attr("date") != null) facts.put("date", m.attr("date"));
                }
                default -> {
                    String name = nameKey(m, divisionNames);
                    type = typeOfName.getOrDefault(name, type);
                    key = Keys.of(type, name, type == EntityType.PERSON ? "" : (main == null ? "" : main));
                    if (m.attr("role") != null) facts.put("role", m.attr("role"));
                    Mention zone = type == EntityType.PROJECT || type == EntityType.ENTERPRISE || type == EntityType.PLACE
                            ? zoneOf(m, x.mentions(), x.document().text(), divisionNames) : null;
                    if (zone != null) inZone.putIfAbsent(m, zone);
                    if (main != null && type != EntityType.PERSON && type != EntityType.INITIATIVE) facts.put("locatedIn", Keys.division(main));
                }
            }
            keyOf.put(m, key);
            Builder b = byKey.computeIfAbsent(key, k -> new Builder());
            b.type = b.type == null ? type : b.type;
            b.labels.add(m.surface());
            b.labels.add(pref);
            if (b.pref == null || pref.length() > b.pref.length()) b.pref = pref;
            b.mentions.add(m);
            for (var f : facts.entrySet()) b.facts.putIfAbsent(f.getKey(), f.getValue());
        }
        mergeShortForms(byKey, keyOf);
        // a park the text puts it in is a closer location than the district; the sentence is the evidence
        List<Statement> inferred = new ArrayList<>();
        String text = x.document().text();
        for (var e : inZone.entrySet()) {
            String zoneKey = keyOf.get(e.getValue()), own = keyOf.get(e.getKey());
            if (zoneKey == null || own == null || zoneKey.equals(own)) continue;
            byKey.get(own).facts.put("locatedIn", zoneKey);
            int from = e.getKey().start(), to = e.getKey().end();
            while (from > 0 && "。！？；\n".indexOf(text.charAt(from - 1)) < 0) from--;
            while (to < text.length() && "。！？；\n".indexOf(text.charAt(to)) < 0) to++;
            inferred.add(new Statement("locatedIn", own, zoneKey, null, null, from, to, 0.6));
        }
        SortedMap<String, String> documents = new TreeMap<>();
        List<Statement> statements = new ArrayList<>(inferred);
        statements.addAll(statements(x, keyOf, byKey, main, documents));
        List<Entity> entities = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Builder b = e.getValue();
            // an organizer only inferred from the article's district (十三届五次全会 alone) must be named in it to be linked
            if (b.type == EntityType.MEETING && b.facts.containsKey("organizer") && !byKey.containsKey(b.facts.get("organizer"))
                    && b.mentions.stream().noneMatch(m -> m.attr("organizerName") != null)) b.facts.remove("organizer");
            entities.add(new Entity(e.getKey(), b.type, b.pref, b.labels, b.mentions, b.facts));
        }
        List<Observation> observations = observations(x, keyOf, main, entities);
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

    /**
     * The relations of the text between resolved things. A report or decision is keyed by its title and the
     * meeting that heard it (工作报告 of one plenary is one document, whichever article names it); a location
     * the text states replaces the one assumed from the article's district.
     */
    private List<Statement> statements(Extraction x, Map<Mention, String> keyOf, Map<String, Builder> byKey, String main,
                                       SortedMap<String, String> documents) {
        List<Statement> out = new ArrayList<>();
        String mainMeeting = mainMeeting(byKey);
        String scope = mainMeeting != null ? mainMeeting : main == null ? "" : Keys.division(main);
        // what a meeting heard comes first, so that the report someone delivered is the document it heard
        List<Relation> relations = new ArrayList<>(x.relations());
        relations.sort(java.util.Comparator.comparingInt(r -> r.kind().equals("delivered") ? 1 : 0));
        Map<String, String> heardTitles = new LinkedHashMap<>();
        java.util.Set<String> invested = new java.util.HashSet<>();
        for (Relation r : relations) if (r.kind().equals("investor") && r.confidence() >= 0.8 && r.subject() != null) invested.add(keyOf.get(r.subject()));
        for (Relation r : relations) {
            String s = r.subject() == null ? null : keyFor(r.subject(), keyOf, byKey, main);
            String o = r.object() == null ? null : keyFor(r.object(), keyOf, byKey, main);
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
                    if (!isA(byKey, s, EntityType.PROJECT, EntityType.ZONE) || !isA(byKey, o, EntityType.ENTERPRISE, EntityType.ORGANIZATION)) continue;
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
                    if (r.kind().equals("locatedIn") && !isA(byKey, o, EntityType.ZONE, EntityType.DIVISION)) continue;
                    if (r.kind().equals("locatedIn")) byKey.get(s).facts.put("locatedIn", o);
                    out.add(new Statement(r.kind(), s, o, null, null, r.start(), r.end(), r.confidence()));
                }
            }
        }
        return out;
    }

    /** The key of a relation's thing; a body only implied by a title (区长 → 区政府) becomes a thing of its own. */
    private String keyFor(Mention m, Map<Mention, String> keyOf, Map<String, Builder> byKey, String main) {
        String key = keyOf.get(m);
        if (key != null || m.attr("implied") == null) return key;
        String jurisdiction = jurisdictionOf(m, main);
        String name = bodyName(m, jurisdiction);
        if (m.attr("canonical") != null && jurisdiction == null) return null;
        key = organizationKey(name, jurisdiction);
        Builder b = byKey.get(key);
        if (b == null) {
            b = new Builder();
            b.type = EntityType.ORGANIZATION;
            b.pref = name;
            b.labels.add(name);
            b.facts.put("implied", "true");
            if (jurisdiction != null) b.facts.put("jurisdiction", Keys.division(jurisdiction));
            byKey.put(key, b);
        }
        keyOf.put(m, key);
        return key;
    }

    /**
     * 锐驰储能电池项目 after 安徽锐驰新能源科技有限公司年产10GWh储能电池项目: a project (or park) named again in short,
     * its name a subsequence of the full one that keeps the full one's ending, is the same thing. Only when one
     * full name fits, and never for a short name of fewer than six characters (一期项目).
     */
    private static void mergeShortForms(Map<String, Builder> byKey, Map<Mention, String> keyOf) {
        for (EntityType type : List.of(EntityType.PROJECT, EntityType.ZONE)) mergeShortForms(byKey, keyOf, type);
    }

    private static void mergeShortForms(Map<String, Builder> byKey, Map<Mention, String> keyOf, EntityType type) {
        List<String> projects = byKey.entrySet().stream().filter(e -> e.getValue().type == type).map(Map.Entry::getKey).toList();
        Map<String, String> into = new TreeMap<>();
        for (String shortKey : projects) {
            String sn = Keys.normalize(byKey.get(shortKey).pref);
            if (sn.length() < 6) continue;
            String target = null;
            int fits = 0;
            for (String longKey : projects) {
                if (longKey.equals(shortKey) || !Keys.isShortForm(sn, byKey.get(longKey).pref)) continue;
                target = longKey;
                fits++;
            }
            if (fits == 1) into.put(shortKey, target);
        }
        for (var e : into.entrySet()) {
            String to = e.getValue();
            while (into.containsKey(to)) to = into.get(to);
            Builder from = byKey.remove(e.getKey()), b = byKey.get(to);
            if (from == null || b == null) continue;
            b.labels.addAll(from.labels);
            b.mentions.addAll(from.mentions);
            for (var f : from.facts.entrySet()) b.facts.putIfAbsent(f.getKey(), f.getValue());
            for (var k : keyOf.entrySet()) if (k.getValue().equals(e.getKey())) k.setValue(to);
        }
    }

    private static boolean isA(Map<String, Builder> byKey, String key, EntityType... types) {
        Builder b = byKey.get(key);
        return b != null && java.util.Arrays.asList(types).contains(b.type);
    }

    /** The meeting an article reports on: the one it dates, else its most named plenary session. */
    private static String mainMeeting(Map<String, Builder> byKey) {
        String best = null;
        int bestScore = 0;
        for (var e : byKey.entrySet()) {
            Builder b = e.getValue();
            if (b.type != EntityType.MEETING) continue;
            int score = (b.facts.containsKey("date") ? 100 : 0) + (b.facts.containsKey("session") ? 10 : 0) + b.mentions.size();
            if (b.facts.containsKey("date") || b.facts.containsKey("session")) {
                if (score > bestScore) { best = e.getKey(); bestScore = score; }
            }
        }
        return best;
    }

    private static String documentKey(String title, String scope) {
        return "document/" + Keys.hash("document|" + Keys.normalize(title) + "|" + scope);
    }

    private List<Observation> observations(Extraction x, Map<Mention, String> keyOf, String main, List<Entity> entities) {
        List<Observation> out = new ArrayList<>();
        int n = 0;
        for (Figure f : x.figures()) {
            String area = areaKey(f.area(), keyOf, main);
            if (area == null) continue;
            String compared = f.comparedTo() == null ? null : areaKey(f.comparedTo(), keyOf, main);
            out.add(new Observation(++n, f, area, compared));
        }
        return out;
    }

    private String areaKey(Figure.AreaRef ref, Map<Mention, String> keyOf, String main) {
        if (ref.mention() != null) return keyOf.get(ref.mention());
        if (main == null) return null;
        String code = "main".equals(ref.level()) ? main : atLevel(main, ref.level());
        return code == null ? null : Keys.division(code);
    }

    private String jurisdictionOf(Mention m, String main) {
        if (m.attr("divisionCode") != null) return m.attr("divisionCode");
        if (m.attr("levelRef") != null && main != null) return atLevel(main, m.attr("levelRef"));
        return null;
    }

    /** The article's division at a level: 全市 in a district article is the district's city (or the district, if it is a 市). */
    String atLevel(String main, String level) {
        List<Gazetteer.Division> chain = gazetteer.chain(main);
        if (chain.isEmpty()) return null;
        if (level.equals("prefecture") && chain.get(0).level().equals("county") && chain.get(0).name().endsWith("市")) return main;
        for (Gazetteer.Division d : chain) if (d.level().equals(level)) return d.code();
        // a municipality's districts sit right under the province-level city: 全市 is the municipality
        if (level.equals("prefecture")) for (Gazetteer.Division d : chain) if (d.level().equals("province") && d.name().endsWith("市")) return d.code();
        return null;
    }

    private String organizerKey(Mention meeting, List<Mention> all, Map<Mention, String> keyOf, String main) {
        String start = meeting.attr("organizerStart");
        if (start != null) {
            for (Mention o : all) if (o.type() == EntityType.ORGANIZATION && Integer.toString(o.start()).equals(start)) {
                return keyOf.computeIfAbsent(o, k -> {
                    String j = jurisdictionOf(o, main);
                    return organizationKey(bodyName(o, j), j);
                });
            }
        }
        if (meeting.attr("organizerName") != null) return Keys.of(EntityType.ORGANIZATION, meeting.attr("organizerName"), "");
        if ("county".equals(meeting.attr("organizerLevel")) && main != null) {
            return organizationKey("中共" + gazetteer.qualifiedName(main) + "委", main);
        }
        return null;
    }

    /** A body's full name: its canonical form filled in for its division (区委 → 中共长春市朝阳区委), else as written. */
    private String bodyName(Mention m, String jurisdiction) {
        String canonical = m.attr("canonical");
        if (canonical != null && jurisdiction != null)
            return canonical.replace("{div}", gazetteer.qualifiedName(jurisdiction)).replace("{name}", gazetteer.get(jurisdiction).name());
        if (canonical != null && !canonical.contains("{")) return canonical;
        return m.name();
    }

    private static String organizationKey(String name, String jurisdiction) {
        return Keys.of(EntityType.ORGANIZATION, Keys.normalize(name), jurisdiction == null ? "" : jurisdiction);
    }

    /**
     * The park a project, company or place stands in: a park named earlier in the same sentence
     * (东林湖智造产业园加快扩容，…栖云新能源电驱系统项目主体结顶), or the article's main park when the sentence says
     * 园区 (…项目在园区开工).
     */
    private Mention zoneOf(Mention m, List<Mention> all, String text, List<String> divisionNames) {
        int sStart = m.start();
        while (sStart > 0 && "。！？；\n".indexOf(text.charAt(sStart - 1)) < 0) sStart--;
        int sEnd = m.end();
        while (sEnd < text.length() && "。！？；\n".indexOf(text.charAt(sEnd)) < 0) sEnd++;
        Mention zone = null;
        for (Mention z : all) if (z.type() == EntityType.ZONE && z.end() <= m.start() && z.start() >= sStart && !insideAnother(z, all)) zone = z;
        if (zone == null && text.substring(sStart, sEnd).contains("园区")) {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention z : all) if (z.type() == EntityType.ZONE) counts.merge(nameKey(z, divisionNames), 1, Integer::sum);
            for (Mention z : all) if (z.type() == EntityType.ZONE && (zone == null || counts.get(nameKey(z, divisionNames)) > counts.get(nameKey(zone, divisionNames)))) zone = z;
        }
        return zone;
    }

    /** 临湖智能制造产业园 in 临湖智能制造产业园一期项目 is part of a name, not a park the sentence speaks of. */
    private static boolean insideAnother(Mention z, List<Mention> all) {
        for (Mention o : all) if (o != z && o.type() != EntityType.ZONE && o.start() <= z.start() && z.end() <= o.end() && o.end() - o.start() > z.end() - z.start()) return true;
        return false;
    }

    /** One type per name in a document: the first recogniser's reading wins over later ones. */
    private static Map<String, EntityType> typeByName(List<Mention> mentions, List<String> divisionNames) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            switch (m.type()) {
                // the text calling it a project (…项目, 等项目) outweighs its head (吉高检测基地项目 is a project)
                case PROJECT -> out.put(nameKey(m, divisionNames), m.type());
                case ZONE, PLACE, ENTERPRISE, INITIATIVE -> out.putIfAbsent(nameKey(m, divisionNames), m.type());
                default -> { }
            }
        }
        return out;
    }

    /**
     * The name that identifies a thing within its division: without 项目 or 行动 at the end and without
     * the division's own name in front (长春第三代半导体产业园 = 第三代半导体产业园 in a 长春 article).
     */
    static String nameKey(Mention m, List<String> divisionNames) {
        String n = Keys.normalize(m.name());
        if (m.type() == EntityType.PERSON) return n;
        // 曲靖市麒麟区新能源电池产业园: every division name in front goes
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String d : divisionNames) {
                if (n.startsWith(d) && n.length() - d.length() >= 3) { n = n.substring(d.length()); stripped = true; break; }
            }
        }
        for (String tail : new String[]{"项目", "行动"}) {
            if (n.endsWith(tail) && n.length() - tail.length() >= 3) n = n.substring(0, n.length() - tail.length());
        }
        return n;
    }

    /** The names this document uses for divisions, longest first. */
    private static List<String> divisionNames(List<Mention> mentions) {
        TreeSet<String> names = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (Mention m : mentions) {
            if (m.type() != EntityType.DIVISION) continue;
            names.add(m.surface());
            names.add(m.name());
        }
        return new ArrayList<>(names);
    }

    private static final class Builder {
        EntityType type;
        String pref;
        final TreeSet<String> labels = new TreeSet<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, String> facts = new TreeMap<>();
    }
}
