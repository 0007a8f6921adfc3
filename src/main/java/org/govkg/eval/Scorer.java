package org.govkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.govkg.ingest.TextLayout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares each document's named graph with its gold file, by the rules of gold/SCHEMA.md: entities
 * by type and any label, one node per gold entity; observations by value (0.1%), area label and a
 * similar indicator label, matched in gold order; precision over everything in the graph, recall
 * over the required gold items. It reads the graph with the same SPARQL as the reference scorer.
 */
public final class Scorer {
    static final String GK = "https://w3id.org/govkg/ontology#";
    static final List<String> TYPES = List.of("AdministrativeDivision", "Meeting", "Organization", "Enterprise", "Project",
            "IndustrialZone", "Place", "Person", "Initiative");
    private static final Pattern STRIP = Pattern.compile("[\\s\"'“”‘’「」『』《》〈〉·•・()（）\\[\\]【】]");

    private final DatasetGraph dsg;
    private final String base;

    public Scorer(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    static String norm(String s) {
        return s == null ? "" : STRIP.matcher(s).replaceAll("");
    }

    /** Figures of one document, or of a whole run (summed). */
    public static final class Counts {
        public int entTp, entReq, entSys, entSysOk, obsSys, obsTpAny, obsTpReq, obsReq, periodOk, periodN, chgOk, chgN;
        /** Gold divisions with a code, and how many of them the graph gives that code (the node matched to them). */
        public int codeN, codeOk;
        /** System figures that match an unmatched gold figure but for a factor of 10⁴ or 10⁸ (a 万/亿 slip). */
        public int scaleErrors;
        public final Map<String, int[]> perType = new LinkedHashMap<>();
        public final List<String> notes = new ArrayList<>();
        /** Every scored entity and observation with its confidence and whether it is right (matched to gold). */
        public final List<Scored> entScored = new ArrayList<>(), obsScored = new ArrayList<>();

        Counts() {
            for (String t : TYPES) perType.put(t, new int[3]);
        }

        void add(Counts o) {
            entTp += o.entTp; entReq += o.entReq; entSys += o.entSys; entSysOk += o.entSysOk;
            obsSys += o.obsSys; obsTpAny += o.obsTpAny; obsTpReq += o.obsTpReq; obsReq += o.obsReq;
            periodOk += o.periodOk; periodN += o.periodN; chgOk += o.chgOk; chgN += o.chgN;
            codeOk += o.codeOk; codeN += o.codeN;
            scaleErrors += o.scaleErrors;
            for (var e : o.perType.entrySet()) for (int i = 0; i < 3; i++) perType.get(e.getKey())[i] += e.getValue()[i];
            entScored.addAll(o.entScored);
            obsScored.addAll(o.obsScored);
        }

        /** Entities and observations whose confidence is at least {@code threshold}, and how many of them are right. */
        public Band atLeast(double threshold) {
            return new Band(threshold, Band.count(entScored, threshold, false), Band.count(entScored, threshold, true),
                    Band.count(obsScored, threshold, false), Band.count(obsScored, threshold, true));
        }

        /** The distinct confidences of the scored items, highest first. */
        public List<Double> confidences() {
            TreeSet<Double> s = new TreeSet<>(java.util.Comparator.reverseOrder());
            for (Scored x : entScored) s.add(x.confidence());
            for (Scored x : obsScored) s.add(x.confidence());
            return List.copyOf(s);
        }

        /** Items whose confidence is exactly {@code c}. */
        public Band exactly(double c) {
            List<Scored> e = entScored.stream().filter(x -> x.confidence() == c).toList(), o = obsScored.stream().filter(x -> x.confidence() == c).toList();
            return new Band(c, e.size(), (int) e.stream().filter(Scored::correct).count(), o.size(), (int) o.stream().filter(Scored::correct).count());
        }

        public double entityP() { return entSys == 0 ? 0 : (double) entSysOk / entSys; }
        public double entityR() { return entReq == 0 ? 0 : (double) entTp / entReq; }
        public double obsP() { return obsSys == 0 ? 0 : (double) obsTpAny / obsSys; }
        public double obsR() { return obsReq == 0 ? 0 : (double) obsTpReq / obsReq; }
        public double entityF1() { return f1(entityP(), entityR()); }
        public double obsF1() { return f1(obsP(), obsR()); }
        public double periodAcc() { return periodN == 0 ? 0 : (double) periodOk / periodN; }
        public double changeAcc() { return chgN == 0 ? 0 : (double) chgOk / chgN; }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /**
         * One genre's line: {@code genre ec: 6 documents, entityF1=… obsF1=… (entities a/b found, c/d correct;
         * observations e/f found, g/h correct)}. Its figures are {@code name=value} pairs, as in the last line,
         * and it never holds {@code ": entities "}, which marks a document's line.
         */
        public String genreLine(String genre, int documents) {
            return String.format(java.util.Locale.ROOT, "genre %s: %d documents, entityF1=%.3f obsF1=%.3f (entities %d/%d found, %d/%d correct; observations %d/%d found, %d/%d correct)",
                    genre, documents, entityF1(), obsF1(), entTp, entReq, entSysOk, entSys, obsTpReq, obsReq, obsTpAny, obsSys);
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "entityF1=%.3f obsF1=%.3f entityP=%.3f entityR=%.3f obsP=%.3f obsR=%.3f periodAcc=%.3f changeAcc=%.3f",
                    entityF1(), obsF1(), entityP(), entityR(), obsP(), obsR(), periodAcc(), changeAcc());
        }
    }

