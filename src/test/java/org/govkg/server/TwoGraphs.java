package org.govkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** The fixture {@code server/two-graphs.trig}: read in memory, and copied into a TDB2 store. */
final class TwoGraphs {

    static final Node GRAPH_A = NodeFactory.createURI("https://w3id.org/govkg/id/graph/a");
    static final Node GRAPH_B = NodeFactory.createURI("https://w3id.org/govkg/id/graph/b");

    private TwoGraphs() {}

    /** The fixture as written, in memory (the expected side of comparisons). */
    static DatasetGraph expected() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = TwoGraphs.class.getResourceAsStream("/server/two-graphs.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** The union of the named graphs, as a set of triples. */
    static Graph expectedUnion() {
        Graph union = GraphFactory.createDefaultGraph();
        expected().find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    /** A TDB2 store in {@code dir} holding the fixture; the caller expels it when done. */
    static DatasetGraph tdb2(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        DatasetGraph source = expected();
        Txn.executeWrite(dsg, () -> source.find().forEachRemaining(dsg::add));
        return dsg;
    }

    /** The same, in memory (for unit tests). */
    static DatasetGraph tdb2InMemory() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        DatasetGraph source = expected();
        Txn.executeWrite(dsg, () -> source.find().forEachRemaining(dsg::add));
        return dsg;
    }
}
