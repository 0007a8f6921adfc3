package org.govkg.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryPF;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * {@code text:query}, jena-text's own, except that a query string written in the SPARQL query is parsed when the
 * query is planned, not when its first row is read. A server has started its 200 response by then, so a syntax
 * error ({@code text:query "产业园 AND ("}) would end it half-written; planned, it is a QueryParseException, which
 * an endpoint answers with 400 and the reason.
 */
final class CheckedTextQueryPF extends TextQueryPF {
    static final String URI = "http://jena.apache.org/text#query";

    /** Puts this in jena-text's place, once jena-text has registered its own. */
    static void register() {
        TextQuery.init();
        PropertyFunctionRegistry.get().put(URI, uri -> new CheckedTextQueryPF());
    }

    @Override
    public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        super.build(argSubject, predicate, argObject, execCxt);
        if (!(execCxt.getContext().get(TextQuery.textIndex) instanceof HanTextIndex index)) return;
        Node q = queryString(argObject);
        if (q != null && q.isLiteral()) index.check(q.getLiteralLexicalForm());
    }

    // "…", or the first term after the properties of ( prop… "…" limit? … )
    private static Node queryString(PropFuncArg arg) {
        if (arg.isNode()) return arg.getArg();
        List<Node> list = arg.getArgList();
        for (Node n : list) if (!n.isURI()) return n;
        return null;
    }
}
