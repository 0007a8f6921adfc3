package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * People: a personal name from the segmenter counts only next to a role the genre states
 * (区委书记张三, 习近平总书记, 记者王五); once a name is established, its other occurrences count too.
 * The segmenter alone tags too many company short names as people to be trusted on its own.
 */
final class PersonRecognizer {
    private final List<String> roles;

    /** lexicon/person-words.tsv: what may follow a name read after a role (…张三表示), and the words of bylines (记者王五). */
    private final List<String> afterName, bylines, notAfterName, namingTails;
    private final String bylineWord, roleWidening;
    private final Set<String> surnames;
    private final Lexicons lex;
    private final PersonLists lists;
    /**
     * The roles as tries, so that a text is read once for all of them rather than once per role: those a name may
     * follow ({@link #afterRoles}), those it may precede ({@link #roleAfter}), and every role written backwards
     * ({@link #roleBefore}). A trie's longest match is the first of {@link #roles} that matches (longest first).
     */
    private final Trie<String> leadingRoles = new Trie<>(), trailingRoles = new Trie<>(), reversedRoles = new Trie<>();

    PersonRecognizer(Lexicons lex) {
        this.roles = lex.roles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.surnames = new HashSet<>(Tsv.words("/org/govkg/lexicon/surnames.tsv"));
        this.lex = lex;
        WordUses w = lex.personWords;
        this.afterName = w.words("after-name");
        this.bylines = w.words("byline");
        this.notAfterName = w.words("not-after-name");
        this.namingTails = w.words("naming-tail");
        this.bylineWord = w.word("byline-word");
        this.roleWidening = w.chars("role-widening");
        this.lists = new PersonLists(lex, surnames, roles, afterName);
        for (String r : roles) {
            if (r.isEmpty()) throw new IllegalArgumentException("lexicon/roles.tsv: an empty role");
            if (leads(r)) leadingRoles.put(r, r);
            if (!r.startsWith(bylineWord) && !notAfterName.contains(r)) trailingRoles.put(r, r);
            reversedRoles.put(reversed(r), r);
        }
    }

    /** Whether a name read after the role counts ({@link #afterRoles}). */
    private boolean leads(String r) {
        return r.length() >= 2 && !r.contains(bylineWord) && !bylines.contains(r);
    }

