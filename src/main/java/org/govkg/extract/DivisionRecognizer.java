package org.govkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds administrative divisions by the gazetteer and reads ambiguous names the way a local reader
 * does: a name is given the code whose parents the same article names (长春 … 朝阳区 → 220104); a name
 * with several candidates and no such evidence keeps its candidates and gets no code. A short name
 * (朝阳 for 朝阳区) counts only where the article also uses the full name of that division, and a town
 * only where the article names its county.
 */
final class DivisionRecognizer {
    private final Gazetteer gazetteer;
    private final Lexicons lex;
    /** lexicon/division-words.tsv street-head: characters after a short name that make it a street's. */
    private final String streetHeads = new WordUses("/org/govkg/lexicon/division-words.tsv").chars("street-head");
    /** lexicon/division-words.tsv suffix-word: common words a level suffix opens (区域, 城市). */
    private final List<String> suffixWords = new WordUses("/org/govkg/lexicon/division-words.tsv").words("suffix-word");
    /** lexicon/division-words.tsv conjunction: characters that join two words (和, 与). */
    private final String conjunctions = new WordUses("/org/govkg/lexicon/division-words.tsv").chars("conjunction");
    /** The last characters of the level suffixes (省, 市, 县, 区 …): a conjunction after one of them opens a name. */
    private final String suffixEnds = lastChars(new WordUses("/org/govkg/lexicon/division-words.tsv").words("suffix"));

