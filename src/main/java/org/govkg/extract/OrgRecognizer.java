package org.govkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Party committees, governments and their departments: a division name followed by a body
 * (朝阳区委, 长春市人民政府), optionally after 中共; or a level word with a body (区委, 市政府), which
 * stands for the body of the article's own division at that level (自治区党委: of a province's level); and the national
 * bodies, a ministry's short name unless it runs on into another word (科技部门).
 * Each mention carries the body kind and either the division mention's code or the level.
 */
final class OrgRecognizer {
    private final Lexicons lex;
    /** lexicon/org-words.tsv, by use. */
    private final String partyPrefix, notBeforeLevel, partyCentre, partyCentreTail, committee, notCommitteeAfter, conjunction,
            autonomous, notNationalTail;
    private final List<String> departmentVetoes;
    /** lexicon/level-characters.tsv: a level character → its level; lexicon/level-word-tails.tsv: → the characters before it that make it another word's end. */
    private final Map<Character, DivisionLevel> levels = new HashMap<>();
    private final Map<Character, String> tails = new HashMap<>();
    /** 合肥市投资促进局, 南海区工业和信息化局: a division followed by a department's name (its heads tried in file order). */
    private final Pattern department;

    OrgRecognizer(Lexicons lex) {
        this.lex = lex;
        WordUses w = lex.orgWords;
        this.partyPrefix = w.word("party-prefix");
        this.notBeforeLevel = w.chars("not-before-level");
        this.partyCentre = w.word("party-centre");
        this.partyCentreTail = w.word("not-party-centre-tail");
        this.committee = w.word("committee");
        this.notCommitteeAfter = w.chars("not-committee-after");
        this.conjunction = w.word("department-conjunction");
        this.departmentVetoes = w.words("department-veto");
        this.autonomous = w.word("autonomous-level");
        this.notNationalTail = w.chars("not-national-tail");
        this.department = Pattern.compile("[\\u4e00-\\u9fa5]{0,10}?" + w.alternation("department-head"));
        for (String[] r : Tsv.load("/org/govkg/lexicon/level-characters.tsv", 2)) levels.put(single(r[0]), level(r[1]));
        for (String[] r : Tsv.load("/org/govkg/lexicon/level-word-tails.tsv", 2)) tails.merge(single(r[1]), r[0], String::concat);
    }