    private static String reversed(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) c[i] = s.charAt(s.length() - 1 - i);
        return new String(c);
    }

    /** A name read after a role ends at one of these marks or before a word of after-name. */
    private boolean endsName(String text, int p) {
        if (p < text.length() && endMark(text.charAt(p))) return true;
        for (String a : afterName) if (text.startsWith(a, p)) return true;
        return false;
    }

    /** Not TextLayout's clause end: a name also ends at a parenthesis or a space, and 、 but no ！？ are among these. */
    private static boolean endMark(char c) {
        return switch (c) {
            case '，', '、', '。', '（', '）', ' ', '：', '\n', ',', ';', '；', '(', ')', ':' -> true;
            default -> false;
        };
    }

    /**
     * 大沥镇党委书记陈伟健表示: a role, then a surname, then two or three characters ending before a verb of speech or a stop;
     * or, across a space, ending a line (a signature line: 某市委书记 陈伟健).
     */
    private List<Mention> afterRoles(String text, Set<String> known) {
        List<Mention> out = new ArrayList<>();
        // every place each role is written, found in one pass, then taken role by role as a search per role takes them
        java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();
        for (Trie.Match<String> m : leadingRoles.findAll(text)) at.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m.start());
        for (String r : roles) {
            if (!leads(r)) continue;
            for (int i : at.getOrDefault(r, List.of())) {
                int p = i + r.length();
                // a signature line (某市委书记 张三): across spaces, a name that ends the line
                int gap = p;
                while (p < text.length() && p - gap < 3 && text.charAt(p) == ' ') p++;
                boolean signature = p > gap;
                if (p >= text.length()) continue;
                String s1 = text.substring(p, p + 1), s2 = p + 2 <= text.length() ? text.substring(p, p + 2) : "";
                if (!surnames.contains(s1) && !surnames.contains(s2)) continue;
                for (int len = 3; len >= 2; len--) {
                    if (p + len > text.length()) continue;
                    String name = text.substring(p, p + len);
                    if (!PersonLists.allHan(name)) continue;
                    if (!endsName(text, p + len) || known.contains(name)) continue;
                    if (signature && p + len < text.length() && text.charAt(p + len) != '\n') continue;
                    String role = roleBefore(text, p);
                    out.add(Mention.of(EntityType.PERSON, name, p, lex.confidence("person.role-surname")).withFacts(new MentionFacts.Person(role == null ? r : role)));
                    known.add(name);
                    break;
                }
            }
        }
        return out;
    }

    List<Mention> recognize(String text, List<Token> tokens) {
        return recognize(text, tokens, List.of());
    }

    /**
     * The people of {@code text}: names beside a role, names listed with 、, credited or opening a part before an act
     * verb (PersonLists), then the other occurrences of every name so established. {@code others}: the mentions of other recognisers, which a listed item is not.
     * A listed name replaces a shorter segmenter name at its start (韩立 of 韩立平出席): a name is found whole.
     */
    List<Mention> recognize(String text, List<Token> tokens, List<Mention> others) {
        List<Mention> out = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isPos("nr") || t.text().length() < 2 || t.text().length() > 4) continue;
            String before = roleBefore(text, t.start());
            String after = roleAfter(text, t.end());
            // 习近平新时代中国特色社会主义思想, 张三同志: the genre's other ways of naming a person
            if (before == null && after == null && namingTails.stream().anyMatch(w -> text.startsWith(w, t.end()))) after = "";
            if (before == null && after == null) continue;
            String role = before != null ? before : after;
            Mention m = Mention.of(EntityType.PERSON, t.text(), t.start(), lex.confidence("person.role-ner"));
            if (!role.isEmpty() && !bylines.contains(role)) m = m.withFacts(new MentionFacts.Person(role));
            out.add(m);
            known.add(t.text());
        }
        out.addAll(afterRoles(text, known));
        List<PersonLists.Listed> listed = new ArrayList<>(lists.find(text, known, others, p -> roleBefore(text, p)));
        listed.addAll(lists.credits(text, bylines));
        Set<String> knownBefore = new HashSet<>(known);
        for (PersonLists.Listed n : listed) knownBefore.add(n.name());
        Set<Integer> personStarts = new HashSet<>();
        for (Token t : tokens) if (t.isPos("nr")) personStarts.add(t.start());
        listed.addAll(lists.leading(text, knownBefore, others, personStarts));
        for (PersonLists.Listed n : listed) {
            int end = n.start() + n.name().length();
            if (out.stream().anyMatch(m -> m.start() == n.start() && m.end() >= end)) continue;
            out.removeIf(m -> m.start() == n.start());
            Mention m = Mention.of(EntityType.PERSON, n.name(), n.start(), lex.confidence("person.list"));
            out.add(n.role() == null ? m : m.withFacts(new MentionFacts.Person(n.role())));
            known.add(n.name());
        }
        // 县长刘朝晖主持: a segmenter name cut short (刘朝) gives way to the whole name read at its start
        List<Mention> cut = out.stream().filter(m -> out.stream().anyMatch(o -> o.start() == m.start() && o.end() > m.end())).toList();
        out.removeAll(cut);
        for (Mention m : cut) known.remove(m.name());
        for (Token t : tokens) {
            if (known.contains(t.text()) && out.stream().noneMatch(m -> m.start() == t.start()))
                out.add(Mention.of(EntityType.PERSON, t.text(), t.start(), lex.confidence("person.ner")));
        }
        return out;
    }

    private String roleBefore(String text, int at) {
        String window = text.substring(Math.max(0, at - 10), at).stripTrailing();
        // the longest role the window ends with
        Trie.Match<String> m = reversedRoles.longestAt(reversed(window), 0, window.length());
        if (m == null) return null;
        String r = m.value();
        // widen to the body the role belongs to (区委书记, 市委副书记)
        int s = window.length() - r.length();
        int guard = 0;
        while (s > 0 && guard++ < 4 && roleWidening.indexOf(window.charAt(s - 1)) >= 0) s--;
        return window.substring(s);
    }

    private String roleAfter(String text, int at) {
        Trie.Match<String> m = trailingRoles.longestAt(text, at, text.length());
        return m == null ? null : m.value();
    }
}
