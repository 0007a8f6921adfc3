package org.govkg.resolve;

/**
 * A relation between resolved things as one document states it, with its evidence [start, end) in the
 * text. Kinds and what the keys hold: investor, operator, contractor (project → enterprise), locatedIn
 * (thing → zone or division), post (person → body, {@code value} the title), stage (project, {@code value}
 * the stage, {@code date} when stated), heard and adopted (meeting → document), deliveredBy (document →
 * person), onBehalfOf (document → body).
 */
public record Statement(String kind, String subjectKey, String objectKey, String value, String date, int start, int end,
                        double confidence) {}
