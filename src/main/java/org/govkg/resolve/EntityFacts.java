package org.govkg.resolve;

import org.govkg.extract.DivisionLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts resolve derives about a thing, each null (empty, false) when the text gives none. Facts that point
 * at other things hold their keys: partOf, jurisdiction, organizer, locatedIn.
 *
 * @param code         a division's gazetteer code (six digits) or statistical code (a town's)
 * @param level        a division's level
 * @param partOf       the key of a division's parent
 * @param candidates   the codes of the divisions an ambiguous name fits
 * @param jurisdiction the key of the division whose body it is
 * @param organizer    the key of the body that holds a meeting
 * @param term         a meeting's term (届)
 * @param session      a meeting's session (次)
 * @param date         the day a meeting was held
 * @param role         a person's title as the text gives it
 * @param locatedIn    the key of the park or division a thing is in
 * @param implied      a body named only through a post's title (区长 → 区政府)
 */
public record EntityFacts(String code, DivisionLevel level, String partOf, List<String> candidates, String jurisdiction,
                          String organizer, Integer term, Integer session, LocalDate date, String role, String locatedIn,
                          boolean implied) {
    public static final EntityFacts NONE = new EntityFacts(null, null, null, List.of(), null, null, null, null, null, null, null, false);

    public EntityFacts {
        candidates = List.copyOf(candidates);
    }

    /** These facts, and those of {@code other} where these have none: a fact keeps the first value given. */
    public EntityFacts orElse(EntityFacts other) {
        return new EntityFacts(code != null ? code : other.code, level != null ? level : other.level,
                partOf != null ? partOf : other.partOf, !candidates.isEmpty() ? candidates : other.candidates,
                jurisdiction != null ? jurisdiction : other.jurisdiction, organizer != null ? organizer : other.organizer,
                term != null ? term : other.term, session != null ? session : other.session, date != null ? date : other.date,
                role != null ? role : other.role, locatedIn != null ? locatedIn : other.locatedIn, implied || other.implied);
    }

    /** A division of the gazetteer: its code, level and parent's key (null for a province). */
    public EntityFacts withDivision(String code, DivisionLevel level, String partOf) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withCandidates(List<String> candidates) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withJurisdiction(String jurisdiction) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withOrganizer(String organizer) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withTermAndSession(Integer term, Integer session) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withDate(LocalDate date) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withRole(String role) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withLocatedIn(String locatedIn) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }

    public EntityFacts withImplied(boolean implied) {
        return new EntityFacts(code, level, partOf, candidates, jurisdiction, organizer, term, session, date, role, locatedIn, implied);
    }
}
