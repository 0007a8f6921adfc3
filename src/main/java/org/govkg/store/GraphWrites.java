package org.govkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

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
        boolean committing = false;
        dsg.begin(TxnType.WRITE);
        try {
            for (Map.Entry<Node, Consumer<Consumer<Triple>>> e : graphs.entrySet()) {
                Node name = e.getKey();
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                text.stageDelete(name);
                if (e.getValue() != null) {
                    Consumer<Triple> indexed = text.stager(name);
                    e.getValue().accept(t -> {
                        dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                        indexed.accept(t);
                    });
                }
            }
            text.prepare();
            committing = true;
            dsg.commit();
        } catch (IOException e) {
            undo(dsg, text, committing);
            throw new UncheckedIOException("full-text index: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
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
     * One write transaction for in-place changes. The full-text index is per graph: a graph whose change touches an
     * indexed literal has its entries staged again whole, from the graph as the change leaves it (the derived graphs
     * hold none today, so this is the exception).
     */
    static void change(DatasetGraph dsg, FullTextIndex text, Map<Node, GraphChange> changes) {
        boolean committing = false;
        dsg.begin(TxnType.WRITE);
        try {
            for (Map.Entry<Node, GraphChange> e : changes.entrySet()) {
                Node name = e.getKey();
                boolean indexed = false;
                for (Triple t : e.getValue().removed()) {
                    dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
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
            text.prepare();
            committing = true;
            dsg.commit();
        } catch (IOException e) {
            undo(dsg, text, committing);
            throw new UncheckedIOException("full-text index: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
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

    private static void undo(DatasetGraph dsg, FullTextIndex text, boolean tdbMayHaveCommitted) {
        if (dsg.isInTransaction()) dsg.abort();
        text.rollback(tdbMayHaveCommitted);
    }
}
