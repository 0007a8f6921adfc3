package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.govkg.rdf.GK;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * gk:revises, a conflict with a direction: of two figures that conflict (gk:conflictsWith: the same area, indicator,
 * resolved period and kind, different values, different articles), the one whose article was published later revises
 * the other. Articles of one day, or without an xsd:date of publication, give no direction. Read inside the caller's
 * read transaction.
 */
final class Revisions {
    static final Node REVISES = GK.gk("revises");
    private static final Node CONFLICTS = GK.gk("conflictsWith");
    private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";

    private final DatasetGraph dsg;
    private final Map<Node, Optional<String>> dates = new HashMap<>();

    Revisions(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** A sink that passes every triple on to {@code sink} and, after each x gk:conflictsWith y of a later x, x gk:revises y. */
    Consumer<Triple> around(Consumer<Triple> sink) {
        return t -> {
            sink.accept(t);
            if (!t.getPredicate().equals(CONFLICTS)) return;
            Optional<String> x = published(t.getSubject()), y = published(t.getObject());
            if (x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) > 0) sink.accept(Triple.create(t.getSubject(), REVISES, t.getObject()));
        };
    }

    /** The publication day of the figure's article (of its least source), empty when it has none. */
    private Optional<String> published(Node observation) {
        return dates.computeIfAbsent(observation, o -> {
            Node article = null;
            Iterator<Quad> sources = dsg.findNG(Node.ANY, o, GK.provWasDerivedFrom, Node.ANY);
            while (sources.hasNext()) {
                Node a = sources.next().getObject();
                if (a.isURI() && (article == null || a.getURI().compareTo(article.getURI()) < 0)) article = a;
            }
            if (article == null) return Optional.empty();
            String day = null;
            Iterator<Quad> published = dsg.findNG(Node.ANY, article, GK.schemaDatePublished, Node.ANY);
            while (published.hasNext()) {
                Node d = published.next().getObject();
                if (!d.isLiteral() || !XSD_DATE.equals(d.getLiteralDatatypeURI())) continue;
                String s = d.getLiteralLexicalForm();
                if (day == null || s.compareTo(day) < 0) day = s;
            }
            return Optional.ofNullable(day);
        });
    }
}
