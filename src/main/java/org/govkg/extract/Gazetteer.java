package org.govkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese administrative divisions (GB/T 2260 codes; towns with their statistical codes), loaded once
 * from the TSV files shipped in the jar, with an index of full and short names.
 */
public final class Gazetteer {
    /** One division. level: province, prefecture, county or township; parent: its parent's code or "". */
    public record Division(String code, String name, String level, String parent) {}

    /** A name of a division as it may stand in text. */
    public record Name(String code, boolean isShort) {}

    /** lexicon/division-words.tsv: the level suffixes in the order they are tried, and the parts of an autonomous division's name. */
    private static final WordUses WORDS = new WordUses("/org/govkg/lexicon/division-words.tsv");
    private static final List<String> SUFFIXES = WORDS.words("suffix");
    private static final String ETHNIC = WORDS.word("ethnic-marker"), AUTONOMOUS = WORDS.word("autonomous-prefix"),
            MUNICIPALITY = WORDS.word("municipality-suffix");

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> townsByCounty = new HashMap<>();
    private final Trie<Name> names = new Trie<>();

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] r : Tsv.load("/org/govkg/gazetteer/divisions.tsv", 4)) g.add(new Division(r[0], r[1], r[2], r[3]));
        for (String[] r : Tsv.load("/org/govkg/gazetteer/towns.tsv", 4)) {
            Division d = new Division(r[0], r[1], "township", r[3]);
            g.byCode.put(d.code(), d);
            g.townsByCounty.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
        }
        return g;
    }

    private void add(Division d) {
        byCode.put(d.code(), d);
        names.put(d.name(), new Name(d.code(), false));
        String s = shortName(d.name());
        if (s != null && !s.equals(d.name())) names.put(s, new Name(d.code(), true));
    }

    /** The name without its level suffix (长春市 → 长春), or null when that would leave fewer than two characters. */
    public static String shortName(String name) {
        for (String suf : SUFFIXES) {
            if (name.endsWith(suf) && name.length() - suf.length() >= 2) {
                String s = name.substring(0, name.length() - suf.length());
                // 鄂温克族自治旗 → 鄂温克; 延边朝鲜族自治州 → 延边
                int zu = s.indexOf(ETHNIC);
                if (zu >= 2 && suf.startsWith(AUTONOMOUS)) {
                    String t = s.substring(0, zu);
                    for (int cut = t.length() - 1; cut >= 2; cut--) if (t.length() - cut <= 3) s = t.substring(0, cut);
                }
                return s;
            }
        }
        return null;
    }

    public Division get(String code) {
        return byCode.get(code);
    }

    public List<Division> townsOf(String countyCode) {
        return townsByCounty.getOrDefault(countyCode, List.of());
    }

    public List<Trie.Match<Name>> find(CharSequence text) {
        return names.findAll(text);
    }

    /** The division and its ancestors, nearest first. */
    public List<Division> chain(String code) {
        List<Division> out = new ArrayList<>();
        Division d = byCode.get(code);
        for (int guard = 0; d != null && guard < 6; guard++) {
            out.add(d);
            d = d.parent().isEmpty() ? null : byCode.get(d.parent());
        }
        return out;
    }

    /** The full name with its parents as an organisation name uses it: 长春市朝阳区 (a province is left out below it). */
    public String qualifiedName(String code) {
        List<Division> c = chain(code);
        StringBuilder sb = new StringBuilder();
        for (int i = c.size() - 1; i >= 0; i--) {
            Division d = c.get(i);
            if (d.level().equals("province") && i > 0 && !isMunicipality(d)) continue;
            sb.append(d.name());
        }
        return sb.toString();
    }

    static boolean isMunicipality(Division d) {
        return d.level().equals("province") && d.name().endsWith(MUNICIPALITY);
    }

    /** Every division, provinces to towns, by code. */
    public List<Division> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    public int size() {
        return byCode.size();
    }
}
