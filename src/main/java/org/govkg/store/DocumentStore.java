package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a build asks of the store, and all it may: whether the store holds a document (as these rules made it from
 * this very input), a graph or a triple; the triples of a graph as stored; whole named graphs written through a
 * sink or removed; compaction. Each call is one TDB2 transaction of its own (a read, or one write for all the graphs
 * it names): the transactions, and the dataset behind them, are the store's. Reads may run on other threads beside a
 * write. The one view of the whole dataset, {@link #read}, is for the graphs derived from every document (the links,
 * the VoID description), and is read-only.
 */
public interface DocumentStore {
    /**
     * Whether the named graph holds an article with this content digest ({@code gk:contentHash}) that the extraction
     * {@code activity} generated: the same input extracted by the same rules.
     */
    boolean holdsDocument(Node graph, String contentHash, Node activity);

    /** Whether the store has the named graph (with a triple at least). */
    boolean holdsGraph(Node graph);

    /** Whether the named graph holds the triple. */
    boolean holds(Node graph, Triple triple);

    /** The triples of the named graph as the store gives them back, in one read transaction. */
    void eachTriple(Node graph, Consumer<Triple> each);

    /** {@code reader} over the whole dataset, read-only, in one read transaction that ends when it returns. */
    void read(Consumer<DatasetGraph> reader);

    /** Replaces each named graph with the given triples, all in one transaction. */
    void replaceGraphs(Map<Node, Graph> graphs);

    /**
     * Replaces one named graph with the triples {@code content} sends to the sink it is given (triples, or quads of
     * that graph; start, finish and prefixes are ignored), in one transaction; nothing of them is held in memory.
     */
    void replaceGraph(Node name, Consumer<StreamRDF> content);

    /**
     * Changes named graphs in place (each graph's removed triples out, then its added ones in), all in one transaction:
     * for the graphs derived from every document, which a small build changes a little.
     */
    void changeGraphs(Map<Node, GraphChange> changes);

    /**
     * A note the store keeps beside its graphs for the build: what last brought the graphs derived from every document
     * (the links, the VoID description) up to date with the documents, or null when nothing did or a write since may
     * have left them behind (a build killed before its last step). Not part of any graph, so never exported.
     */
    String derivedState();

    /** Sets the note {@link #derivedState} reads, durably; null clears it before a write that makes it stale. */
    void derivedState(String state);

    /**
     * The stamp of the document's input at the build that last stored it or found it stored (see InputStamp), or
     * null. A cache beside the store: whether the store still holds that document is asked of {@link #holdsDocument}.
     */
    InputStamp inputStamp(String documentId);

    /** Records these stamps, by document id, over the ones kept; they are written beside the store by {@link #saveInputStamps}. */
    void recordInputStamps(Map<String, InputStamp> stamps);

    /** Writes the stamps when any changed since they were read (a failure is logged, not thrown: they are a cache). */
    void saveInputStamps();

    /** Deletes the named graphs whole, in one transaction. */
    void removeGraphs(Collection<Node> names);

    /** Reclaims the space earlier transactions left behind. */
    void compact();

    /** Compacts when the files have grown enough since the last compaction; returns whether it did. */
    boolean compactIfGrown();

    /** Whether the files have grown enough since the last compaction for {@link #compactIfGrown} to compact. */
    boolean grown();
}
