package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of rules/relations.tsv, compiled for a {@link MaskedText}, with what every match of it contains.
 *
 * <p>Contract: {@code of(kind, rule, confidence, stageAlternation, title)} turns {@code {s:P|E}} into a named
 * group (s or o) of one placeholder of those kinds, {@code {Z}} into an uncaptured placeholder ({@code {D}*},
 * {@code {M}?} quantified), {@code {stage}} into the named group {@code stage} over the stage words and
 * {@code {title}} into the title expression; an unknown letter fails. {@code required} are the runs of plain
 * characters at the rule's top level (by {@link #requiredLiterals}); {@code kinds} one string of placeholders
 * per unquantified top-level slot; {@code stage} whether {@code {stage}} is at the top level. A text or
 * sentence that lacks one of them holds no match, so it is not searched. {@code first} says where in a sentence a
 * match may start (most rules start with a placeholder of a kind): only there is the rule tried.
 */
record RelationRule(String kind, Pattern pattern, double confidence, List<String> required, List<String> kinds, boolean stage,
                    FirstChars first) {
    private static final Pattern SLOT = Pattern.compile("\\{(?:([so]):)?([A-Z](?:\\|[A-Z])*)}([?*])?");

    static RelationRule of(String kind, String rule, double confidence, String stageAlternation, String title) {
        String regex = expand(rule).replace("{stage}", stageAlternation).replace("{title}", title);
        Pattern pattern = Pattern.compile(regex);
        return new RelationRule(kind, pattern, confidence, requiredLiterals(regex), requiredKinds(rule),
                topLevel(rule, rule.indexOf("{stage}")), FirstChars.of(pattern));
    }

    /** Whether a match may lie in the sentence: a placeholder of each kind needed, and a stage word if one is. */
    boolean mayMatch(MaskedText.Sentence sentence, String masked, Iterable<String> stageWords) {
        for (String chars : kinds) if (!sentence.holdsOneOf(chars)) return false;
        if (stage) {
            String text = masked.substring(sentence.start(), sentence.end());
            for (String w : stageWords) if (text.contains(w)) return true;
            return false;
        }
        return true;
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
                case '[' -> i = classEnd(regex, i);
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

    /** The index of the ']' that closes the character class opened at {@code open} (nested classes and escapes skipped), or the length. */
    private static int classEnd(String regex, int open) {
        int nested = 0, i;
        for (i = open + 1; i < regex.length(); i++) {
            char d = regex.charAt(i);
            if (d == '\\') i++;
            else if (d == '[') nested++;
            else if (d == ']' && nested-- == 0) break;
        }
        return i;
    }

    /**
     * For each top-level alternative of a regular expression, the literals every match of it contains (by
     * {@link #requiredLiterals}): a text that holds all of one alternative's may match, one that holds none
     * of them whole cannot. An alternative with no literal required makes every text a candidate.
     */
    static List<List<String>> requiredPerAlternative(String regex) {
        List<List<String>> out = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(requiredLiterals(regex.substring(from, i)));
                from = i + 1;
            }
        }
        out.add(requiredLiterals(regex.substring(from)));
        return out;
    }

    /** Whether {@code text} holds every literal of one alternative at least (see {@link #requiredPerAlternative}). */
    static boolean mayHold(String text, List<List<String>> alternatives) {
        alternatives:
        for (List<String> words : alternatives) {
            for (String w : words) if (!text.contains(w)) continue alternatives;
            return true;
        }
        return false;
    }

    /** The placeholders of each slot of the rule that every match contains: at the top level, no ? or *. */
    static List<String> requiredKinds(String rule) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(rule);
        while (m.find()) {
            if (m.group(3) != null || !topLevel(rule, m.start())) continue;
            StringBuilder chars = new StringBuilder();
            for (String l : m.group(2).split("\\|")) {
                EntityType t = MaskedText.LETTERS.get(l.charAt(0));
                if (t != null) chars.append(MaskedText.placeholder(t));
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
    static String expand(String rule) {
        Matcher m = SLOT.matcher(rule);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder cls = new StringBuilder("[");
            for (String l : m.group(2).split("\\|")) {
                EntityType t = MaskedText.LETTERS.get(l.charAt(0));
                if (t == null) throw new IllegalArgumentException("unknown placeholder " + l + " in relation rule " + rule);
                cls.append(MaskedText.placeholder(t));
            }
            cls.append(']');
            String slot = m.group(1) == null ? cls.toString() : "(?<" + m.group(1) + ">" + cls + ")";
            if (m.group(3) != null) slot = "(?:" + slot + ")" + m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(slot));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
