package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;

import java.util.List;
import java.util.SortedSet;

/**
 * A thing the document mentions, with the key its IRI is made of ({@code division/220104},
 * {@code project/6f1a…}), its names, every mention, and the facts the text gives about it. Facts
 * that point at other entities hold their keys: jurisdiction, organizer, partOf, locatedIn.
 */
public record Entity(String key, EntityType type, String prefLabel, SortedSet<String> labels, List<Mention> mentions,
                     EntityFacts facts) {
    public double confidence() {
        return mentions.stream().mapToDouble(Mention::confidence).max().orElse(0.5);
    }
}
