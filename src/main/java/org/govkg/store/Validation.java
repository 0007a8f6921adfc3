package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.govkg.rdf.Ontology;

import java.util.ArrayList;
import java.util.List;

/**
 * SHACL over the store: each document graph together with the ontology graph (its observations point
 * at the indicator scheme there), and the gazetteer graph on its own.
 */
public final class Validation {
    /** The outcome: how many graphs, how many violations, one line per violation. */
    public record Report(int graphs, int violations, List<String> messages) {}

    private Validation() {}

    public static Report validate(DatasetGraph dsg, String base) {
        Shapes shapes = Shapes.parse(Ontology.shapes());
        Node ontology = NodeFactory.createURI(base + "graph/ontology");
        List<String> messages = new ArrayList<>();
        int[] counts = new int[2];
        Txn.executeRead(dsg, () -> {
            Graph onto = copy(dsg, ontology);
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            for (Node g : names) {
                if (g.equals(ontology)) continue;
                Graph data = copy(dsg, g);
                onto.find().forEachRemaining(data::add);
                ValidationReport r = ShaclValidator.get().validate(shapes, data);
                counts[0]++;
                for (ReportEntry e : r.getEntries()) {
                    if (e.severity() != Severity.Violation) continue;
                    counts[1]++;
                    messages.add(g.getURI() + ": " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
                }
            }
        });
        return new Report(counts[0], counts[1], messages);
    }

    private static Graph copy(DatasetGraph dsg, Node g) {
        Graph out = GraphFactory.createDefaultGraph();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }
}