    private static DivisionLevel level(String word) {
        try {
            return DivisionLevel.of(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lexicon/level-characters.tsv: " + e.getMessage(), e);
        }
    }

    private static char single(String s) {
        if (s.length() != 1) throw new IllegalStateException("not one character: " + s);
        return s.charAt(0);
    }

    List<Mention> recognize(String text, List<org.govkg.nlp.Token> tokens, List<Mention> divisions) {
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        for (Mention d : divisions) {
            if (d.divisionCode() == null || d.divisionLevel() == DivisionLevel.TOWNSHIP) continue;
            String[] body = bodyAt(text, d.end());
            if (body == null) {
                Mention dept = department(text, tokens, d, divisions);
                if (dept != null) out.add(dept);
                continue;
            }
            int start = d.start();
            start = withPartyPrefix(text, start);
            // 中共长春市朝阳区委: the chain of divisions before the body is one name
            for (Mention p : divisions) if (p.end() == start && p.divisionCode() != null) start = p.start();
            start = withPartyPrefix(text, start);
            int end = d.end() + body[0].length();
            for (int i = d.end() - 1; i < end; i++) used[i] = true;
            out.add(Mention.of(EntityType.ORGANIZATION, text.substring(start, end), start, lex.confidence("org.division-body"))
                    .withFacts(new MentionFacts.Body(body[1], body[2], d.divisionCode(), null, false)));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            DivisionLevel level = levels.get(c);
            if (level == null || used[i]) continue;
            if (i > 0 && notBeforeLevel.indexOf(text.charAt(i - 1)) >= 0) continue;
            String[] body = bodyAt(text, i + 1);
            if (body == null) continue;
            if (i > 0 && partOfWord(text.charAt(i - 1), c)) continue;
            int end = i + 1 + body[0].length();
            int start = withPartyPrefix(text, i);
            // 自治区党委, 自治州委: an autonomous region is of a province's level, an autonomous prefecture of a prefecture's
            if (text.startsWith(autonomous, i - autonomous.length())) {
                start = withPartyPrefix(text, i - autonomous.length());
                level = level == DivisionLevel.COUNTY ? DivisionLevel.PROVINCE : level;
            }
            out.add(Mention.of(EntityType.ORGANIZATION, text.substring(start, end), start, lex.confidence("org.level-body"))
                    .withFacts(new MentionFacts.Body(body[1], body[2], null, level, false)));
            i = end - 1;
        }
        for (String[] nb : lex.nationalBodies) {
            for (int i = text.indexOf(nb[0]); i >= 0; i = text.indexOf(nb[0], i + 1)) {
                if (nb[0].equals(partyCentre) && text.startsWith(partyCentreTail, i + nb[0].length())) continue;
                // 科技部门 is any body's department, not the ministry
                int after = i + nb[0].length();
                if (after < text.length() && notNationalTail.indexOf(text.charAt(after)) >= 0) continue;
                out.add(Mention.of(EntityType.ORGANIZATION, nb[0], i, lex.confidence("org.national")).withName(nb[1])
                        .withFacts(new MentionFacts.Body("national", nb[1], null, null, false)));
            }
        }
        return out;
    }

    /** The start of a name at {@code start}, moved back over the party's prefix (中共) when it precedes. */
    private int withPartyPrefix(String text, int start) {
        int n = partyPrefix.length();
        return text.startsWith(partyPrefix, start - n) ? start - n : start;
    }

    /** 合肥市投资促进局, 南海区工业和信息化局: a division followed by a department's name. */
    private Mention department(String text, List<org.govkg.nlp.Token> tokens, Mention d, List<Mention> divisions) {
        Matcher m = department.matcher(text);
        m.region(d.end(), Math.min(text.length(), d.end() + 14));
        if (!m.lookingAt()) return null;
        // 长春市朝阳区…: the next division of a chain, not a department of this one
        if (divisions.stream().anyMatch(o -> o.start() == d.end())) return null;
        String middle = text.substring(d.end(), m.end());
        if (departmentVetoes.stream().anyMatch(middle::contains) || lex.stopVerbs.stream().anyMatch(middle::contains)) return null;
        // a department's name is nouns and verbs of its remit (投资促进局, 工业和信息化局), never adverbs or adjectives
        for (org.govkg.nlp.Token t : tokens) {
            if (t.end() <= d.end() || t.start() >= m.end()) continue;
            String pos = t.pos();
            if (pos.startsWith("d") || pos.equals("ad") || pos.equals("a") || pos.startsWith("p") || pos.startsWith("u")
                    || pos.startsWith("r") || pos.startsWith("m") || pos.startsWith("t") || (pos.startsWith("c") && !t.text().equals(conjunction))) return null;
        }
        int start = withPartyPrefix(text, d.start());
        return Mention.of(EntityType.ORGANIZATION, text.substring(start, m.end()), start, lex.confidence("org.department")).withFacts(new MentionFacts.Body(null, null, d.divisionCode(), null, false));
    }

    /**
     * The body a post's title implies when the text names none (区长 → 区政府 of the article's district), as a
     * mention of no text of its own at {@code at}; null when {@code levelAndBody} is no level word and body.
     */
    Mention implied(String levelAndBody, int at) {
        if (levelAndBody.isEmpty()) return null;
        DivisionLevel level = levels.get(levelAndBody.charAt(0));
        String[] body = bodyAt(levelAndBody, 1);
        if (level == null || body == null || 1 + body[0].length() != levelAndBody.length()) return null;
        return new Mention(EntityType.ORGANIZATION, levelAndBody, levelAndBody, at, at, 0.7,
                new MentionFacts.Body(body[1], body[2], null, level, true), false);
    }

    /** The longest body at {@code p}: {surface, kind, canonical template}, or null. */
    private String[] bodyAt(String text, int p) {
        String[] best = null;
        for (String[] b : lex.bodies) {
            if (text.startsWith(b[0], p) && (best == null || b[0].length() > best[0].length())) best = b;
        }
        if (best == null) return null;
        // 委员 (a member), 委托, 委派 are not 委 the committee
        if (best[0].equals(committee) && p + 1 < text.length() && notCommitteeAfter.indexOf(text.charAt(p + 1)) >= 0) return null;
        return best;
    }

    /** The level character must not end another word (社区委, 城区政府, 城市委 are no bodies of this article). */
    private boolean partOfWord(char before, char level) {
        return tails.getOrDefault(level, "").indexOf(before) >= 0;
    }
}
