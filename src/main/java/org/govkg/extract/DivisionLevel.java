package org.govkg.extract;

/**
 * The level of an administrative division, as the gazetteer writes it ({@link #id()}: province, prefecture,
 * county, township) and as the ontology names it ({@link #localName()}: the gk: local name, Province …).
 */
public enum DivisionLevel {
    PROVINCE("province", "Province"),
    PREFECTURE("prefecture", "Prefecture"),
    COUNTY("county", "County"),
    TOWNSHIP("township", "Township");

    private final String id, localName;

    DivisionLevel(String id, String localName) {
        this.id = id;
        this.localName = localName;
    }

    /** The word the gazetteer and the lexicons use (divisions.tsv, level-characters.tsv). */
    public String id() {
        return id;
    }

    /** The local name of the gk: level (gk:County). */
    public String localName() {
        return localName;
    }

    /** The level a gazetteer or lexicon word names; an unknown word is an error of that data file. */
    public static DivisionLevel of(String id) {
        for (DivisionLevel l : values()) if (l.id.equals(id)) return l;
        throw new IllegalArgumentException("no division level " + id);
    }
}
