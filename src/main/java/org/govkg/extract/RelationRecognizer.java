package org.govkg.extract;

import org.govkg.ingest.TextLayout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Relations stated in a fixed wording (rules/relations.tsv): who invests in, builds or runs a project, where a
 * thing lies, the stage a project has reached, what a meeting heard and adopted and who gave the report. The
 * rules are regular expressions over a {@link MaskedText}, so a rule speaks of kinds of things ({P}由{E}投资)
 * rather than of their spelling.
 *
 * <p>Contract: a match never crosses a sentence end ({@link TextLayout}'s: 。！？； and a line break); a stage read after a word of lexicon/future-cues.tsv in its
 * clause is a plan and is dropped; a stage holds for every project named before its word in the match; a
 * heard, adopted or delivered relation holds for each title of {@link ReportTitles}; any other relation needs a
 * subject and an object that differ. A project named after an enterprise the text names (its name starting
 * with the enterprise's, at least three characters more) is that enterprise's investment (confidence 0.7).
 * Of relations with one kind, subject, object and value, the most confident is kept, in the order first found.
 */
final class RelationRecognizer {
    private final List<RelationRule> rules = new ArrayList<>();
    private final Map<String, String> stages = new LinkedHashMap<>();
    private final List<String> futureCues;

    RelationRecognizer() {
        List<String[]> stageRows = new ArrayList<>(Tsv.load("/org/govkg/lexicon/project-stages.tsv", 2));
        stageRows.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        for (String[] r : stageRows) stages.put(r[0], r[1]);
        String stageAlt = "(?<stage>" + String.join("|", stages.keySet()) + ")";
        String title = NamedRules.load("/org/govkg/rules/relation-parts.tsv").get("title");
        futureCues = Tsv.words("/org/govkg/lexicon/future-cues.tsv");
        for (String[] r : Tsv.load("/org/govkg/rules/relations.tsv", 3))
            rules.add(RelationRule.of(r[0], r[1], Double.parseDouble(r[2]), stageAlt, title));
    }

    List<Relation> recognize(String text, List<Mention> mentions, LocalDate refDate) {
        TextLayout layout = TextLayout.of(text);
        MaskedText masked = MaskedText.of(text, mentions);
        List<MaskedText.Sentence> sentences = masked.sentences();
        List<Relation> out = new ArrayList<>();
        rules:
        for (RelationRule rule : rules) {
            for (String word : rule.required()) if (!masked.text.contains(word)) continue rules;
            Matcher m = rule.pattern().matcher(masked.text).useTransparentBounds(true).useAnchoringBounds(false);
            for (MaskedText.Sentence sentence : sentences) {
                if (!rule.mayMatch(sentence, masked.text, stages.keySet())) continue;
                // a match never crosses a sentence, so each is searched alone: most sentences hold no name of a
                // rule's kinds, and a search from every position of the text cost most of relation finding
                int from = sentence.start();
                while (from < sentence.end()) {
                    if (!rule.first().find(m, masked.text, from, sentence.end())) break;
                    from = m.end() > m.start() ? m.end() : m.start() + 1;
                    int s = masked.offset(m.start()), e = masked.offset(m.end());
                    // a match may end with a sentence's end mark, not hold one before
                    if (layout.sentenceEndsWithin(s, e - 1)) { from = m.start() + 1; continue; }
                    read(rule, m, masked, layout, refDate, s, e, out);
                }
            }
        }
        out.addAll(namedAfterCompany(mentions));
        return dedupe(out);
    }

    /** The relations one match of a rule states, added to {@code out}. */
    private void read(RelationRule rule, Matcher m, MaskedText masked, TextLayout layout, LocalDate refDate, int s, int e, List<Relation> out) {
        String text = layout.text();
        Mention subject = group(m, masked, "s"), object = group(m, masked, "o");
        switch (rule.kind()) {
            case "stage" -> {
                int w = m.start("stage");
                if (planned(text, masked.offset(w))) return;
                String date = StatedDates.before(layout, masked.offset(w), refDate);
                // 甲项目、乙项目等6个项目签约: every project named before the stage word reached it
                for (int i = m.start(); i < w; i++) {
                    Mention p = masked.mentionAt(i);
                    if (p != null && p.type() == EntityType.PROJECT)
                        out.add(new Relation("stage", p, null, stages.get(m.group("stage")), date, p.start(), e, rule.confidence()));
                }
                if (subject != null && masked.indexOf(subject) > w)
                    out.add(new Relation("stage", subject, null, stages.get(m.group("stage")), date, s, e, rule.confidence()));
            }
            case "adopted", "heard", "delivered" -> {
                int ts = masked.offset(m.start("t")), te = masked.offset(m.end("t"));
                for (String title : ReportTitles.of(text.substring(ts, te)))
                    out.add(new Relation(rule.kind(), subject, object, title, null, s, e, rule.confidence()));
            }
            default -> {
                if (subject == null || object == null || subject == object) return;
                out.add(new Relation(rule.kind(), subject, object, null, null, s, e, rule.confidence()));
            }
        }
    }

    /** 甲乙新能源科技有限公司年产10GWh储能电池项目: a project named after a company the article names is its investment. */
    private static List<Relation> namedAfterCompany(List<Mention> mentions) {
        List<Relation> out = new ArrayList<>();
        for (Mention p : mentions) {
            if (p.type() != EntityType.PROJECT) continue;
            Mention best = null;
            for (Mention e : mentions) {
                if (e.type() != EntityType.ENTERPRISE || e.name().length() < 4 || !p.name().startsWith(e.name())) continue;
                if (p.name().length() - e.name().length() < 3) continue;
                if (best == null || e.name().length() > best.name().length()) best = e;
            }
            if (best != null) out.add(new Relation("investor", p, best, null, null, p.start(), p.end(), 0.7));
        }
        return out;
    }

    /** A stage word after 力争, 计划, 推动 … in its clause is a plan, not a fact. */
    private boolean planned(String text, int stageAt) {
        int c = stageAt;
        while (c > 0 && "，,。；！？\n".indexOf(text.charAt(c - 1)) < 0) c--;
        String clause = text.substring(c, stageAt);
        for (String cue : futureCues) if (clause.contains(cue)) return true;
        return false;
    }

    private static Mention group(Matcher m, MaskedText masked, String name) {
        if (!m.pattern().pattern().contains("(?<" + name + ">")) return null;
        int g = m.start(name);
        return g < 0 ? null : masked.mentionAt(g);
    }

    private static List<Relation> dedupe(List<Relation> in) {
        Map<String, Relation> out = new LinkedHashMap<>();
        for (Relation r : in) {
            String key = r.kind() + "|" + (r.subject() == null ? "" : r.subject().start()) + "|" + (r.object() == null ? "" : r.object().start())
                    + "|" + r.value();
            Relation seen = out.get(key);
            if (seen == null || r.confidence() > seen.confidence()) out.put(key, r);
        }
        return new ArrayList<>(out.values());
    }
}
