package org.govkg.extract;

import org.govkg.ingest.TextLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * People listed with 、 as real pages list them: 市领导周文涛、林若溪、韩立平出席; 周文涛、林若溪等全体县级领导参加;
 * 在主席台就座的还有：周文涛、林若溪.
 *
 * <p>Contract: a chain of 、-separated items within one clause is read item by item. An item is a person when it
 * is, whole, a name (2 or 3 Han characters starting with a surname of lexicon/surnames.tsv, 4 after a two-character
 * surname), possibly after a role of its own (县长林若溪); the last item is a name followed by 等, a word of
 * after-name or a list closer, or nothing. An item that is not a name (a place, a body, an enterprise: it ends with a
 * not-name-tail, or another recogniser found a mention over it) is passed over; any other item ends the chain. The
 * people of a chain count only when the list is opened (its first name follows a role, a list opener such as 领导 or
 * 就座的还有, or a name already established) or closed (after the last name, an optional 等 and a short stretch
 * naming no body of list-not-people, a list closer such as 出席 or 就座), and when at least two items are names.
 * Credits in parentheses are read by {@link #credits}, names that open a part of a line before an act verb by
 * {@link #leading}.
 */
final class PersonLists {
    private final Set<String> surnames;
    private final List<String> roles, openers, closers, notPeople, notNameTails, afterName, actVerbs;
    private final String etc;
    private final double confidence;
    /** The roles as a trie: an item's own role is the longest that opens it ({@code roles} come longest first). */
    private final Trie<String> roleTrie = new Trie<>();

    PersonLists(Lexicons lex, Set<String> surnames, List<String> roles, List<String> afterName) {
        WordUses w = lex.personWords;
        this.surnames = surnames;
        this.roles = roles;
        this.openers = w.words("list-opener");
        this.closers = w.words("list-closer");
        this.notPeople = w.words("list-not-people");
        this.notNameTails = w.words("not-name-tail");
        this.afterName = afterName;
        this.actVerbs = w.words("act-verb");
        this.etc = w.word("list-etc");
        this.confidence = lex.confidence("person.list");
        for (String r : roles) if (!r.isEmpty()) roleTrie.put(r, r);
    }

    /** A listed person: the name, where it starts, and the role its own item states (null if none). */
    record Listed(String name, int start, String role) {}

    /**
     * The people of every opened or closed chain in {@code text}; {@code known} holds names already established,
     * {@code others} the mentions of other recognisers (a listed item under one of them is no person),
     * {@code roleBefore} the widened role ending right before an offset, or null.
     */
    List<Listed> find(String text, Set<String> known, List<Mention> others, IntFunction<String> roleBefore) {
        List<Listed> out = new ArrayList<>();
        int from = 0;
        for (int sep = text.indexOf('、'); sep >= 0; sep = text.indexOf('、', Math.max(sep + 1, from))) {
            if (sep < from) continue;
            int s = sep;
            while (s > 0 && !boundsItem(text.charAt(s - 1))) s--;
            List<int[]> items = new ArrayList<>();
            items.add(new int[]{s, sep});
            int e = sep;
            while (e < text.length() && text.charAt(e) == '、') {
                int b = e + 1, q = b;
                while (q < text.length() && !boundsItem(text.charAt(q))) q++;
                items.add(new int[]{b, q});
                e = q;
            }
            from = e;
            read(text, items, known, others, roleBefore, out);
        }
        return out;
    }

    /**
     * Credits in parentheses (…电 (周文涛 林若溪); a paragraph closing （周文涛、林若溪）): a group that follows 电 or ends
     * its paragraph, whose parts, split at spaces and 、, are each a byline word or a name, two names at least, or one
     * right after the paragraph's last sentence mark (…发展。（周文涛）).
     */
    List<Listed> credits(String text, List<String> bylines) {
        List<Listed> out = new ArrayList<>();
        FirstChars.Finder m = CREDIT_AT.finder(text);
        while (m.find()) {
            int close = m.end();
            int before = m.start();
            while (before > 0 && text.charAt(before - 1) == ' ') before--;
            boolean afterWire = before > 0 && text.charAt(before - 1) == '电';
            boolean endsParagraph = close == text.length() || text.charAt(close) == '\n';
            if (!afterWire && !endsParagraph) continue;
            // …发展。（周文涛）: one name closing a paragraph right after its last sentence is its author
            boolean afterSentence = endsParagraph && before > 0 && TextLayout.endsSentence(text.charAt(before - 1)) && text.charAt(before - 1) != '\n';
            List<Listed> names = new ArrayList<>();
            int p = m.start(1);
            boolean all = true;
            for (String part : m.group(1).split("[ 、　]", -1)) {
                if (!part.isEmpty() && !bylines.contains(part)) {
                    if (isName(part)) names.add(new Listed(part, p, null)); else all = false;
                }
                p += part.length() + 1;
            }
            if (all && (names.size() >= 2 || afterSentence && names.size() == 1)) out.addAll(names);
        }
        return out;
    }

    /**
     * Names that open a line, a space-separated part of one or a clause and stand right before an act verb (甲主持, 乙作工作
     * 报告), or before 等 and a list closer, possibly several run together as a crawled subtitle leaves them (甲乙丙出席,
     * 甲乙丙等在主席台就座). Contract: the run of Han characters from the part's start to the verb, at most
     * {@link #MAX_RUN} long and under no mention of {@code others}, is cut whole into names (see {@link #isName}),
     * preferring names already established ({@code known}), then three-character names; a run that cannot be cut so
     * gives none. A run of one name counts when the name is established, the segmenter reads a personal name at its
     * start ({@code personStarts}), or it has three characters or more (甲乙主持 alone is too like a word to be trusted).
     */
    List<Listed> leading(String text, Set<String> known, List<Mention> others, Set<Integer> personStarts) {
        List<Listed> out = new ArrayList<>();
        List<String> verbs = new ArrayList<>(actVerbs);
        verbs.add(etc);
        // the longest verb first: 作报告 inside 作工作报告 is no verb of its own
        verbs.sort(java.util.Comparator.comparingInt(String::length).reversed());
        List<int[]> taken = new ArrayList<>();
        for (String verb : verbs) {
            for (int v = text.indexOf(verb); v >= 0; v = text.indexOf(verb, v + 1)) {
                final int at = v;
                if (taken.stream().anyMatch(t -> t[0] < at + verb.length() && at < t[1])) continue;
                taken.add(new int[]{v, v + verb.length()});
                int r = v;
                while (r > 0 && v - r < MAX_RUN && isHan(text.charAt(r - 1))) r--;
                if (v - r < 2 || r > 0 && !opensPart(text.charAt(r - 1))) continue;
                if (verb.equals(etc) && !closedAfter(text, v)) continue;
                final int from = r, to = v;
                if (others.stream().anyMatch(m -> m.overlaps(from, to))) continue;
                List<String> names = cut(text.substring(r, v), known);
                if (names == null) continue;
                if (names.size() == 1 && !known.contains(names.get(0)) && !personStarts.contains(r) && names.get(0).length() < 3) continue;
                int p = r;
                for (String n : names) {
                    out.add(new Listed(n, p, null));
                    p += n.length();
                }
            }
        }
        return out;
    }

    /** The longest run of names {@link #leading} cuts. */
    static final int MAX_RUN = 12;

    /** A line, a part of it after a space, a clause or a sentence starts after these. */
    private static boolean opensPart(char c) {
        return c == '\n' || c == ' ' || c == '　' || TextLayout.endsClause(c) && c != '、';
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    /** {@code run} cut whole into names, known names first, then as many three-character ones as can be; null if it cannot be. */
    private List<String> cut(String run, Set<String> known) {
        int n = run.length();
        int[] best = new int[n + 1], from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MIN_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MIN_VALUE) continue;
            for (int len = 2; len <= 4 && i + len <= n; len++) {
                String piece = run.substring(i, i + len);
                if (!isName(piece)) continue;
                int score = best[i] + (known.contains(piece) ? 100 : len == 3 ? 4 : len == 4 ? 2 : 1);
                if (score > best[i + len]) { best[i + len] = score; from[i + len] = i; }
            }
        }
        if (best[n] == Integer.MIN_VALUE) return null;
        List<String> out = new ArrayList<>();
        for (int e = n; e > 0; e = from[e]) out.add(0, run.substring(from[e], e));
        return out;
    }

    static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("[（(]([^（）()\\n，,。]{2,40})[）)]");
    /** Credits searched only at an opening bracket. */
    private static final FirstChars CREDIT_AT = FirstChars.of(CREDIT);

    private void read(String text, List<int[]> items, Set<String> known, List<Mention> others, IntFunction<String> roleBefore, List<Listed> out) {
        List<Listed> names = new ArrayList<>();
        boolean opened = false, closed = false;
        for (int k = 0; k < items.size(); k++) {
            int s = items.get(k)[0], e = items.get(k)[1];
            boolean last = k == items.size() - 1;
            if (notPerson(text, s, e, others)) continue;
            Listed n = k == 0 ? firstName(text, s, e, known, roleBefore) : null;
            if (k == 0 && n != null) opened = n.role() != null || known.contains(n.name()) || s != n.start() || openedBefore(text, s);
            if (k > 0) n = itemName(text, s, e, roleBefore, last);
            if (n == null) {
                if (k == 0) continue;
                break;
            }
            names.add(n);
            if (last) closed = closedAfter(text, n.start() + n.name().length());
        }
        if ((opened || closed) && names.size() >= 2) out.addAll(names);
    }

    /** The first item: a name that ends it, the whole item or after a role or an opener. */
    private Listed firstName(String text, int s, int e, Set<String> known, IntFunction<String> roleBefore) {
        for (int len = 3; len >= 2; len--) {
            int p = e - len;
            if (p < s || !isName(text.substring(p, e))) continue;
            String before = text.substring(s, p);
            if (before.isEmpty() || known.contains(text.substring(p, e))) return new Listed(text.substring(p, e), p, before.isEmpty() ? null : roleBefore.apply(p));
            String role = roleBefore.apply(p);
            if (role != null) return new Listed(text.substring(p, e), p, role);
            if (openers.stream().anyMatch(before::endsWith)) return new Listed(text.substring(p, e), p, null);
        }
        return e - s == 4 && isName(text.substring(s, e)) ? new Listed(text.substring(s, e), s, null) : null;
    }

    /** A later item: a whole name, possibly after its own role; the last one may run on into 等 or a closer. */
    private Listed itemName(String text, int s, int e, IntFunction<String> roleBefore, boolean last) {
        int p = s;
        // the longest role opening the item and shorter than it
        Trie.Match<String> r = roleTrie.longestAt(text, s, e - 1);
        if (r != null) p = r.end();
        String role = p > s ? roleBefore.apply(p) : null;
        for (int len = 2; len <= 4 && p + len <= e; len++) {
            String name = text.substring(p, p + len);
            if (!isName(name)) continue;
            int q = p + len;
            if (q == e || last && followsName(text, q)) return new Listed(name, p, role);
        }
        return null;
    }

    private boolean followsName(String text, int q) {
        if (text.startsWith(etc, q)) return true;
        for (String w : afterName) if (text.startsWith(w, q)) return true;
        for (String w : closers) if (text.startsWith(w, q)) return true;
        return false;
    }

    /** 等全体县级领导出席: after the last name, an optional 等 and a stretch naming no body, then a closer, in the clause. */
    private boolean closedAfter(String text, int q) {
        if (text.startsWith(etc, q)) q += etc.length();
        int end = q;
        while (end < text.length() && end - q < 16 && !TextLayout.endsClause(text.charAt(end))) end++;
        String stretch = text.substring(q, end);
        for (String c : closers) {
            int at = stretch.indexOf(c);
            if (at < 0) continue;
            String between = stretch.substring(0, at);
            if (notPeople.stream().noneMatch(between::contains)) return true;
        }
        return false;
    }

    /** 在主席台就座的还有：周文涛: an opener or a role right before the item, across a colon or a space only. */
    private boolean openedBefore(String text, int s) {
        int p = s;
        while (p > 0 && (text.charAt(p - 1) == '：' || text.charAt(p - 1) == ':' || text.charAt(p - 1) == ' ')) p--;
        if (p == s) return false;
        String before = text.substring(Math.max(0, p - 12), p);
        return openers.stream().anyMatch(before::endsWith) || roles.stream().anyMatch(before::endsWith);
    }

    /** Two or three Han characters after a one-character surname, or two or three after a two-character one. */
    boolean isName(String s) {
        if (s.length() < 2 || s.length() > 4 || !allHan(s)) return false;
        if (endsWithAny(s, notNameTails)) return false;
        boolean compound = s.length() >= 3 && surnames.contains(s.substring(0, 2));
        return compound || s.length() <= 3 && surnames.contains(s.substring(0, 1));
    }

    /** An item another recogniser named, or one that ends as places and bodies end (白沙镇, 县发改局). */
    private boolean notPerson(String text, int s, int e, List<Mention> others) {
        for (Mention m : others) if (m.start() >= s && m.end() <= e && m.end() - m.start() >= (e - s) / 2 + 1) return true;
        String item = text.substring(s, e);
        return item.length() <= 8 && endsWithAny(item, notNameTails);
    }

    /**
     * Whether every char is a Han character of the basic block (U+4E00–U+9FFF): a surrogate, paired or not, is none,
     * so this is what a test of every code point says. Loops, not streams: it is asked for every item of every list.
     */
    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return true;
    }

    private static boolean endsWithAny(String s, List<String> tails) {
        for (String t : tails) if (s.endsWith(t)) return true;
        return false;
    }

    /** The marks an item of a list does not run over (its own list's 、 among them). */
    private static boolean boundsItem(char c) {
        return switch (c) {
            case '、', '，', ',', '。', '；', ';', '：', ':', '！', '？', '\n', ' ', '“', '”', '（', '）', '(', ')' -> true;
            default -> false;
        };
    }
}