    private static String lastChars(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) if (!w.isEmpty() && b.indexOf(w.substring(w.length() - 1)) < 0) b.append(w.charAt(w.length() - 1));
        return b.toString();
    }
    /** lexicon/division-words.tsv body-after: what follows a division named as the article's subject (县委, 第…次代表大会). */
    private final List<String> bodyAfter = new WordUses("/org/govkg/lexicon/division-words.tsv").words("body-after");
    private final java.util.Set<String> genericNames = new java.util.HashSet<>(Tsv.words("/org/govkg/lexicon/generic-division-names.tsv"));

    /** The zone heads of two characters or more (经济技术开发区, 园区), picked from the name heads once rather than for every town. */
    private final List<String> zoneHeads;

    DivisionRecognizer(Gazetteer gazetteer, Lexicons lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.zoneHeads = lex.nameSuffixes.entrySet().stream()
                .filter(e -> e.getValue().equals("IndustrialZone") && e.getKey().length() >= 2).map(Map.Entry::getKey).toList();
    }

    private static boolean alignsWithWords(List<org.govkg.nlp.Token> tokens, int s, int e) {
        int a = NameWalker.tokenAt(tokens, s), b = NameWalker.tokenAt(tokens, e - 1);
        return a >= 0 && b >= 0 && tokens.get(a).start() == s && tokens.get(b).end() == e;
    }

    /**
     * 新兴城市, 某西湖区域: a full name that a word crosses at its start, or whose suffix opens a common word (区域, 城市), may be
     * no division at all (市委 after a name is no such word).
     */
    private boolean misread(String text, List<org.govkg.nlp.Token> tokens, int s, int e) {
        // a word that starts before the name and ends inside it (新兴|城市); a word holding the whole name (中共某县委) is no sign
        int a = NameWalker.tokenAt(tokens, s);
        if (a >= 0 && tokens.get(a).start() < s && tokens.get(a).end() < e) return true;
        // a common word that runs on past the name's end (西湖区|域, 海城市 in 滨海城|市…: 城市 from the suffix's left)
        for (String w : suffixWords)
            for (int k = 1; k < w.length() && k <= e - s; k++) if (text.startsWith(w, e - k)) return true;
        return false;
    }

    /**
     * 市委、市政府和县委: a name that opens with a conjunction (和县) right after a word other than a division's level
     * suffix may be the conjunction and a body of the article's own division (和 + 县委), not that division's subject.
     */
    private boolean joinsWords(String text, int start) {
        if (start == 0 || conjunctions.indexOf(text.charAt(start)) < 0) return false;
        char before = text.charAt(start - 1);
        return FigureText.isCjk(before) && suffixEnds.indexOf(before) < 0;
    }

    /** 湖南路, 中山大道: a short division name that starts a street's name is part of that name. */
    private boolean startsAStreetName(String text, int end) {
        return end < text.length() && streetHeads.indexOf(text.charAt(end)) >= 0;
    }

    List<Mention> recognize(String text, List<org.govkg.nlp.Token> tokens) {
        List<Trie.Match<Gazetteer.Name>> all = gazetteer.find(text);
        // longest names first, then leftmost: 长春市朝阳区 is 长春市 + 朝阳区, not 春市 or 朝阳
        Map<Long, List<Gazetteer.Name>> bySpan = new HashMap<>();
        for (Trie.Match<Gazetteer.Name> m : all) bySpan.computeIfAbsent(key(m.start(), m.end()), k -> new ArrayList<>()).add(m.value());
        List<long[]> spans = new ArrayList<>();
        for (Long k : bySpan.keySet()) spans.add(new long[]{k >> 32, k & 0xffffffffL});
        spans.sort(Comparator.<long[]>comparingLong(a -> -(a[1] - a[0])).thenComparingLong(a -> a[0]));
        boolean[] taken = new boolean[text.length()];
        List<int[]> chosen = new ArrayList<>();
        for (long[] sp : spans) {
            int s = (int) sp[0], e = (int) sp[1];
            boolean free = true;
            for (int i = s; i < e; i++) if (taken[i]) { free = false; break; }
            if (!free) continue;
            for (int i = s; i < e; i++) taken[i] = true;
            chosen.add(new int[]{s, e});
        }
        chosen.sort(Comparator.comparingInt(a -> a[0]));

        // evidence: every code any full name in the text could stand for, with its ancestors
        Set<String> fullCodes = new HashSet<>();
        for (int[] c : chosen)
            for (Gazetteer.Name n : bySpan.get(key(c[0], c[1]))) if (!n.isShort()) fullCodes.add(n.code());
        Set<String> unambiguous = new HashSet<>();
        for (int[] c : chosen) {
            List<Gazetteer.Name> ns = bySpan.get(key(c[0], c[1]));
            if (ns.size() == 1) unambiguous.add(ns.get(0).code());
        }

        // how often each division could be meant: a name said twice is no accident of a longer word
        Map<String, Integer> times = new HashMap<>();
        for (int[] c : chosen) {
            Set<String> counted = new HashSet<>(4);
            for (Gazetteer.Name n : bySpan.get(key(c[0], c[1]))) if (counted.add(n.code())) times.merge(n.code(), 1, Integer::sum);
        }
        // 中共X县委, X县第十次代表大会: a name its bodies follow is the article's subject
        Set<String> bodiesFollow = new HashSet<>();
        for (int[] c : chosen)
            if (FigureRules.startsWithAny(text, c[1], bodyAfter) != null && !joinsWords(text, c[0]))
                for (Gazetteer.Name n : bySpan.get(key(c[0], c[1]))) bodiesFollow.add(n.code());
        List<Mention> out = new ArrayList<>();
        Map<String, String> resolvedByName = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            out.clear();
            for (int[] c : chosen) {
                String surface = text.substring(c[0], c[1]);
                List<Gazetteer.Name> ns = bySpan.get(key(c[0], c[1]));
                String code = pick(ns, unambiguous, fullCodes, text, c[0]);
                if (code == null && resolvedByName.containsKey(surface)) code = resolvedByName.get(surface);
                boolean isShort = ns.stream().allMatch(Gazetteer.Name::isShort);
                if (isShort && (code == null || !shortAllowed(code, fullCodes))) continue;
                if (isShort && startsAStreetName(text, c[1])) continue;
                // 浑河南岸 holds no 河南: a short name counts only as a word of its own
                if (isShort && !alignsWithWords(tokens, c[0], c[1])) continue;
                // 新兴城市 holds no 兴城市, 某西湖区域 no 西湖区: a full name across the words, said once, with no parent or
                // child of it named, is part of a longer word
                if (!isShort && misread(text, tokens, c[0], c[1])
                        && (code == null || (times.getOrDefault(code, 0) < 2 && !relativeNamed(code, unambiguous, fullCodes, 1)))) continue;
                // 各位来宾: a city's short name said once, its full name, parents and children unnamed, is a common word
                if (isShort && code != null && !fullCodes.contains(code) && times.getOrDefault(code, 0) < 2
                        && !relativeNamed(code, unambiguous, fullCodes, 1)) continue;
                if (genericNames.contains(surface) && (code == null || !parentNamed(code, unambiguous, fullCodes))) continue;
                // 市政府和县委: the conjunction and the article's own county committee, not 和县's
                if (!isShort && surface.length() == 2 && joinsWords(text, c[0]) && FigureRules.startsWithAny(text, c[1], bodyAfter) != null) continue;
                // a two-character name (城区, 郊区, 和县) is also a common word: it counts only beside its parent
                // unless the article is about it: its bodies follow it, or it is said three times
                if (!isShort && surface.length() == 2 && (code == null || (!parentNamed(code, unambiguous, fullCodes)
                        && !bodiesFollow.contains(code) && (times.getOrDefault(code, 0) < 3 || !alignsWithWords(tokens, c[0], c[1]))))) continue;
                if (code != null) {
                    unambiguous.add(code);
                    resolvedByName.put(surface, code);
                }
                Gazetteer.Division d = code == null ? null : gazetteer.get(code);
                Mention m = Mention.of(EntityType.DIVISION, surface, c[0],
                        lex.confidence(code == null ? "division.ambiguous" : isShort ? "division.short" : "division.gazetteer"))
                        .withName(d != null ? d.name() : surface);
                m = m.withFacts(new MentionFacts.Division(code, d == null ? null : DivisionLevel.of(d.level()), isShort,
                        isShort ? List.of() : ns.stream().map(Gazetteer.Name::code).sorted().toList()));
                out.add(m);
            }
        }
        // a town's name beats a short city name inside it (乐山镇 is no mention of 乐山市)
        boolean[] full = new boolean[text.length()];
        for (Mention m : out) if (!m.division().shortForm()) for (int i = m.start(); i < m.end(); i++) full[i] = true;
        List<Mention> towns = towns(text, out, full);
        out.removeIf(m -> m.division().shortForm() && towns.stream().anyMatch(t -> t.overlaps(m.start(), m.end())));
        out.addAll(towns);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The code of a division a user names (build --area): a six-digit code the gazetteer holds, or a name, full or
     * short, qualified by its parents or not (朝阳区, 长春市朝阳区, 长春); null when it names none or several.
     */
    String codeOf(String nameOrCode) {
        String s = nameOrCode == null ? "" : nameOrCode.strip();
        if (s.isEmpty()) return null;
        if (s.matches("\\d{6}")) return gazetteer.get(s) != null ? s : null;
        List<Trie.Match<Gazetteer.Name>> found = gazetteer.find(s);
        // 长春市朝阳区: the longest name at each place, left to right; the last is the division, the others its parents
        List<Set<String>> parts = new ArrayList<>();
        for (int at = 0; at < s.length(); ) {
            int end = -1;
            for (Trie.Match<Gazetteer.Name> m : found) if (m.start() == at) end = Math.max(end, m.end());
            if (end < 0) return null;
            Set<String> codes = new LinkedHashSet<>();
            for (Trie.Match<Gazetteer.Name> m : found) if (m.start() == at && m.end() == end) codes.add(m.value().code());
            parts.add(codes);
            at = end;
        }
        List<String> fits = new ArrayList<>();
        for (String c : parts.get(parts.size() - 1)) {
            List<String> chain = gazetteer.chain(c).stream().map(Gazetteer.Division::code).toList();
            if (parts.subList(0, parts.size() - 1).stream().allMatch(p -> p.stream().anyMatch(chain::contains))) fits.add(c);
        }
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /**
     * Whether the article names the division's parent or a child of it (the evidence a name is meant as one); a
     * province named is no evidence for one of its hundred counties.
     */
    private boolean relativeNamed(String code, Set<String> known, Set<String> fullCodes, int generations) {
        List<Gazetteer.Division> up = gazetteer.chain(code);
        for (int i = 1; i < up.size() && i <= generations; i++)
            if (known.contains(up.get(i).code()) || fullCodes.contains(up.get(i).code())) return true;
        for (Set<String> named : List.of(known, fullCodes))
            for (String other : named) {
                if (other.equals(code)) continue;
                List<Gazetteer.Division> chain = gazetteer.chain(other);
                for (int i = 1; i < chain.size(); i++) if (chain.get(i).code().equals(code)) return true;
            }
        return false;
    }

    private boolean parentNamed(String code, Set<String> known, Set<String> fullCodes) {
        List<Gazetteer.Division> chain = gazetteer.chain(code);
        for (int i = 1; i < chain.size(); i++) {
            String c = chain.get(i).code();
            if (known.contains(c) || fullCodes.contains(c)) return true;
        }
        return false;
    }

    private boolean shortAllowed(String code, Set<String> fullCodes) {
        Gazetteer.Division d = gazetteer.get(code);
        // province and prefecture short names (吉林, 长春) are how the genre names them; a county's
        // short name (朝阳) only once the article has used its full name
        return !d.level().equals("county") || fullCodes.contains(code);
    }

    private String pick(List<Gazetteer.Name> ns, Set<String> known, Set<String> fullCodes, String text, int at) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (Gazetteer.Name n : ns) codes.add(n.code());
        if (codes.size() == 1) return codes.iterator().next();
        // 吉林 is the province before it is the city: prefer the higher level when a short name is shared
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String c : codes) {
            // a division the article names in full is the likeliest reading of its short name (吉林 beside 吉林省)
            int score = fullCodes.contains(c) ? 50 : 0;
            List<Gazetteer.Division> chain = gazetteer.chain(c);
            // an ancestor that is itself a reading of this name (吉林省 for 吉林市) is no evidence for it
            for (int i = 1; i < chain.size(); i++)
                if (!codes.contains(chain.get(i).code()) && (known.contains(chain.get(i).code()) || fullCodes.contains(chain.get(i).code()))) score += 10 - i;
            // the parent written right before this name (长春市朝阳区) is the strongest evidence
            if (chain.size() > 1) {
                String parent = chain.get(1).name();
                String parentShort = Gazetteer.shortName(parent);
                if (text.startsWith(parent, Math.max(0, at - parent.length()))
                        || (parentShort != null && text.startsWith(parentShort, Math.max(0, at - parentShort.length()))))
                    score += 100;
            }
            if (score > bestScore) { best = c; bestScore = score; tie = false; }
            else if (score == bestScore && score > 0) tie = true;
        }
        if (best != null && !tie) return best;
        if (bestScore == 0) {
            // no evidence at all: a province beats lower levels sharing its short name
            List<String> provinces = codes.stream().filter(c -> gazetteer.get(c).level().equals("province")).toList();
            if (provinces.size() == 1) return provinces.get(0);
        }
        return null;
    }

    /**
     * The tries of the towns of the counties named, by those counties in the order the trie was filled: the same
     * counties are named in article after article, and a trie filled anew for each cost a fifth of division finding.
     * A trie is only read once filled. Bounded: past {@link #TOWN_TRIES_KEPT} sets, a trie is filled and not kept.
     */
    private final Map<List<String>, Trie<String>> townTries = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int TOWN_TRIES_KEPT = 512;

    private Trie<String> townTrie(List<String> counties) {
        Trie<String> trie = townTries.get(counties);
        if (trie != null) return trie;
        trie = new Trie<>();
        for (String c : counties)
            for (Gazetteer.Division t : gazetteer.townsOf(c)) if (!zoneNamed(t.name())) trie.put(t.name(), t.code());
        if (townTries.size() < TOWN_TRIES_KEPT) townTries.putIfAbsent(counties, trie);
        return trie;
    }

    private List<Mention> towns(String text, List<Mention> divisions, boolean[] taken) {
        Set<String> counties = new HashSet<>();
        for (Mention m : divisions) if (m.divisionLevel() == DivisionLevel.COUNTY) counties.add(m.divisionCode());
        // the order the set gives is the order the trie is filled in, which decides a name two counties share
        Trie<String> trie = townTrie(new ArrayList<>(counties));
        List<Mention> out = new ArrayList<>();
        for (Trie.Match<String> m : trie.findLongest(text)) {
            boolean free = true;
            for (int i = m.start(); i < m.end(); i++) if (taken[i]) { free = false; break; }
            if (!free) continue;
            Gazetteer.Division d = gazetteer.get(m.value());
            out.add(Mention.of(EntityType.DIVISION, text.substring(m.start(), m.end()), m.start(), lex.confidence("division.town"))
                    .withFacts(new MentionFacts.Division(d.code(), DivisionLevel.TOWNSHIP, false, List.of())));
        }
        return out;
    }

    /**
     * 张掖经济技术开发区: the statistical tables list some development zones among a county's towns; the genre
     * speaks of them as zones, and the name recognisers read them so.
     */
    private boolean zoneNamed(String name) {
        for (String head : zoneHeads) if (name.endsWith(head)) return true;
        return false;
    }

    private static long key(int s, int e) {
        return ((long) s << 32) | e;
    }
}
