package org.govkg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.govkg.store.DocumentStore;
import org.govkg.store.GraphChange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Keeps the graphs derived from every document (gkr:graph/links, gkr:graph/void) up to date through one build or
 * removal, for what it changed: the keys of each graph written or removed are taken before it goes (from the store)
 * and as it comes (from the new graph), and at the end only the groups those keys touch are recomputed
 * (IncrementalLinks, VoidDelta) and the difference written in place, in one transaction. The result is the one a
 * recomputation over the whole store gives.
 * <p>
 * The whole store is recomputed instead when the store's note (DocumentStore#derivedState) does not say these rules
 * brought the derived graphs up to date: a store built by another version of the extraction (or before this note
 * existed), a build killed between its documents and this last step (the note is cleared before the first write), a
 * build that rewrote the ontology or gazetteer graph, one asked to ({@code build --relink}), and one that changed so
 * much that holding its keys would cost more than the recomputation ({@link #MAX_KEYS}).
 */
final class DerivedGraphs {
    /** Keys a build holds before it gives up following them and recomputes the whole store at its end. */
    static final long MAX_KEYS = 500_000;

    private final Engine engine;
    private final String state;
    private boolean whole;
    private boolean cleared;
    private final Set<Node> changed = new LinkedHashSet<>();
    private DocumentKeys old = DocumentKeys.empty(), now = DocumentKeys.empty();

    DerivedGraphs(Engine engine, DocumentStore store, boolean relink) {
        this.engine = engine;
        this.state = state(engine);
        this.whole = relink || !state.equals(store.derivedState());
    }

    /**
     * What the store's note says when these rules brought its derived graphs up to date: the activity names the rules
     * and this code (its digest covers every source); the base names the IRIs.
     */
    static String state(Engine engine) {
        return engine.ontology().activity().getURI() + " " + engine.iris().base();
    }

    /** Whether the end of this build recomputes the whole store. */
    boolean whole() {
        return whole;
    }

    /** Before graphs the build cannot follow (the ontology, the gazetteer) are rewritten: the whole store at the end. */
    void rewritingAll(DocumentStore store) {
        clear(store);
        whole = true;
        dropKeys();
    }

    /**
     * Before the named graphs are replaced by {@code graphs} (a null graph: removed): their keys as stored and as
     * they will be. Every graph given is counted as changed, written or not (a write that fails leaves it as it was,
     * and recomputing its groups changes nothing).
     */
    void replacing(DocumentStore store, Map<Node, Graph> graphs) {
        clear(store);
        if (whole) return;
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            changed.add(e.getKey());
            List<Triple> stored = new ArrayList<>();
            store.eachTriple(e.getKey(), stored::add);
            old.addAll(DocumentKeys.of(stored, engine.iris().base()));
            if (e.getValue() != null) now.addAll(DocumentKeys.of(e.getValue().find().toList(), engine.iris().base()));
        }
        if (old.size() + now.size() > MAX_KEYS) {
            whole = true;
            dropKeys();
        }
    }

    /** {@link #replacing} for graphs that are removed. */
    void removing(DocumentStore store, Collection<Node> graphs) {
        Map<Node, Graph> none = new LinkedHashMap<>();
        for (Node g : graphs) none.put(g, null);
        replacing(store, none);
    }

    /**
     * Brings the derived graphs up to date: the whole store through {@code recompute} (which reports whether it
     * changed them, and announces its own stages), else the change for the keys taken, {@link Stage#LINKS} announced
     * before the links' and {@link Stage#VOID} before the description's. Then the note says these rules made them.
     * Returns whether either graph changed.
     */
    boolean finish(DocumentStore store, BuildListener listener, BooleanSupplier recompute) {
        boolean wrote;
        if (whole) wrote = recompute.getAsBoolean();
        else if (!cleared) return false;  // nothing written: the derived graphs are as the note says
        else wrote = change(store, listener);
        store.derivedState(state);
        return wrote;
    }

    private boolean change(DocumentStore store, BuildListener listener) {
        DocumentKeys keys = DocumentKeys.empty();
        keys.addAll(old);
        keys.addAll(now);
        String base = engine.iris().base();
        Map<Node, GraphChange> changes = new LinkedHashMap<>();
        store.read(dsg -> {
            listener.stage(Stage.LINKS);
            IncrementalLinks.Delta links = new IncrementalLinks(engine.gazetteer(), base).compute(dsg, keys);
            listener.stage(Stage.VOID);
            GraphChange description = new VoidDelta(base).compute(dsg, changed, old, now, links);
            if (!links.isEmpty()) changes.put(engine.iris().linksGraph(), new GraphChange(links.removed(), links.added()));
            if (!description.isEmpty()) changes.put(engine.iris().voidGraph(), description);
        });
        if (changes.isEmpty()) return false;
        store.changeGraphs(changes);
        return true;
    }

    private void clear(DocumentStore store) {
        if (cleared) return;
        store.derivedState(null);
        cleared = true;
    }

    private void dropKeys() {
        changed.clear();
        old = DocumentKeys.empty();
        now = DocumentKeys.empty();
    }
}
