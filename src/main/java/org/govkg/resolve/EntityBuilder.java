package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A thing of one document while its mentions are grouped: mutable until {@link Resolver} turns it into an
 * {@link Entity}. The first type given stays; the preferred label is the longest given; a fact keeps the first
 * value given unless a step overwrites it on purpose (a stated location over the assumed one).
 */
final class EntityBuilder {
    EntityType type;
    String pref;
    final TreeSet<String> labels = new TreeSet<>();
    final List<Mention> mentions = new ArrayList<>();
    EntityFacts facts = EntityFacts.NONE;

    /** A thing first met under one name: of this type, the name its preferred label and its one label so far. */
    static EntityBuilder named(EntityType type, String name) {
        EntityBuilder b = new EntityBuilder();
        b.type = type;
        b.pref = name;
        b.labels.add(name);
        return b;
    }

    /** Whether the thing under {@code key} is of one of the types. */
    static boolean isA(Map<String, EntityBuilder> byKey, String key, EntityType... types) {
        EntityBuilder b = byKey.get(key);
        return b != null && java.util.Arrays.asList(types).contains(b.type);
    }
}
