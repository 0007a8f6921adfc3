package org.govkg.extract;

/** The nine kinds of extracted things; {@code className} is the gk: class, {@code slug} the IRI path segment. */
public enum EntityType {
    DIVISION("AdministrativeDivision", "division"),
    ORGANIZATION("Organization", "organization"),
    ENTERPRISE("Enterprise", "enterprise"),
    MEETING("Meeting", "meeting"),
    PROJECT("Project", "project"),
    ZONE("IndustrialZone", "zone"),
    PLACE("Place", "place"),
    PERSON("Person", "person"),
    INITIATIVE("Initiative", "initiative");

    public final String className;
    public final String slug;

    EntityType(String className, String slug) {
        this.className = className;
        this.slug = slug;
    }

    public static EntityType ofClassName(String name) {
        for (EntityType t : values()) if (t.className.equals(name)) return t;
        throw new IllegalArgumentException("unknown entity type " + name);
    }
}
