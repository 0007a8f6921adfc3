package org.govkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations stated in a fixed wording (rules/relations.tsv): who invests in, builds or runs a project, where a
 * thing lies, the stage a project has reached, what a meeting heard and adopted and who gave the report. The
 * rules are regular expressions over a masked sentence in which every recognised name is one placeholder
 * character, so a rule speaks of kinds of things ({P}由{E}投资) rather than of their spelling.
 */
final class RelationRecognizer {
    private static final Map<EntityType, Character> MASK = new EnumMap<>(EntityType.class);
    private static final Map<Character, EntityType> LETTER = new LinkedHashMap<>();

    static {
        Object[][] letters = {{'P', EntityType.PROJECT}, {'E', EntityType.ENTERPRISE}, {'O', EntityType.ORGANIZATION},
                {'Z', EntityType.ZONE}, {'D', EntityType.DIVISION}, {'L', EntityType.PLACE}, {'H', EntityType.PERSON},
                {'M', EntityType.MEETING}, {'I', EntityType.INITIATIVE}};
        char c = '\uE000';
        for (Object[] l : letters) {
            MASK.put((EntityType) l[1], c++);
            LETTER.put((Character) l[0], (EntityType) l[1]);
        }
    }

    private static final String TITLE = "(?<t>《[^》\\n]{2,60}》(?:[、和及与]《[^》\\n]{2,60}》)*"
            + "|[^《》，。；！？\\n]{0,30}?(?:工作报告|报告|决议|决定|意见|纲要|规划|建议|方案|办法|条例))";
    private static final Pattern SLOT = Pattern.compile("\\{(?:([so]):)?([A-Z](?:\\|[A-Z])*)}([?*])?");
    private static final Pattern DATE = Pattern.compile("(?<![-－—~～至到\\d])(?:(\\d{4})年|(今年|去年|明年))?(\\d{1,2})月(?:(\\d{1,2})日)?(?!份?[-－—~～至到])");
    private static final Pattern TITLE_SPLIT = Pattern.compile("《([^》]+)》");

    /**
     * A rule, with what every match of it contains: its literals, a name of each kind of its unquantified top-level
     * placeholders ({@code kinds}, one string of mask characters per placeholder), and a stage word if it has
     * {@code {stage}} at the top level. A sentence without one of them is not searched.
     */
    private record Rule(String kind, Pattern pattern, double confidence, List<String> required, List<String> kinds, boolean stage) {}

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> stages = new LinkedHashMap<>();
    private final List<String> futureCues;

    RelationRecognizer() {
        List<String[]> stageRows = new ArrayList<>(Tsv.load("/org/govkg/lexicon/project-stages.tsv", 2));
        stageRows.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        for (String[] r : stageRows) stages.put(r[0], r[1]);
        String stageAlt = "(?<stage>" + String.join("|", stages.keySet()) + ")";
        futureCues = Tsv.words("/org/govkg/lexicon/future-cues.tsv");
        for (String[] r : Tsv.load("/org/govkg/rules/relations.tsv", 3)) {
            String regex = expand(r[1]).replace("{stage}", stageAlt).replace("{title}", TITLE);
            rules.add(new Rule(r[0], Pattern.compile(regex), Double.parseDouble(r[2]), requiredLiterals(regex),
                    requiredKinds(r[1]), topLevel(r[1], r[1].indexOf("{stage}"))));
        }
    }

