package org.govkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The store's one way of writing: whole named graphs replaced (or deleted) in one TDB2 write transaction, with their
 * full-text entries staged beside it and committed in two phases around TDB2's commit, so a failure before TDB2
 * commits leaves neither changed.
 */
final class GraphWrites {
    private GraphWrites() {}

    /** A sink that sends the triples it is given, and the quads of {@code graph}, to {@code to}. */
    static StreamRDF sink(Node graph, Consumer<Triple> to) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                to.accept(t);
            }

            @Override
            public void quad(Quad q) {
                if (graph.equals(q.getGraph())) to.accept(q.asTriple());
            }
        };
    }

    /** One write transaction for all the graphs: a null content deletes the graph. */
    static void write(DatasetGraph dsg, FullTextIndex text, Map<Node, Consumer<Consumer<Triple>>> graphs) {
        write(dsg, text, graphs, null);
    }

    /**
     * One write transaction for all the graphs: a null content deletes the graph. With an {@code indexer}, each content
     * is sent twice, at once: to TDB2 on this thread and to the full-text index on the indexer's (a batch's index
     * entries cost about a fifth of its TDB2 writes, and a second core does them meanwhile); the contents must then
     * give the same triples each time they are asked, as graphs in memory do.
     */
    static void write(DatasetGraph dsg, FullTextIndex text, Map<Node, Consumer<Consumer<Triple>>> graphs, Executor indexer) {
        inTwoPhases(dsg, text, started -> {
            // every graph's entries are deleted before any is added: the staged deletes are by graph
            for (Node name : graphs.keySet()) {
                deleteGraph(dsg, name);
                text.stageDelete(name);
            }
            CompletableFuture<Void> indexing = indexer == null ? null : started.apply(CompletableFuture.runAsync(
                    () -> graphs.forEach((name, content) -> {
                        if (content != null) content.accept(text.stager(name));
                    }), indexer));
            for (Map.Entry<Node, Consumer<Consumer<Triple>>> e : graphs.entrySet()) {
                Node name = e.getKey();
                if (e.getValue() == null) continue;
                Consumer<Triple> indexed = indexer == null ? text.stager(name) : t -> {};
                e.getValue().accept(t -> {
                    dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    indexed.accept(t);
                });
            }
            if (indexing != null) {
                try {
                    indexing.join();
                } catch (CompletionException failed) {
                    if (failed.getCause() instanceof RuntimeException r) throw r;
                    if (failed.getCause() instanceof Error err) throw err;
                    throw failed;
                }
            }
        });
    }

    /**
     * One write transaction for in-place changes. The full-text index is per graph: a graph whose change touches an
     * indexed literal has its entries staged again whole, from the graph as the change leaves it (the derived graphs
     * hold none today, so this is the exception).
     */
    static void change(DatasetGraph dsg, FullTextIndex text, Map<Node, GraphChange> changes) {
        inTwoPhases(dsg, text, started -> {
            for (Map.Entry<Node, GraphChange> e : changes.entrySet()) {
                Node name = e.getKey();
                boolean indexed = false;
                for (Triple t : e.getValue().removed()) {
                    deleteStored(dsg, name, t);
                    indexed |= FullTextIndex.FIELDS.containsKey(t.getPredicate());
                }
                for (Triple t : e.getValue().added()) {
                    dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    indexed |= FullTextIndex.FIELDS.containsKey(t.getPredicate());
                }
                if (indexed) {
                    text.stageDelete(name);
                    Consumer<Triple> again = text.stager(name);
                    dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> again.accept(q.asTriple()));
                }
            }
        });
    }

    /** What a write stages in its transaction; it hands {@code started} the index entries it stages on another thread. */
    @FunctionalInterface
    private interface Staging {
        void stage(UnaryOperator<CompletableFuture<Void>> started);
    }

    /**
     * The one commit protocol of every write: the staging in a TDB2 write transaction, then the full-text index
     * prepared, TDB2 committed, the index committed. A failure before TDB2 commits waits for the entries staged on
     * another thread, aborts TDB2 and rolls the index back, so neither is changed.
     */
    private static void inTwoPhases(DatasetGraph dsg, FullTextIndex text, Staging staging) {
        boolean committing = false;
        List<CompletableFuture<Void>> indexing = new ArrayList<>(1);
        dsg.begin(TxnType.WRITE);
        try {
            staging.stage(f -> {
                indexing.add(f);
                return f;
            });
            text.prepare();
            committing = true;
            dsg.commit();
        } catch (IOException e) {
            indexing.forEach(GraphWrites::settle);
            undo(dsg, text, committing);
            throw new UncheckedIOException("full-text index: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            indexing.forEach(GraphWrites::settle);
            undo(dsg, text, committing);
            throw e;
        } finally {
            dsg.end();
        }
        try {
            text.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the store is written but its full-text index is not (it is rebuilt on the next open): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Deletes every quad of the graph, by the ids TDB2 stored them under. TDB2's own deleteAny finds the quads as nodes
     * and deletes them by those nodes' ids again, and an inline decimal does not always come back to the id it was
     * stored under ("128600000000"^^xsd:decimal is read back as "128600000000.0", whose id has another scale): such a
     * quad stayed behind in a graph replaced or removed before the store was next compacted.
     */
    static void deleteGraph(DatasetGraph dsg, Node name) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        // in slices, so a large graph (the links) is not held: each slice is gone from the index the next one reads
        Tuple<NodeId> lastFirst = null;
        for (;;) {  // bounded: each slice deletes what it found, and a slice that starts where the last one did stops it
            List<Tuple<NodeId>> slice = new ArrayList<>(SLICE);
            Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(name, Node.ANY, Node.ANY, Node.ANY);
            try {
                while (it.hasNext() && slice.size() < SLICE) slice.add(it.next());
            } finally {
                Iter.close(it);
            }
            if (slice.isEmpty()) return;
            if (slice.get(0).equals(lastFirst))
                throw new IllegalStateException("TDB2 kept the quads of " + name + " after deleting them: " + lastFirst);
            lastFirst = slice.get(0);
            quads.getTupleTable().deleteAll(slice);
        }
    }

    private static final int SLICE = 10_000;

    /**
     * Deletes the triple from the graph by the ids its quads were stored under, for the reason {@link #deleteGraph}
     * gives: a triple read back from the store (an inline decimal such as a conflict's difference) need not encode to
     * the id it was stored under, and dsg.delete would then leave it.
     */
    private static void deleteStored(DatasetGraph dsg, Node name, Triple t) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> found = new ArrayList<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(name, t.getSubject(), t.getPredicate(), Node.ANY);
        try {
            while (it.hasNext()) {
                Tuple<NodeId> q = it.next();
                if (quads.getNodeTable().getNodeForNodeId(q.get(3)).sameValueAs(t.getObject())) found.add(q);
            }
        } finally {
            Iter.close(it);
        }
        if (!found.isEmpty()) quads.getTupleTable().deleteAll(found);
    }

    /** Waits for the index entries being staged, whatever their outcome, so the rollback finds no writer busy. */
    private static void settle(CompletableFuture<Void> indexing) {
        try {
            indexing.join();
        } catch (RuntimeException alreadyFailing) {
            // the write is undone either way
        }
    }

    private static void undo(DatasetGraph dsg, FullTextIndex text, boolean tdbMayHaveCommitted) {
        if (dsg.isInTransaction()) dsg.abort();
        text.rollback(tdbMayHaveCommitted);
    }
}