    /** One scored item of the graph: its gk:confidence (an entity: the best of its mentions'; none: 0) and whether it matched gold. */
    public record Scored(double confidence, boolean correct) {}

    /** The items at a threshold: how many entities and observations, how many of them right. */
    public record Band(double threshold, int entN, int entOk, int obsN, int obsOk) {
        public double entityP() { return entN == 0 ? 0 : (double) entOk / entN; }
        public double obsP() { return obsN == 0 ? 0 : (double) obsOk / obsN; }

        static int count(List<Scored> items, double threshold, boolean onlyCorrect) {
            int n = 0;
            for (Scored s : items) if (s.confidence() >= threshold && (!onlyCorrect || s.correct())) n++;
            return n;
        }

        public String describe() {
            return String.format(java.util.Locale.ROOT, "entityP=%s (%d/%d)  obsP=%s (%d/%d)",
                    entN == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f", entityP()), entOk, entN,
                    obsN == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f", obsP()), obsOk, obsN);
        }
    }

    public static Counts total(List<Counts> docs) {
        Counts t = new Counts();
        for (Counts c : docs) t.add(c);
        return t;
    }

    private static final Pattern GENRE = Pattern.compile("([A-Za-z]+)\\d.*");

    /** A document's genre: the letters its id starts with when a digit follows them ({@code ec03} → {@code ec}), else null. */
    public static String genreOf(String docId) {
        var m = GENRE.matcher(docId);
        return m.matches() ? m.group(1) : null;
    }

    /** Summed counts of one genre, and how many documents they came from. */
    public record Genre(String name, int documents, Counts counts) {
        public String line() { return counts.genreLine(name, documents); }
    }

    /**
     * The documents' counts by genre, sorted by name. A genre is an id prefix ({@link #genreOf}) that at least
     * two documents share; the split is given only when the documents fall into two or more genres, else the
     * list is empty (one genre's line would only repeat the total). Documents outside every genre count in the
     * total alone.
     */
    public static List<Genre> byGenre(Map<String, Counts> docs) {
        Map<String, List<Counts>> by = new TreeMap<>();
        for (var e : docs.entrySet()) {
            String g = genreOf(e.getKey());
            if (g != null) by.computeIfAbsent(g, k -> new ArrayList<>()).add(e.getValue());
        }
        List<Genre> out = new ArrayList<>();
        for (var e : by.entrySet()) if (e.getValue().size() >= 2) out.add(new Genre(e.getKey(), e.getValue().size(), total(e.getValue())));
        return out.size() >= 2 ? out : List.of();
    }

