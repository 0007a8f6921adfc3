package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.extract.Tsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The name by which a thing is told apart from others of its division, and the one type a name has in a document.
 *
 * <p>Contract: {@code divisionNames} are the surfaces and names of the document's division mentions, longest
 * first (then in string order). {@code of(m, divisionNames)} is the normalised name ({@link Keys#normalize});
 * for all but a person, every division name in front goes while three characters or more are left (曲靖市麒麟区
 * 新能源电池产业园 → 新能源电池产业园), then each word of lexicon/name-key-tails.tsv at the end, on the same
 * condition. {@code typeByName} gives a name the type of its first project mention, else of its first zone,
 * place, enterprise or initiative mention; other types have none.
 */
final class NameKeys {
    private static final List<String> TAILS = Tsv.words("/org/govkg/lexicon/name-key-tails.tsv");

    private NameKeys() {}

    static String of(Mention m, List<String> divisionNames) {
        String n = Keys.normalize(m.name());
        if (m.type() == EntityType.PERSON) return n;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String d : divisionNames) {
                if (n.startsWith(d) && n.length() - d.length() >= 3) { n = n.substring(d.length()); stripped = true; break; }
            }
        }
        for (String tail : TAILS) {
            if (n.endsWith(tail) && n.length() - tail.length() >= 3) n = n.substring(0, n.length() - tail.length());
        }
        return n;
    }

    /** The names this document uses for divisions, longest first. */
    static List<String> divisionNames(List<Mention> mentions) {
        TreeSet<String> names = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (Mention m : mentions) {
            if (m.type() != EntityType.DIVISION) continue;
            names.add(m.surface());
            names.add(m.name());
        }
        return new ArrayList<>(names);
    }

    /** One type per name in a document: the first recogniser's reading wins over later ones. */
    static Map<String, EntityType> typeByName(List<Mention> mentions, List<String> divisionNames) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            switch (m.type()) {
                // the text calling it a project (…项目, 等项目) outweighs its head (吉高检测基地项目 is a project)
                case PROJECT -> out.put(of(m, divisionNames), m.type());
                case ZONE, PLACE, ENTERPRISE, INITIATIVE -> out.putIfAbsent(of(m, divisionNames), m.type());
                default -> { }
            }
        }
        return out;
    }
}
