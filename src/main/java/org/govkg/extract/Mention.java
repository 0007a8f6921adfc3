package org.govkg.extract;

/**
 * A stretch of the text [start, end) that names a thing.
 *
 * @param name  the name the thing is known by (the surface, or a fuller form the recogniser built)
 * @param facts what the recogniser learnt besides the name (code, organizer, term, role …)
 * @param alias a short name the text declares for a fuller one (简称“…”): the facts are the full name's
 */
public record Mention(EntityType type, String surface, String name, int start, int end, double confidence,
                      MentionFacts facts, boolean alias) {
    public Mention {
        if (facts == null) throw new NullPointerException("facts");
    }

    public static Mention of(EntityType type, String surface, int start, double confidence) {
        return new Mention(type, surface, surface, start, start + surface.length(), confidence, MentionFacts.NONE, false);
    }

    public Mention withFacts(MentionFacts newFacts) {
        return new Mention(type, surface, name, start, end, confidence, newFacts, alias);
    }

    public Mention withName(String newName) {
        return new Mention(type, surface, newName, start, end, confidence, facts, alias);
    }

    /** The facts of a division's name, or null for a mention of another kind. */
    public MentionFacts.Division division() {
        return facts instanceof MentionFacts.Division d ? d : null;
    }

    /** The facts of a body, or null for a mention of another kind. */
    public MentionFacts.Body body() {
        return facts instanceof MentionFacts.Body b ? b : null;
    }

    /** The facts of a meeting, or null for a mention of another kind. */
    public MentionFacts.Meeting meeting() {
        return facts instanceof MentionFacts.Meeting m ? m : null;
    }

    /** The facts of a person, or null for a mention of another kind. */
    public MentionFacts.Person person() {
        return facts instanceof MentionFacts.Person p ? p : null;
    }

    /** The gazetteer code of a division's name, null when it has none or is no division. */
    public String divisionCode() {
        MentionFacts.Division d = division();
        return d == null ? null : d.code();
    }

    /** The level of a division's name, null when it has no code or is no division. */
    public DivisionLevel divisionLevel() {
        MentionFacts.Division d = division();
        return d == null ? null : d.level();
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