    public static JsonNode readGold(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    public Counts score(String docId, JsonNode gold, boolean verbose) {
        String graph = base + "graph/" + org.govkg.rdf.Iris.escape(docId);
        String text = Txn.calculateRead(dsg, () -> articleText(graph));
        TextLayout layout = text == null ? null : TextLayout.of(text);
        Map<String, Ent> ents = Txn.calculateRead(dsg, () -> entities(graph, layout));
        Map<String, Obs> obs = Txn.calculateRead(dsg, () -> observations(graph));
        return compare(gold, ents, obs, layout, verbose);
    }

    /** A scored node: its gk: types and normalised labels, its best mention's confidence, the sentence of its first mention. */
    static final class Ent {
        private final Set<String> types = new TreeSet<>(), labels = new TreeSet<>();
        Double confidence;
        String sentence;
        final Set<String> codes = new TreeSet<>();

        Ent() {}

        Ent(Set<String> types, Set<String> labels, Double confidence) {
            this.types.addAll(types);
            this.labels.addAll(labels);
            this.confidence = confidence;
        }

        Set<String> types() { return types; }
        Set<String> labels() { return labels; }
    }

    static final class Obs {
        Double value, confidence;
        final Set<String> areas = new TreeSet<>(), inds = new TreeSet<>();
        String ps, pe, evidence;
        Double chg, pts;
    }

    private List<QuerySolution> select(String q) {
        Query query = QueryFactory.create(q);
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) out.add(rs.next());
        }
        return out;
    }

