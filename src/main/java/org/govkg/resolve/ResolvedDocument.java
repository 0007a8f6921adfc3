package org.govkg.resolve;

import org.govkg.extract.Extraction;

import java.util.List;

/** A document's entities (sorted by key) and observations (in text order), ready to map to RDF. */
public record ResolvedDocument(Extraction extraction, List<Entity> entities, List<Observation> observations,
                               List<String> authorKeys, String publisherKey) {
    public ResolvedDocument {
        entities = List.copyOf(entities);
        observations = List.copyOf(observations);
        authorKeys = List.copyOf(authorKeys);
    }
}
