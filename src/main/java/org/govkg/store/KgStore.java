package org.govkg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The graph store: a TDB2 database in a directory. A batch of named graphs is written in one write
 * transaction (one transaction per small document bloats TDB2, see pitfalls), and each graph is
 * replaced whole, so a rebuilt document leaves no stale triples and a failed batch leaves nothing.
 * TDB2 locks its directory to one process: opening a store another process holds fails here, clearly.
 */
public final class KgStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path dir;

    private KgStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    public static KgStore open(Path dir) throws StoreException {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KgStore(dir, dsg);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage()
                    + " (is another govkg process, such as a running serve, using it?)", e);
        }
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** Replaces each named graph with the given triples, all in one transaction. */
    public void replaceGraphs(Map<Node, Graph> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
                Node name = e.getKey();
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                Iterator<Triple> it = e.getValue().find();
                while (it.hasNext()) {
                    Triple t = it.next();
                    dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
        });
    }




    /** Deletes the named graphs whole, in one transaction. */
    public void removeGraphs(java.util.Collection<Node> names) {
        Txn.executeWrite(dsg, () -> {
            for (Node name : names) dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        });
    }

    /** Reclaims the space earlier transactions left behind (TDB2 keeps old B+tree copies until compacted). */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /**
     * A consistent copy of the whole store, gzipped N-Quads, written by TDB2's own backup inside a read
     * transaction (readers go on meanwhile); returns the file, under the store's Backups folder.
     */
    public Path backup() {
        return Path.of(DatabaseMgr.backup(dsg));
    }

    public Path directory() {
        return dir;
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

}
