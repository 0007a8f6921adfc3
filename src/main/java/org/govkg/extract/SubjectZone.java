package org.govkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article about a zone: when the first place its headline and lead name is an industrial zone (a park, a
 * development zone, a high-tech zone) rather than a division, the zone is what the article is about. Its figures
 * that the text gives no area of their own (the article's default) and those of a word that in such an article
 * stands for the zone (全区, 园区, 开发区: {@code zone-own-words.tsv}) belong to the zone — never to the zone's
 * parent division, nor to a partner city the article names further down.
 * <p>
 * Contract: figures whose area was decided by a name in their clause, an anaphor, a sentence head or any rule but
 * these two are returned unchanged; an article whose headline and lead name a division first is left as it is.
 */
final class SubjectZone {
    private final Set<String> ownWords;

    SubjectZone(Set<String> ownWords) {
        this.ownWords = ownWords;
    }

    static SubjectZone fromLexicon() {
        return new SubjectZone(new HashSet<>(Tsv.words("/org/govkg/lexicon/zone-own-words.tsv")));
    }

    /** The zone the article is about: the first zone or division named before {@code leadEnd}, if it is a zone; else null. */
    static Mention of(List<Mention> mentions, int leadEnd) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.start() >= leadEnd || (m.type() != EntityType.ZONE && m.type() != EntityType.DIVISION)) continue;
            if (first == null || m.start() < first.start()) first = m;
        }
        return first != null && first.type() == EntityType.ZONE ? first : null;
    }

    /** The figures, those of the article's default area or of a zone's own word given to {@code zone}. */
    List<Figure> assign(List<Figure> figures, Mention zone) {
        if (zone == null) return figures;
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Figure.AreaRef a = f.area();
            boolean own = a != null && (a.reason() == Figure.AreaReason.ARTICLE_DEFAULT
                    || (a.reason() == Figure.AreaReason.AREA_WORD && a.written() != null && ownWords.contains(a.written())));
            out.add(!own ? f : f.withArea(new Figure.AreaRef(zone, null, Figure.AreaReason.SUBJECT_ZONE, a.written())));
        }
        return out;
    }
}
