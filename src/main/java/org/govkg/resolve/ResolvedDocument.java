package org.govkg.resolve;

import org.govkg.extract.Extraction;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A document's entities (sorted by key), observations (in text order) and statements, ready to map to RDF;
 * {@code documents} are the reports and decisions it names (key → title).
 */
public record ResolvedDocument(Extraction extraction, List<Entity> entities, List<Observation> observations,
                               List<Statement> statements, SortedMap<String, String> documents,
                               List<String> authorKeys, String publisherKey) {
    public ResolvedDocument {
        entities = List.copyOf(entities);
        observations = List.copyOf(observations);
        statements = List.copyOf(statements);
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        authorKeys = List.copyOf(authorKeys);
    }
}