    /**
     * The runs of plain characters at the top level of a regular expression, which every match contains (由, 审议通过):
     * a search that starts at every position of every sentence costs most of relation finding, and most rules'
     * words are absent from most articles. Conservative: a character a quantifier follows is left out, and a
     * top-level alternation means nothing is required.
     */
    static List<String> requiredLiterals(String regex) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean literal = false;
            switch (c) {
                case '\\' -> i++;
                case '[' -> {
                    int nested = 0;
                    for (i++; i < regex.length(); i++) {
                        char d = regex.charAt(i);
                        if (d == '\\') i++;
                        else if (d == '[') nested++;
                        else if (d == ']' && nested-- == 0) break;
                    }
                }
                case '(' -> depth++;
                case ')' -> depth--;
                case '|' -> {
                    if (depth == 0) return List.of();
                }
                case '?', '*', '+', '{' -> {
                    if (depth == 0 && run.length() > 0 && i > 0 && regex.charAt(i - 1) == run.charAt(run.length() - 1)) run.setLength(run.length() - 1);
                    if (c == '{') while (i < regex.length() && regex.charAt(i) != '}') i++;
                }
                case '.', '^', '$' -> {}
                default -> literal = depth == 0;
            }
            if (literal) run.append(c);
            else if (run.length() > 0) { out.add(run.toString()); run.setLength(0); }
        }
        if (run.length() > 0) out.add(run.toString());
        return out;
    }

    /** The mask characters of each placeholder of the rule that every match contains: at the top level, no ? or *. */
    static List<String> requiredKinds(String rule) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(rule);
        while (m.find()) {
            if (m.group(3) != null || !topLevel(rule, m.start())) continue;
            StringBuilder chars = new StringBuilder();
            for (String l : m.group(2).split("\\|")) {
                EntityType t = LETTER.get(l.charAt(0));
                if (t != null) chars.append(MASK.get(t));
            }
            out.add(chars.toString());
        }
        return out;
    }

    /** Whether position {@code at} of a rule (not a regular expression yet) is outside every group and class. */
    private static boolean topLevel(String rule, int at) {
        if (at < 0) return false;
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < at; i++) {
            char c = rule.charAt(i);
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
        }
        return depth == 0 && !inClass;
    }

    /** {s:P|E} → a named group of one placeholder of those kinds; {Z} → an uncaptured placeholder. */
    private static String expand(String pattern) {
        Matcher m = SLOT.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder cls = new StringBuilder("[");
            for (String l : m.group(2).split("\\|")) {
                EntityType t = LETTER.get(l.charAt(0));
                if (t == null) throw new IllegalArgumentException("unknown placeholder " + l + " in relation rule " + pattern);
                cls.append(MASK.get(t));
            }
            cls.append(']');
            String slot = m.group(1) == null ? cls.toString() : "(?<" + m.group(1) + ">" + cls + ")";
            if (m.group(3) != null) slot = "(?:" + slot + ")" + m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(slot));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    List<Relation> recognize(String text, List<Mention> mentions, LocalDate refDate) {
        Masked masked = Masked.of(text, mentions);
        List<Sentence> sentences = Sentence.split(masked.text);
        List<Relation> out = new ArrayList<>();
        rules:
        for (Rule rule : rules) {
            for (String word : rule.required()) if (!masked.text.contains(word)) continue rules;
            Matcher m = rule.pattern().matcher(masked.text).useTransparentBounds(true).useAnchoringBounds(false);
            for (Sentence sentence : sentences) {
                if (!sentence.mayMatch(rule, masked.text, stages.keySet())) continue;
                // a match never crosses a sentence, so each is searched alone: most sentences hold no name of a
                // rule's kinds, and a search from every position of the text cost most of relation finding
                int from = sentence.start();
                while (from < sentence.end()) {
                    if (!m.region(from, sentence.end()).find()) break;
                    from = m.end() > m.start() ? m.end() : m.start() + 1;
                    int s = masked.offset(m.start()), e = masked.offset(m.end());
                    if (crossesSentence(text, s, e)) { from = m.start() + 1; continue; }
                    Mention subject = group(m, masked, "s"), object = group(m, masked, "o");
                    switch (rule.kind()) {
                        case "stage" -> {
                            int w = m.start("stage");
                            if (planned(text, masked.offset(w))) continue;
                            String date = dateBefore(text, masked.offset(w), refDate);
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
                            for (String title : titles(text.substring(ts, te)))
                                out.add(new Relation(rule.kind(), subject, object, title, null, s, e, rule.confidence()));
                        }
                        default -> {
                            if (subject == null || object == null || subject == object) continue;
                            out.add(new Relation(rule.kind(), subject, object, null, null, s, e, rule.confidence()));
                        }
                    }
                }
            }
        }
        out.addAll(namedAfterCompany(mentions));
        return dedupe(out);
    }

    /** 安徽锐驰新能源科技有限公司年产10GWh储能电池项目: a project named after a company the article names is its investment. */
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

    /** 《甲》、《乙》 are two documents; a report named by who gave it (…受区委常委会委托作的工作报告) is 工作报告. */
    static List<String> titles(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = TITLE_SPLIT.matcher(raw);
        while (m.find()) out.add(m.group(1).strip());
        if (!out.isEmpty()) return out;
        String t = raw.strip();
        for (String cut : new String[]{"所作的", "作的", "做的", "所作", "代表", "委托"}) {
            int i = t.lastIndexOf(cut);
            if (i >= 0) t = t.substring(i + cut.length());
        }
        if (t.startsWith("了")) t = t.substring(1);
        if (t.length() >= 2) out.add(t);
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

    /** The date the sentence gives before {@code at}: 2023年10月, 今年2月, 3月16日; none without a year to put it in. */
    static String dateBefore(String text, int at, LocalDate refDate) {
        int s = at;
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        Matcher m = DATE.matcher(text.substring(s, at));
        String found = null;
        while (m.find()) {
            Integer year = null;
            if (m.group(1) != null) year = Integer.valueOf(m.group(1));
            else if (refDate != null && m.group(2) != null) year = refDate.getYear() + (m.group(2).equals("去年") ? -1 : m.group(2).equals("明年") ? 1 : 0);
            else if (refDate != null && Integer.parseInt(m.group(3)) <= refDate.getMonthValue()) year = refDate.getYear();
            if (year == null) continue;
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) continue;
            if (m.group(4) == null) { found = String.format("%04d-%02d", year, month); continue; }
            try {
                found = LocalDate.of(year, month, Integer.parseInt(m.group(4))).toString();
            } catch (RuntimeException bad) {
                found = null;
            }
        }
        return found;
    }

    private static boolean crossesSentence(String text, int s, int e) {
        for (int i = s; i < e - 1; i++) if ("。！？\n".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    private static Mention group(Matcher m, Masked masked, String name) {
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

    /** The text with each mention replaced by its placeholder, and the way back to the text's offsets. */
    /** A sentence of the masked text, up to and with its full stop, and the kinds of names in it (bits of mask offsets). */
    private record Sentence(int start, int end, int kinds) {
        static List<Sentence> split(String masked) {
            List<Sentence> out = new ArrayList<>();
            int start = 0, kinds = 0;
            for (int i = 0; i < masked.length(); i++) {
                char c = masked.charAt(i);
                if (c >= '\uE000' && c < '\uE000' + 32) kinds |= 1 << (c - '\uE000');
                if ("。！？\n".indexOf(c) >= 0 || i == masked.length() - 1) {
                    out.add(new Sentence(start, i + 1, kinds));
                    start = i + 1;
                    kinds = 0;
                }
            }
            return out;
        }

        /** Whether the sentence holds a name of each kind the rule needs, and a stage word if it needs one. */
        boolean mayMatch(Rule rule, String masked, java.util.Set<String> stageWords) {
            for (String chars : rule.kinds()) {
                boolean any = false;
                for (int i = 0; i < chars.length() && !any; i++) any = (kinds & 1 << (chars.charAt(i) - '\uE000')) != 0;
                if (!any) return false;
            }
            if (rule.stage()) {
                String text = masked.substring(start, end);
                for (String w : stageWords) if (text.contains(w)) return true;
                return false;
            }
            return true;
        }
    }

    private static final class Masked {
        final String text;
        private final int[] toText;
        private final Map<Integer, Mention> at = new LinkedHashMap<>();

        private Masked(String text, int[] toText) {
            this.text = text;
            this.toText = toText;
        }

        static Masked of(String text, List<Mention> mentions) {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
            StringBuilder sb = new StringBuilder();
            int[] map = new int[text.length() + 1];
            Map<Integer, Mention> at = new LinkedHashMap<>();
            int p = 0, k = 0;
            for (Mention m : sorted) {
                if (m.start() < p || m.end() <= m.start() || m.end() > text.length()) continue;
                while (p < m.start()) { map[k++] = p; sb.append(text.charAt(p++)); }
                at.put(k, m);
                map[k++] = p;
                sb.append(MASK.get(m.type()));
                p = m.end();
            }
            while (p < text.length()) { map[k++] = p; sb.append(text.charAt(p++)); }
            map[k] = p;
            Masked masked = new Masked(sb.toString(), java.util.Arrays.copyOf(map, k + 1));
            masked.at.putAll(at);
            return masked;
        }

        int offset(int maskedIndex) {
            return toText[Math.min(maskedIndex, text.length())];
        }

        Mention mentionAt(int maskedIndex) {
            return at.get(maskedIndex);
        }

        int indexOf(Mention m) {
            for (var e : at.entrySet()) if (e.getValue() == m) return e.getKey();
            return -1;
        }
    }
}
