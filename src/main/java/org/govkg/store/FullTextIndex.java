package org.govkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.govkg.rdf.GK;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's full-text index: a jena-text Lucene index in {@code DIR/text}, one Lucene document per indexed
 * literal, in jena-text's own layout (so {@code text:query} reads it), written by the store and not by
 * jena-text's change listener, which leaves stale entries when a graph is replaced (apache/jena#1985).
 * <p>
 * Fields: {@code label} (rdfs:label, skos:prefLabel; the field a plain {@code text:query} searches) and
 * {@code evidence} (nif:anchorOf: the sentences observations and statements are read from, and the words of
 * each mention), with the subject ({@code uri}), the named graph ({@code graph}) and the language tag
 * ({@code lang}). A graph is indexed whole: its entries are deleted by graph and its literals added again.
 * <p>
 * Changes are staged during the store's write transaction and committed in two phases around TDB2's commit
 * ({@link #prepare}, {@link #commit}, {@link #rollback}). A marker file, {@code DIR/text.pending}, exists from
 * before TDB2 commits until Lucene has committed: if the process dies in between, the next open finds it and
 * builds the index again from the store, as it does for a store that has no index yet.
 */
final class FullTextIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FullTextIndex.class);

    static final String ENTITY_FIELD = "uri", GRAPH_FIELD = "graph", LANG_FIELD = "lang";
    static final String LABEL_FIELD = "label", EVIDENCE_FIELD = "evidence";
    /** Indexed predicate → its field. */
    static final Map<Node, String> FIELDS = Map.of(
            GK.rdfsLabel, LABEL_FIELD,
            GK.skosPrefLabel, LABEL_FIELD,
            GK.nifAnchorOf, EVIDENCE_FIELD);

    static {
        CheckedTextQueryPF.register();
    }

    private final HanTextIndex index;
    private final Path pending;

    private FullTextIndex(HanTextIndex index, Path pending) {
        this.index = index;
        this.pending = pending;
    }

    /**
     * Opens (or creates) the index of the store in {@code storeDir}, building it from {@code dsg} when it is
     * missing or a write was interrupted between TDB2's commit and Lucene's.
     */
    static FullTextIndex open(Path storeDir, DatasetGraph dsg) throws IOException {
        Path dir = storeDir.resolve("text");
        Path pending = storeDir.resolve("text.pending");
        boolean existed = false;
        if (Files.isDirectory(dir)) {
            try (FSDirectory d = FSDirectory.open(dir)) {
                existed = DirectoryReader.indexExists(d);
            }
        }
        FullTextIndex text = new FullTextIndex(new HanTextIndex(FSDirectory.open(dir), config()), pending);
        try {
            if (!existed || Files.exists(pending)) text.rebuild(dsg, existed ? "a write was interrupted" : "the store has none yet");
        } catch (RuntimeException | IOException e) {
            text.close();
            throw e;
        }
        return text;
    }

    private static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, GRAPH_FIELD, GK.rdfsLabel);
        def.set(LABEL_FIELD, GK.skosPrefLabel);
        def.set(EVIDENCE_FIELD, GK.nifAnchorOf);
        def.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(true);
        config.setAnalyzer(HanBigramAnalyzer.forIndex());
        // the query analyzer replaces jena-text's per-field one whole: the key fields stay keywords
        Analyzer keyword = new KeywordAnalyzer();
        config.setQueryAnalyzer(new PerFieldAnalyzerWrapper(HanBigramAnalyzer.forQuery(),
                Map.of(ENTITY_FIELD, keyword, GRAPH_FIELD, keyword, LANG_FIELD, keyword)));
        return config;
    }

    /** The jena-text index, for {@code text:query} (set in the dataset's context) and {@link TextSearch}. */
    HanTextIndex index() {
        return index;
    }

    /** Stages the entries of the triples given to the returned sink, added to {@code graph} after {@link #stageDelete}. */
    Consumer<Triple> stager(Node graph) {
        Set<String> seen = new HashSet<>();
        return t -> add(graph, t.getSubject(), t.getPredicate(), t.getObject(), seen);
    }

    /** Stages the removal of the graph's entries. */
    void stageDelete(Node graph) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, TextQueryFuncs.graphNodeToString(graph)));
        } catch (IOException e) {
            throw new TextIndexException("delete the entries of " + graph, e);
        }
    }

    // One entry per subject, field, text and language in a graph: a label that is also the prefLabel is one.
    private void add(Node g, Node s, Node p, Node o, Set<String> seen) {
        String field = FIELDS.get(p);
        if (field == null || !o.isLiteral() || o.getLiteralLexicalForm().isBlank()) return;
        if (!(s.isURI() || s.isBlank())) return;
        String key = TextQueryFuncs.subjectToString(s) + '\u0000' + field + '\u0000' + o.getLiteralLexicalForm()
                + '\u0000' + o.getLiteralLanguage();
        if (!seen.add(key)) return;
        Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), g, s, p, o);
        if (e != null) index.addEntity(e);
    }

    /** Phase one, before TDB2 commits: the marker, then Lucene's prepared commit. */
    void prepare() throws IOException {
        Files.writeString(pending, "");
        index.prepareCommit();
    }

    /** Phase two, once TDB2 has committed. */
    void commit() throws IOException {
        index.commit();
        Files.deleteIfExists(pending);
    }

    /**
     * Drops what was staged. The marker goes only when TDB2 surely did not commit ({@code tdbCommitted} false):
     * otherwise the next open rebuilds.
     */
    void rollback(boolean tdbMayHaveCommitted) {
        try {
            index.rollback();
            if (!tdbMayHaveCommitted) Files.deleteIfExists(pending);
        } catch (IOException | RuntimeException e) {
            LOG.warn("full-text index: rollback failed ({}); it is rebuilt on the next open", e.toString());
        }
    }

    /** The whole index again, from every named graph of {@code dsg}, in one Lucene commit. */
    void rebuild(DatasetGraph dsg, String why) throws IOException {
        long t0 = System.nanoTime();
        Files.writeString(pending, "");
        try {
            index.getIndexWriter().deleteAll();
            Set<String> seen = new HashSet<>();
            long[] n = {0};
            Txn.executeRead(dsg, () -> {
                for (Node p : List.of(GK.rdfsLabel, GK.skosPrefLabel, GK.nifAnchorOf)) {
                    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        if (q.isDefaultGraph()) continue;
                        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject(), seen);
                    }
                }
                n[0] = seen.size();
            });
            index.commit();
            Files.deleteIfExists(pending);
            if (n[0] > 0)
                LOG.info("full-text index built ({}): {} entries in {} ms", why, n[0], (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
