package org.govkg.extract;

/**
 * A relation the text states between two things, with the stretch of text that states it.
 *
 * @param kind    what it says: investor, operator, contractor, locatedIn (project → enterprise, thing → place),
 *                post (person → body, {@code value} the title), stage (project, {@code value} the stage),
 *                heard / adopted (meeting → a document titled {@code value}), delivered (person → a report
 *                titled {@code value}; {@code object} the body on whose behalf, may be null)
 * @param subject the thing the relation is about; a meeting's subject may be null when the text says only 全会
 * @param object  the other thing, null when the relation ends in a value
 * @param value   a title, a stage, or null
 * @param date    the date the text gives for it (2024-02-01 day precision, 2024-02 a month, 2024 a year), or null
 */
public record Relation(String kind, Mention subject, Mention object, String value, String date, int start, int end,
                       double confidence) {}
