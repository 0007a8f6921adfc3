package org.govkg.resolve;

import org.govkg.extract.DivisionLevel;
import org.govkg.extract.EntityType;
import org.govkg.extract.Figure;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.Mention;
import org.govkg.extract.MentionFacts;

import java.util.List;
import java.util.Map;

/**
 * Which division a body, a meeting's organizer or a figure's area belongs to, read against the gazetteer and
 * the article's main division, and the key a body gets.
 *
 * <p>Contract: {@code atLevel(main, level)} is the division of {@code main}'s chain at that level; 全市
 * (prefecture) in an article about a county-level 市 is that 市, and in a district of a municipality the
 * municipality; null when the chain has no such level. {@code jurisdictionOf(m, main)} is a body's written
 * division code, else the division at its level word ({@code levelRef}), else null. {@code bodyName} fills a
 * canonical form's {@code {div}} and {@code {name}} for the jurisdiction (区委 → 中共…区委), keeps a canonical
 * form without them, else the name as written; {@code organizationKey} keys a body by its normalised name and
 * jurisdiction. {@code areaKey} is the key of a figure's area: its mention's key, else the main division or
 * the one at the area's level; null when neither is known.
 */
final class Jurisdictions {
    private final Gazetteer gazetteer;

    Jurisdictions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The article's division at a level: 全市 in a district article is the district's city (or the district, if it is a 市). */
    String atLevel(String main, String level) {
        List<Gazetteer.Division> chain = gazetteer.chain(main);
        if (chain.isEmpty()) return null;
        if (level.equals("prefecture") && chain.get(0).level().equals("county") && chain.get(0).name().endsWith("市")) return main;
        for (Gazetteer.Division d : chain) if (d.level().equals(level)) return d.code();
        // a municipality's districts sit right under the province-level city: 全市 is the municipality
        if (level.equals("prefecture")) for (Gazetteer.Division d : chain) if (d.level().equals("province") && d.name().endsWith("市")) return d.code();
        return null;
    }

    String jurisdictionOf(Mention m, String main) {
        MentionFacts.Body b = m.body();
        if (b == null) return null;
        if (b.divisionCode() != null) return b.divisionCode();
        if (b.levelRef() != null && main != null) return atLevel(main, b.levelRef().id());
        return null;
    }

    /** A body's full name: its canonical form filled in for its division (区委 → 中共长春市朝阳区委), else as written. */
    String bodyName(Mention m, String jurisdiction) {
        String canonical = m.body() == null ? null : m.body().canonical();
        if (canonical != null && jurisdiction != null)
            return canonical.replace("{div}", gazetteer.qualifiedName(jurisdiction)).replace("{name}", gazetteer.get(jurisdiction).name());
        if (canonical != null && !canonical.contains("{")) return canonical;
        return m.name();
    }

    static String organizationKey(String name, String jurisdiction) {
        return Keys.of(EntityType.ORGANIZATION, Keys.normalize(name), jurisdiction == null ? "" : jurisdiction);
    }

    /** The key of a body mention, by its name filled in for its jurisdiction. */
    String bodyKey(Mention o, String main) {
        String j = jurisdictionOf(o, main);
        return organizationKey(bodyName(o, j), j);
    }

    /** The organizer of a plenary: the body written before it, a named organizer, or the article's county party committee. */
    String organizerKey(Mention meeting, List<Mention> all, Map<Mention, String> keyOf, String main) {
        MentionFacts.Meeting f = meeting.meeting();
        if (f == null) return null;
        Integer start = f.organizerStart();
        if (start != null) {
            for (Mention o : all) if (o.type() == EntityType.ORGANIZATION && o.start() == start) {
                return keyOf.computeIfAbsent(o, k -> bodyKey(o, main));
            }
        }
        if (f.organizerName() != null) return Keys.of(EntityType.ORGANIZATION, f.organizerName(), "");
        if (f.organizerLevel() == DivisionLevel.COUNTY && main != null) {
            return organizationKey("中共" + gazetteer.qualifiedName(main) + "委", main);
        }
        return null;
    }

    String areaKey(Figure.AreaRef ref, Map<Mention, String> keyOf, String main) {
        if (ref.mention() != null) return keyOf.get(ref.mention());
        if (main == null) return null;
        String code = "main".equals(ref.level()) ? main : atLevel(main, ref.level());
        return code == null ? null : Keys.division(code);
    }
}
