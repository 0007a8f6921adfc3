package org.govkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
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
        Node gazetteer = NodeFactory.createURI(base + "graph/gazetteer");
        List<String> messages = new ArrayList<>();
        int[] counts = new int[2];
        Txn.executeRead(dsg, () -> {
            Graph onto = copy(dsg, ontology), gaz = copy(dsg, gazetteer);
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            // the ontology and the gazetteer, checked once on their own
            report(ShaclValidator.get().validate(shapes, new Union(onto, gaz)), "ontology+gazetteer", messages, counts);
            for (Node g : names) {
                if (g.equals(ontology) || g.equals(gazetteer)) continue;
                // a document's nodes point at units, kinds, indicators and parent divisions there:
                // validate the document's own nodes against the union, node by node
                Graph doc = copy(dsg, g);
                Graph union = new Union(doc, new Union(onto, gaz));
                java.util.Set<Node> subjects = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::toString));
                doc.find().forEachRemaining(t -> subjects.add(t.getSubject()));
                for (Node n : subjects) report(ShaclValidator.get().validate(shapes, union, n), g.getURI(), messages, counts);
                counts[0]++;
            }
        });
        return new Report(counts[0], counts[1], messages);
    }

    private static void report(ValidationReport r, String where, List<String> messages, int[] counts) {
        for (ReportEntry e : r.getEntries()) {
            if (e.severity() != Severity.Violation) continue;
            counts[1]++;
            messages.add(where + ": " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
    }

    private static Graph copy(DatasetGraph dsg, Node g) {
        Graph out = GraphFactory.createDefaultGraph();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }
}
