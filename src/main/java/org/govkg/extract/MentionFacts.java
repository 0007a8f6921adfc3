package org.govkg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a recogniser learnt about a mention besides its name: one record per kind of mention that has facts.
 * Resolve reads them to key the thing (a division's code, a body's jurisdiction, a meeting's organizer, term
 * and session) and to state its facts (a person's role, a meeting's date).
 */
public sealed interface MentionFacts permits MentionFacts.None, MentionFacts.Division, MentionFacts.Body,
        MentionFacts.Meeting, MentionFacts.Person {

    /** No facts besides the name (a project, a park, a company …). */
    None NONE = new None();

    record None() implements MentionFacts {}

    /**
     * A division's name.
     *
     * @param code       its gazetteer code; null when the name fits several divisions (then {@code candidates})
     * @param level      its level; null exactly when {@code code} is
     * @param shortForm  written without its level suffix (朝阳 for 朝阳区)
     * @param candidates the codes of every division a full name fits, sorted; empty for a short form and a town
     */
    record Division(String code, DivisionLevel level, boolean shortForm, List<String> candidates) implements MentionFacts {
        public Division {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A body (区委, 中共长春市朝阳区委, 市发改委, 国务院).
     *
     * @param kind         the kind of body (lexicon/bodies.tsv's second column; national for one of national-bodies.tsv),
     *                     or null for a department or a township's body
     * @param canonical    its full name, perhaps a template with {div} and {name} to fill for its jurisdiction
     * @param divisionCode the division written before it, whose body it is
     * @param levelRef     the article's division at this level is its jurisdiction (区委: county), when none is written
     * @param implied      named only through a post's title (区长 → 区政府): no text of its own
     */
    record Body(String kind, String canonical, String divisionCode, DivisionLevel levelRef, boolean implied) implements MentionFacts {}

    /**
     * A plenary session, a people's congress or CPPCC session, or a party congress.
     *
     * @param term           the term (届), null for a party congress
     * @param session        the session (次), null for a party congress
     * @param body           congress or cppcc for a people's congress or CPPCC session (rules/meeting-bodies.tsv), else null
     * @param division       the code of the division written before a session, whose body meets
     * @param organizerStart the start of the body's mention written right before it, its organizer
     * @param organizerName  the organizer's name when none is written but the meeting names it (党的二十大, 十九届四中全会)
     * @param organizerLevel the party committee of the article's division at this level organises it (十三届五次全会 alone)
     * @param congress       the number of a party congress (二十大: 20)
     * @param date           the day the text says it was held
     */
    record Meeting(Integer term, Integer session, String body, String division, Integer organizerStart, String organizerName,
                   DivisionLevel organizerLevel, Integer congress, LocalDate date) implements MentionFacts {}

    /** A person, with the title written before the name (区委书记) or the byline's role. */
    record Person(String role) implements MentionFacts {}
}
