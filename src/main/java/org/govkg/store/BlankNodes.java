package org.govkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Gives blank nodes labels computed from what they hold (their outgoing triples, nested blank nodes
 * included) and where they hang (their incoming triples), so the same graph always gets the same
 * labels. Enough for the tree-shaped blank nodes of an ontology (lists, restrictions, component
 * specifications); two blank nodes with the same content and the same place are the same anyway.
 */
final class BlankNodes {
    private static final int MAX_DEPTH = 64;

    private BlankNodes() {}

    static List<Triple> canonical(List<Triple> triples) {
        if (triples.stream().noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank())) return triples;
        Map<Node, List<Triple>> out = new HashMap<>(), in = new HashMap<>();
        for (Triple t : triples) {
            if (t.getSubject().isBlank()) out.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            if (t.getObject().isBlank()) in.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t);
        }
        Map<Node, String> content = new HashMap<>();
        Map<Node, Node> label = new HashMap<>();
        TreeSet<Node> blanks = new TreeSet<>((a, b) -> a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel()));
        blanks.addAll(out.keySet());
        blanks.addAll(in.keySet());
        for (Node b : blanks) {
            StringBuilder sig = new StringBuilder(content(b, out, content, 0));
            TreeSet<String> where = new TreeSet<>();
            for (Triple t : in.getOrDefault(b, List.of()))
                where.add((t.getSubject().isBlank() ? content(t.getSubject(), out, content, 0) : NodeFmtLib.strNT(t.getSubject())) + " " + NodeFmtLib.strNT(t.getPredicate()));
            sig.append('|').append(String.join(";", where));
            label.put(b, NodeFactory.createBlankNode("b" + sha(sig.toString()).substring(0, 24)));
        }
        List<Triple> res = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            res.add(Triple.create(label.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(), label.getOrDefault(t.getObject(), t.getObject())));
        }
        return res;
    }

    private static String content(Node b, Map<Node, List<Triple>> out, Map<Node, String> memo, int depth) {
        String known = memo.get(b);
        if (known != null) return known;
        if (depth > MAX_DEPTH) return "_";
        TreeSet<String> parts = new TreeSet<>();
        for (Triple t : out.getOrDefault(b, List.of())) {
            Node o = t.getObject();
            parts.add(NodeFmtLib.strNT(t.getPredicate()) + " " + (o.isBlank() ? "[" + content(o, out, memo, depth + 1) + "]" : NodeFmtLib.strNT(o)));
        }
        String c = sha(String.join(";", parts));
        memo.put(b, c);
        return c;
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