    private Map<String, Ent> entities(String graph, TextLayout text) {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT DISTINCT ?e ?super ?l WHERE { GRAPH <" + graph + "> { ?e a ?t . } ?e rdfs:label ?l . "
                + "?t rdfs:subClassOf* ?super . FILTER(STRSTARTS(STR(?super), \"" + GK + "\")) }";
        Map<String, Ent> out = new TreeMap<>();
        for (QuerySolution s : select(q)) {
            String t = s.getResource("super").getURI().substring(GK.length());
            if (!TYPES.contains(t)) continue;
            Ent e = out.computeIfAbsent(s.get("e").toString(), k -> new Ent());
            e.types().add(t);
            e.labels().add(norm(lex(s.get("l"))));
        }
        // confidence and first mention, asked apart so that the query above stays the reference scorer's
        String mq = "SELECT ?e ?c ?b WHERE { GRAPH <" + graph + "> { ?m a <" + GK + "Mention> ; <" + GK + "refersTo> ?e . OPTIONAL { ?m <" + GK + "confidence> ?c }"
                + " OPTIONAL { ?m <" + NIF + "beginIndex> ?b } } }";
        Map<String, Integer> first = new HashMap<>();
        for (QuerySolution s : select(mq)) {
            Ent e = out.get(s.get("e").toString());
            if (e == null) continue;
            Double c = s.contains("c") ? num(s.get("c")) : null;
            if (c != null && (e.confidence == null || c > e.confidence)) e.confidence = c;
            if (s.contains("b")) {
                Double b = num(s.get("b"));
                if (b != null) first.merge(s.get("e").toString(), b.intValue(), Math::min);
            }
        }
        for (var f : first.entrySet()) if (text != null) out.get(f.getKey()).sentence = sentenceAt(text, codePointIndex(text.text(), f.getValue()));
        String cq = "SELECT ?e ?code WHERE { GRAPH <" + graph + "> { ?e <" + GK + "divisionCode>|<" + GK + "statisticalCode> ?code } }";
        for (QuerySolution s : select(cq)) {
            Ent e = out.get(s.get("e").toString());
            if (e != null) e.codes.add(lex(s.get("code")));
        }
        return out;
    }

    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /** The normalised text of the document's article (nif:isString), or null. */
    private String articleText(String graph) {
        for (QuerySolution s : select("SELECT ?t WHERE { GRAPH <" + graph + "> { ?a <" + NIF + "isString> ?t } } LIMIT 1")) return lex(s.get("t"));
        return null;
    }

    private static int codePointIndex(String text, int cp) {
        try {
            return text.offsetByCodePoints(0, cp);
        } catch (IndexOutOfBoundsException e) {
            return Math.min(cp, text.length());
        }
    }

    /** The sentence ({@link TextLayout}'s, stripped) around {@code at}. */
    static String sentenceAt(String text, int at) {
        return text == null ? null : sentenceAt(TextLayout.of(text), at);
    }

    static String sentenceAt(TextLayout layout, int at) {
        if (layout == null || at < 0 || at > layout.length()) return null;
        return layout.sentenceAt(at).strip();
    }

    /** The sentence where one of {@code forms} first appears in the text, or null. */
    static String firstSentenceOf(String text, List<String> forms) {
        return text == null ? null : firstSentenceOf(TextLayout.of(text), forms);
    }

    static String firstSentenceOf(TextLayout layout, List<String> forms) {
        if (layout == null) return null;
        int best = -1;
        for (String f : forms) {
            if (f.isEmpty()) continue;
            int i = layout.text().indexOf(f);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best < 0 ? null : sentenceAt(layout, best);
    }

    private Map<String, Obs> observations(String graph) {
        String q = "PREFIX gk: <" + GK + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?o ?value ?areaL ?indL ?ps ?pe ?chg ?pts WHERE { GRAPH <" + graph + "> { ?o a gk:Observation ; gk:value ?value . }\n"
                + " OPTIONAL { ?o gk:refArea ?area . ?area rdfs:label ?areaL }\n"
                + " OPTIONAL { ?o gk:indicator ?ind . ?ind skos:prefLabel|skos:altLabel|rdfs:label ?indL }\n"
                + " OPTIONAL { ?o gk:periodStart ?ps } OPTIONAL { ?o gk:periodEnd ?pe }\n"
                + " OPTIONAL { ?o gk:changeRate ?chg } OPTIONAL { ?o gk:changePoints ?pts } }";
        Map<String, Obs> out = new LinkedHashMap<>();
        for (QuerySolution s : select(q)) {
            Obs o = out.computeIfAbsent(s.get("o").toString(), k -> new Obs());
            o.value = num(s.get("value"));
            if (s.contains("areaL")) o.areas.add(norm(lex(s.get("areaL"))));
            if (s.contains("indL")) o.inds.add(norm(lex(s.get("indL"))));
            if (s.contains("ps")) o.ps = lex(s.get("ps"));
            if (s.contains("pe")) o.pe = lex(s.get("pe"));
            if (s.contains("chg")) o.chg = num(s.get("chg"));
            if (s.contains("pts")) o.pts = num(s.get("pts"));
        }
        for (QuerySolution s : select("SELECT ?o ?c WHERE { GRAPH <" + graph + "> { ?o <" + GK + "confidence> ?c ; a <" + GK + "Observation> } }")) {
            Obs o = out.get(s.get("o").toString());
            if (o != null) o.confidence = num(s.get("c"));
        }
        // the sentences, asked apart so that the query above stays the reference scorer's (its row order decides ties)
        String ev = "SELECT ?o ?ev WHERE { GRAPH <" + graph + "> { ?o <" + GK + "evidence>/<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?ev } }";
        for (QuerySolution s : select(ev)) {
            Obs o = out.get(s.get("o").toString());
            if (o != null) o.evidence = lex(s.get("ev"));
        }
        return out;
    }

    private static String lex(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static Double num(RDFNode n) {
        try {
            return Double.valueOf(lex(n));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) out.add(s.substring(i, i + 2));
        if (out.isEmpty()) out.add(s);
        return out;
    }

    static boolean similar(Set<String> as, Set<String> bs) {
        for (String a : as) {
            for (String b : bs) {
                if (a.isEmpty() || b.isEmpty()) continue;
                String shorter = a.length() <= b.length() ? a : b, longer = a.length() <= b.length() ? b : a;
                if (longer.contains(shorter) && 2 * shorter.length() >= longer.length()) return true;
                Set<String> x = bigrams(a), y = bigrams(b);
                Set<String> both = new HashSet<>(x);
                both.retainAll(y);
                if (2.0 * both.size() / (x.size() + y.size()) >= 0.5) return true;
            }
        }
        return false;
    }

    static boolean close(Double a, Double b) {
        if (a == null || b == null) return false;
        return Math.abs(a - b) <= 1e-3 * Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-9);
    }

    private static boolean required(JsonNode g) {
        return !g.has("required") || g.get("required").asBoolean(true);
    }

    private static String text(JsonNode g, String field) {
        JsonNode v = g.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    Counts compare(JsonNode gold, Map<String, Ent> ents, Map<String, Obs> obs, String text, boolean verbose) {
        return compare(gold, ents, obs, text == null ? null : TextLayout.of(text), verbose);
    }

    /** The counts of one document; {@code text} the layout of its article's text, or null. */
    Counts compare(JsonNode gold, Map<String, Ent> ents, Map<String, Obs> obs, TextLayout text, boolean verbose) {
        Counts c = new Counts();
        Map<String, Set<String>> names = new HashMap<>();
        List<JsonNode> golds = new ArrayList<>();
        gold.get("entities").forEach(golds::add);
        for (JsonNode g : golds) {
            Set<String> forms = new HashSet<>();
            forms.add(norm(g.get("label").asText()));
            if (g.has("aliases")) g.get("aliases").forEach(a -> forms.add(norm(a.asText())));
            names.put(g.get("label").asText(), forms);
        }
        List<JsonNode> ordered = new ArrayList<>(golds.stream().filter(Scorer::required).toList());
        ordered.addAll(golds.stream().filter(g -> !required(g)).toList());
        Set<String> matched = new HashSet<>(), anyHit = new HashSet<>();
        for (JsonNode g : ordered) {
            Set<String> accepted = new HashSet<>();
            accepted.add(g.get("type").asText());
            if (g.has("alsoType")) g.get("alsoType").forEach(t -> accepted.add(t.asText()));
            Set<String> forms = names.get(g.get("label").asText());
            List<String> hit = new ArrayList<>();
            for (var e : ents.entrySet()) {
                if (e.getValue().types().stream().anyMatch(accepted::contains) && e.getValue().labels().stream().anyMatch(forms::contains))
                    hit.add(e.getKey());
            }
            anyHit.addAll(hit);
            List<String> free = hit.stream().filter(h -> !matched.contains(h)).toList();
            if (!free.isEmpty()) matched.add(free.get(0));
            if (g.has("code") && !g.get("code").isNull() && g.get("type").asText().equals("AdministrativeDivision")) {
                c.codeN++;
                String want = g.get("code").asText();
                if (!free.isEmpty() && ents.get(free.get(0)).codes.contains(want)) c.codeOk++;
                else if (verbose) c.notes.add("  code: " + g.get("label").asText() + " gold " + want + " got "
                        + (free.isEmpty() ? "no node" : ents.get(free.get(0)).codes));
            }
            if (required(g)) {
                int[] pt = c.perType.get(g.get("type").asText());
                pt[1]++;
                if (!free.isEmpty()) pt[0]++;
                else if (verbose) {
                    List<String> surfaces = new ArrayList<>();
                    surfaces.add(g.get("label").asText());
                    if (g.has("aliases")) g.get("aliases").forEach(a -> surfaces.add(a.asText()));
                    String sentence = firstSentenceOf(text, surfaces);
                    c.notes.add("  miss " + g.get("type").asText() + ": " + g.get("label").asText() + "  ← " + (sentence == null ? "(not in the text as written)" : sentence));
                }
            }
        }
        for (var e : ents.entrySet()) {
            Set<String> scored = new TreeSet<>(e.getValue().types());
            if (scored.isEmpty()) continue;
            for (String t : scored) c.perType.get(t)[2]++;
            c.entSys++;
            boolean ok = matched.contains(e.getKey());
            c.entScored.add(new Scored(e.getValue().confidence == null ? 0 : e.getValue().confidence, ok));
            if (ok) c.entSysOk++;
            else if (verbose) c.notes.add("  " + (anyHit.contains(e.getKey()) ? "duplicate " : "spurious ") + scored + ": " + e.getValue().labels()
                    + confidenceNote(e.getValue().confidence) + (e.getValue().sentence == null ? "" : "  ← " + e.getValue().sentence));
        }
        for (int[] v : c.perType.values()) { c.entTp += v[0]; c.entReq += v[1]; }

        Set<String> used = new HashSet<>();
        Map<JsonNode, Set<String>> unmatched = new LinkedHashMap<>(); // gold figures no system figure matched, with their area forms
        for (JsonNode g : gold.get("observations")) {
            Set<String> areas = new HashSet<>();
            List<String> areaNames = new ArrayList<>();
            areaNames.add(g.get("area").asText());
            if (g.has("areaAlt")) g.get("areaAlt").forEach(a -> areaNames.add(a.asText()));
            for (String a : areaNames) areas.addAll(names.getOrDefault(a, Set.of(norm(a))));
            Set<String> inds = new HashSet<>();
            inds.add(norm(g.get("indicator").asText()));
            if (g.has("indicatorAliases")) g.get("indicatorAliases").forEach(a -> inds.add(norm(a.asText())));
            Double vb = g.has("valueBase") && !g.get("valueBase").isNull() ? g.get("valueBase").asDouble() : null;
            String hit = null;
            for (var e : obs.entrySet()) {
                if (used.contains(e.getKey()) || !close(e.getValue().value, vb)) continue;
                if (e.getValue().areas.stream().anyMatch(areas::contains) && similar(e.getValue().inds, inds)) { hit = e.getKey(); break; }
            }
            boolean req = required(g);
            if (req) c.obsReq++;
            if (hit != null) {
                used.add(hit);
                c.obsTpAny++;
                if (req) c.obsTpReq++;
                Obs v = obs.get(hit);
                String gs = text(g, "periodStart"), ge = text(g, "periodEnd");
                if (gs != null || ge != null) {
                    c.periodN++;
                    String vs = v.ps == null ? "" : v.ps.substring(0, Math.min(10, v.ps.length()));
                    String ve = v.pe == null ? "" : v.pe.substring(0, Math.min(10, v.pe.length()));
                    if (vs.equals(gs == null ? "" : gs) && ve.equals(ge == null ? "" : ge)) c.periodOk++;
                    else if (verbose) c.notes.add("  period: " + g.get("indicator").asText() + " " + text(g, "statedValue") + " gold " + gs + ".." + ge + " got " + vs + ".." + ve + "  ← " + v.evidence);
                }
                if (g.has("change") && !g.get("change").isNull()) {
                    c.chgN++;
                    boolean points = String.valueOf(text(g, "changeKind")).contains("percentage-point");
                    if (close(points ? v.pts : v.chg, g.get("change").asDouble())) c.chgOk++;
                    else if (verbose) c.notes.add("  change: " + g.get("indicator").asText() + " gold " + g.get("change").asText() + " got " + (points ? v.pts : v.chg) + "  ← " + v.evidence);
                }
            } else {
                unmatched.put(g, areas);
                if (verbose && req) c.notes.add("  miss obs: " + g.get("area").asText() + " " + g.get("indicator").asText() + " " + text(g, "value") + text(g, "unit")
                        + goldPeriod(g) + goldChange(g) + "  ← " + text(g, "evidence"));
            }
        }
        // a figure off by 万 or 亿: an unmatched gold figure and an unmatched system figure of the same area,
        // indicator and period whose values differ by a factor of 10⁴ or 10⁸ (within 0.5%)
        Set<String> flagged = new HashSet<>();
        for (var u : unmatched.entrySet()) {
            JsonNode g = u.getKey();
            Set<String> inds = new HashSet<>();
            inds.add(norm(g.get("indicator").asText()));
            if (g.has("indicatorAliases")) g.get("indicatorAliases").forEach(a -> inds.add(norm(a.asText())));
            Double vb = g.has("valueBase") && !g.get("valueBase").isNull() ? g.get("valueBase").asDouble() : null;
            for (var e : obs.entrySet()) {
                Obs v = e.getValue();
                if (used.contains(e.getKey()) || flagged.contains(e.getKey())) continue;
                int power = scalePower(v.value, vb);
                if (power == 0 || v.areas.stream().noneMatch(u.getValue()::contains) || !similar(v.inds, inds) || !samePeriod(g, v)) continue;
                flagged.add(e.getKey());
                c.scaleErrors++;
                if (verbose) c.notes.add("  scale: " + g.get("area").asText() + " " + g.get("indicator").asText() + " gold " + text(g, "value") + text(g, "unit")
                        + " (" + plain(vb) + ") got " + plain(v.value) + ", 10^" + power + " off  ← " + v.evidence);
                break;
            }
        }
        c.obsSys = obs.size();
        for (var e : obs.entrySet()) c.obsScored.add(new Scored(e.getValue().confidence == null ? 0 : e.getValue().confidence, used.contains(e.getKey())));
        if (verbose) {
            for (var e : obs.entrySet())
                if (!used.contains(e.getKey())) c.notes.add("  spurious obs: " + e.getValue().areas + " " + e.getValue().inds + " " + e.getValue().value
                        + sysPeriod(e.getValue()) + sysChange(e.getValue()) + confidenceNote(e.getValue().confidence) + "  ← " + e.getValue().evidence);
        }
        return c;
    }

    /** 4 or 8 when {@code a} and {@code b} differ by a factor of 10⁴ or 10⁸ (either way, within 0.5%), else 0. */
    static int scalePower(Double a, Double b) {
        if (a == null || b == null || a == 0 || b == 0 || Math.signum(a) != Math.signum(b)) return 0;
        double r = Math.abs(a) >= Math.abs(b) ? a / b : b / a;
        for (int power : new int[] {4, 8}) if (Math.abs(r - Math.pow(10, power)) <= 0.005 * Math.pow(10, power)) return power;
        return 0;
    }

    /** Whether a system figure has the gold figure's period, by the period rule (no gold period: any). */
    private static boolean samePeriod(JsonNode g, Obs v) {
        String gs = text(g, "periodStart"), ge = text(g, "periodEnd");
        if (gs == null && ge == null) return true;
        return day(v.ps).equals(gs == null ? "" : gs) && day(v.pe).equals(ge == null ? "" : ge);
    }

    private static String day(String d) {
        return d == null ? "" : d.substring(0, Math.min(10, d.length()));
    }

    private static String plain(Double d) {
        return d == null ? "none" : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String goldPeriod(JsonNode g) {
        String gs = text(g, "periodStart"), ge = text(g, "periodEnd");
        return gs == null && ge == null ? "" : " period " + (gs == null ? "" : gs) + ".." + (ge == null ? "" : ge);
    }

    private static String goldChange(JsonNode g) {
        if (!g.has("change") || g.get("change").isNull()) return "";
        return " change " + g.get("change").asText() + (String.valueOf(text(g, "changeKind")).contains("percentage-point") ? " points" : "%");
    }

    private static String sysPeriod(Obs v) {
        return v.ps == null && v.pe == null ? "" : " period " + day(v.ps) + ".." + day(v.pe);
    }

    private static String sysChange(Obs v) {
        return (v.chg == null ? "" : " change " + plain(v.chg) + "%") + (v.pts == null ? "" : " change " + plain(v.pts) + " points");
    }

    private static String confidenceNote(Double c) {
        return c == null ? "" : " (confidence " + java.math.BigDecimal.valueOf(c).stripTrailingZeros().toPlainString() + ")";
    }
}
