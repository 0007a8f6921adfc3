package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.extract.Tsv;
import org.govkg.ingest.TextLayout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The park a project, company or place of a document stands in, read from the sentence that names it.
 *
 * <p>Contract: {@code zoneOf(m)} is the last park mention that ends before {@code m} in {@code m}'s sentence
 * and is not part of a longer name of another type (临湖智能制造产业园 in 临湖智能制造产业园一期项目); else, when
 * the sentence holds a word of lexicon/park-references.tsv, the park the document names most (by name key,
 * the first of equals); else null. {@code evidence(m)} is the sentence around {@code m} as [start, end) offsets.
 * Sentences are those of {@link TextLayout}.
 */
final class Zones {
    private static final List<String> REFERENCES = Tsv.words("/org/govkg/lexicon/park-references.tsv");

    private final List<Mention> all;
    private final TextLayout layout;
    private final List<String> divisionNames;

    Zones(List<Mention> all, TextLayout layout, List<String> divisionNames) {
        this.all = all;
        this.layout = layout;
        this.divisionNames = divisionNames;
    }

    /** The sentence that states a mention, as its [start, end) offsets. */
    int[] evidence(Mention m) {
        return new int[]{layout.sentenceStart(m.start()), layout.sentenceEnd(m.end())};
    }

    /**
     * The park a project, company or place stands in: a park named earlier in the same sentence
     * (甲湖智造产业园加快扩容，…乙新能源电驱系统项目主体结顶), or the article's main park when the sentence says
     * 园区 (…项目在园区开工).
     */
    Mention zoneOf(Mention m) {
        int sStart = layout.sentenceStart(m.start());
        int sEnd = layout.sentenceEnd(m.end());
        Mention zone = null;
        for (Mention z : all) if (z.type() == EntityType.ZONE && z.end() <= m.start() && z.start() >= sStart && !insideAnother(z)) zone = z;
        String sentence = layout.text().substring(sStart, sEnd);
        if (zone == null && REFERENCES.stream().anyMatch(sentence::contains)) {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention z : all) if (z.type() == EntityType.ZONE) counts.merge(NameKeys.of(z, divisionNames), 1, Integer::sum);
            for (Mention z : all) if (z.type() == EntityType.ZONE && (zone == null || counts.get(NameKeys.of(z, divisionNames)) > counts.get(NameKeys.of(zone, divisionNames)))) zone = z;
        }
        return zone;
    }

    /** A park inside the name of a longer thing of another type is part of that name, not a park the sentence speaks of. */
    private boolean insideAnother(Mention z) {
        for (Mention o : all) if (o != z && o.type() != EntityType.ZONE && o.start() <= z.start() && z.end() <= o.end() && o.end() - o.start() > z.end() - z.start()) return true;
        return false;
    }
}
