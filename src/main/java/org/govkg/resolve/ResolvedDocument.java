package org.govkg.resolve;

import org.govkg.extract.Extraction;

import java.util.Comparator;
import java.util.List;

/**
 * A document's entities (sorted by key), observations (in text order) and statements, ready to map to RDF;
 * {@code documents} are the reports and decisions it names, sorted by key, one per key.
 */
public record ResolvedDocument(Extraction extraction, List<Entity> entities, List<Observation> observations,
                               List<Statement> statements, List<ReportTitle> documents,
                               List<String> authorKeys, String publisherKey) {
    public ResolvedDocument {
        entities = List.copyOf(entities);
        observations = List.copyOf(observations);
        statements = List.copyOf(statements);
        documents = documents.stream().sorted(Comparator.comparing(ReportTitle::key)).toList();
        if (documents.stream().map(ReportTitle::key).distinct().count() != documents.size())
            throw new IllegalArgumentException("two titles of one document: " + documents);
        authorKeys = List.copyOf(authorKeys);
    }
}
