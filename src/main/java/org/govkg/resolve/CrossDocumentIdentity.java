package org.govkg.resolve;

import org.govkg.extract.Gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The decision that two things keyed by different documents are one thing. Each document keys a thing by its own
 * division, so one article about a city and one about its district give the same park two keys, and an article may
 * name a project in short (a few characters of its full name, ending as it ends) that another names in full. Two
 * things are one when they are of one kind, lie in the same division or one inside the other (so in one city: their
 * divisions' prefecture), and either have a name in common (names compared as {@link Keys#normalize} leaves them) or,
 * having none, one's preferred name is the short form of the other's ({@link Keys#isShortForm}) and that other is its
 * only such candidate. Things of unknown or unrelated divisions stay apart. A pure function: records in, pairs out.
 */
public final class CrossDocumentIdentity {
    private CrossDocumentIdentity() {}

    /**
     * A thing as the documents key it: its IRI, its class (as an IRI), the code of the division it lies in, its
     * preferred name and its other names as written. Records of one IRI in one city are one thing: the first gives
     * its class, division and preferred name, all give it their names (the store may give a thing several rows).
     */
    public record Thing(String iri, String type, String division, String pref, Set<String> labels) {}

    /** Two IRIs of one thing, the lesser first; pairs sort by the first, then the second. */
    public record Pair(String first, String second) implements Comparable<Pair> {
        public Pair {
            if (first.compareTo(second) >= 0) throw new IllegalArgumentException("not in order: " + first + ", " + second);
        }

        static Pair of(String a, String b) {
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }

        @Override
        public int compareTo(Pair o) {
            int c = first.compareTo(o.first);
            return c != 0 ? c : second.compareTo(o.second);
        }
    }

    /**
     * Every pair of the things that are one thing, each pair once.
     *
     * @param chain a division and those enclosing it, nearest first, by code ({@link Gazetteer#chain}); none for a
     *              division not known
     */
    public static SortedSet<Pair> sameThings(Collection<Thing> things, Function<String, List<Gazetteer.Division>> chain) {
        // grouped by prefecture: a thing can only be one with a thing of the city its division belongs to
        Map<String, Map<String, Thing>> byCity = new TreeMap<>();
        Map<Thing, Set<String>> names = new IdentityHashMap<>();
        for (Thing t : things) {
            List<Gazetteer.Division> divisions = chain.apply(t.division());
            if (divisions.isEmpty()) continue;
            Thing first = byCity.computeIfAbsent(cityOf(divisions), c -> new TreeMap<>()).computeIfAbsent(t.iri(), i -> t);
            Set<String> n = names.computeIfAbsent(first, f -> new TreeSet<>());
            for (String l : t.labels()) n.add(Keys.normalize(l));
            n.add(Keys.normalize(first.pref()));
        }
        SortedSet<Pair> out = new TreeSet<>();
        for (Map<String, Thing> inCity : byCity.values()) {
            List<Thing> city = new ArrayList<>(inCity.values());
            for (Thing a : city) {
                Thing only = null;
                int candidates = 0;
                for (Thing b : city) {
                    if (a == b || !a.type().equals(b.type()) || !related(a.division(), b.division(), chain)) continue;
                    boolean shared = names.get(a).stream().anyMatch(names.get(b)::contains);
                    if (shared && !a.iri().equals(b.iri())) out.add(Pair.of(a.iri(), b.iri()));
                    if (!shared && Keys.isShortForm(a.pref(), b.pref())) {
                        only = b;
                        candidates++;
                    }
                }
                if (candidates == 1 && !a.iri().equals(only.iri())) out.add(Pair.of(a.iri(), only.iri()));
            }
        }
        return out;
    }

    /**
     * The city things of a division are compared in (the code of its prefecture, or of its outermost division), or
     * null for a division not known: things are one only with things of their city, so a change in one city leaves
     * the pairs of every other as they were.
     */
    public static String city(String division, Function<String, List<Gazetteer.Division>> chain) {
        List<Gazetteer.Division> divisions = chain.apply(division);
        return divisions.isEmpty() ? null : cityOf(divisions);
    }

    /** The prefecture of the chain, or its outermost division when it has none (a province-level city's district). */
    private static String cityOf(List<Gazetteer.Division> chain) {
        for (Gazetteer.Division d : chain) if (d.level().equals("prefecture")) return d.code();
        return chain.get(chain.size() - 1).code();
    }

    /** The same division, or one inside the other. */
    private static boolean related(String a, String b, Function<String, List<Gazetteer.Division>> chain) {
        if (a.equals(b)) return true;
        for (Gazetteer.Division d : chain.apply(a)) if (d.code().equals(b)) return true;
        for (Gazetteer.Division d : chain.apply(b)) if (d.code().equals(a)) return true;
        return false;
    }
}
