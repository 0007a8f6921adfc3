package org.govkg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.govkg.extract.Gazetteer;
import org.govkg.generate.CorpusGenerator;
import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.InputException;
import org.govkg.nlp.HanlpSegmenter;
import org.govkg.nlp.Segmenter;
import org.govkg.nlp.TraditionalChinese;
import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Pipeline;
import org.govkg.server.KgServer;
import org.govkg.server.ServerOptions;
import org.govkg.store.KgStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * govkg measured against its anchors in one run, on one machine and one generated corpus: extraction
 * against HanLP's segmentation with the same recognisers (and, for the record, HanLP's StandardTokenizer),
 * on the generated articles and on the bundled real-shaped samples; store writes against TDB2's parallel bulk
 * loader on the same quads; query latency of the named queries against a bare Fuseki on the same store; and
 * the whole build's throughput and peak heap. Prints, and writes as Markdown, a table of ratios with their
 * targets. Every loop is bounded; servers listen on loopback only.
 */
public final class Benchmark {
    /**
     * What to run: the corpus size, the extraction threads, the client counts, the requests per client count and
     * server, the timed rounds of each, a folder of real-shaped articles (or null), the folder whose corpus/ and
     * realdev/articles/ hold real articles (or null), the characters the real and real-shaped articles are repeated
     * to, the parts to run, the working folder and the table.
     */
    public record Options(int articles, long seed, int threads, List<Integer> clients, int requests, int rounds,
                          Path samples, Path real, long realChars, Set<Part> parts, Path work, Path out) {
        public Options {
            parts = Set.copyOf(parts);
        }
    }

    /**
     * The parts of a run, each a group of rows: {@code extraction} (generated, real-shaped and real articles),
     * {@code real} (the real articles' row alone, the quickest measure of extraction), {@code store} (store writes
     * and the whole build) and {@code queries}.
     */
    public enum Part {
        EXTRACTION, REAL, STORE, QUERIES;

        /** The parts a user names ({@code extraction}, {@code real}, {@code store}, {@code queries}). */
        public static Part named(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    private record Row(String what, String govkg, String anchor, double ratio, String target, boolean met) {}

    /** Latencies of one run of requests, in ms: p50, p95, and each query's median. */
    private record Latency(double p50, double p95, Map<String, Double> perQuery) {}

    /** Lookups (one bound resource) must answer at 8 clients within this, on a 10 000-article store. */
    private static final double LOOKUP_P95_MS = 50;

    /** Real and real-shaped articles are repeated to this many characters by default, so that their passes are long enough to time. */
    public static final long REAL_CHARS = 2_000_000;

    /** The timed passes of the real-text row at least: the row the extraction target is read from. */
    private static final int REAL_ROUNDS = 3;

    private final Options o;
    private final PrintWriter log;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, double[]> perQuery = new TreeMap<>();

    public Benchmark(Options options, PrintWriter log) {
        this.o = options;
        this.log = log;
    }

    public void run() throws Exception {
        Set<Part> parts = o.parts();
        boolean generated = parts.contains(Part.EXTRACTION) || parts.contains(Part.STORE) || parts.contains(Part.QUERIES);
        Path corpus = o.work().resolve("corpus");
        List<Document> docs = List.of();
        if (generated) {
            log.printf("generating %d articles (seed %d)%n", o.articles(), o.seed());
            new CorpusGenerator(Gazetteer.load(), o.seed()).write(corpus, 0, o.articles());
            docs = read(corpus.resolve("articles"));
            long chars = chars(docs);
            facts.put("corpus", String.format(Locale.ROOT, "%,d generated articles, %,d characters (%,d per article)", docs.size(), chars, chars / docs.size()));
        }
        facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, Java " + System.getProperty("java.version"));
        facts.put("threads", Integer.toString(o.threads()));
        facts.put("timing", "extraction: the fastest of " + o.rounds() + " passes each (of " + Math.max(REAL_ROUNDS, o.rounds())
                + " on the real articles), govkg's and the anchors' taken in turn, after a warm-up pass each; "
                + "queries: both servers up on the one store, the fastest of " + o.rounds() + " runs each, taken in turn (ABBA), after a warm-up request per query");
        Engine engine = new Engine(BuildOptions.DEFAULT_BASE);

        // 1. extraction against segmentation with the same recognisers, on generated, real-shaped and real articles
        if (parts.contains(Part.EXTRACTION)) {
            progress("extraction: govkg, HanLP with the same recognisers, StandardTokenizer");
            extraction("generated articles", docs, engine, o.rounds());
            if (o.samples() != null) {
                List<Document> samples = read(o.samples());
                List<Document> repeated = repeated(samples);
                facts.put("real-shaped articles", String.format(Locale.ROOT, "the %d bundled samples (%,d characters per article), repeated to %,d articles",
                        samples.size(), chars(samples) / samples.size(), repeated.size()));
                extraction("real-shaped articles", repeated, engine, o.rounds());
            }
        }
        if (parts.contains(Part.EXTRACTION) || parts.contains(Part.REAL)) realText(engine);

        if (parts.contains(Part.STORE)) {
            progress("store writes: govkg's transactions, then TDB2's parallel bulk loader");
            writes(docs, engine);
            progress("the whole build");
            build(docs, corpus, engine);
        }

        if (parts.contains(Part.QUERIES)) {
            progress("query latency: govkg serve and a bare Fuseki");
            // 4. query latency: govkg serve and a bare Fuseki on the same store, with its union default graph and text index
            Path db = o.work().resolve("db");
            if (!parts.contains(Part.STORE)) {
                try (KgStore store = KgStore.open(db)) {
                    new Pipeline(engine).build(store, new BuildOptions(db, List.of(corpus.resolve("articles")), o.threads(), BATCH, BuildOptions.DEFAULT_BASE), r -> {});
                }
            }
            queries(db);
        }
        write();
    }

    /**
     * The real-text row: every article of {@code real}/corpus and {@code real}/realdev/articles when there are any
     * (read for their speed only: no figure of accuracy comes from them here), else the bundled samples, repeated to
     * {@code realChars} characters; the target of extraction's speed is read from this row, against StandardTokenizer.
     */
    private void realText(Engine engine) throws Exception {
        List<Document> real = new ArrayList<>();
        String from;
        if (o.real() != null) {
            for (Path dir : List.of(o.real().resolve("corpus"), o.real().resolve("realdev").resolve("articles"))) {
                if (!Files.isDirectory(dir)) continue;
                real.addAll(read(dir));
            }
        }
        if (!real.isEmpty()) from = String.format(Locale.ROOT, "the %d articles of %s/corpus and %s/realdev/articles",
                real.size(), o.real(), o.real());
        else if (o.samples() != null) {
            real = read(o.samples());
            from = "no real articles in " + o.real() + ": the " + real.size() + " bundled samples";
        } else return;
        List<Document> repeated = repeated(real);
        facts.put("real articles", String.format(Locale.ROOT, "%s (%,d characters per article, %d in traditional characters), repeated to %,d articles, %,d characters",
                from, chars(real) / real.size(), real.stream().filter(d -> TraditionalChinese.toSimplified(d.text()) != null).count(),
                repeated.size(), chars(repeated)));
        progress("extraction on real articles: " + repeated.size() + " articles");
        extraction("real articles", repeated, engine, Math.max(REAL_ROUNDS, o.rounds()));
    }

    /** The articles repeated (in order, the same documents again) to at least {@code realChars} characters, once at least. */
    private List<Document> repeated(List<Document> articles) {
        long chars = Math.max(1, chars(articles));
        long copies = Math.max(1, (o.realChars() + chars - 1) / chars);
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < copies; i++) out.addAll(articles);
        return out;
    }

    /** Store writes against the bulk loader, on the same quads. */
    private void writes(List<Document> docs, Engine engine) throws Exception {
        List<Engine.Result> graphs = Collections.synchronizedList(new ArrayList<>());
        parallel(docs, d -> graphs.add(engine.processPacked(d)));
        graphs.sort((a, b) -> a.graphName().getURI().compareTo(b.graphName().getURI()));
        long quads = graphs.stream().mapToLong(r -> r.graph().size()).sum();
        double writeSeconds;
        try (KgStore store = KgStore.open(o.work().resolve("db-write"))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < graphs.size(); i += BATCH) {
                Map<Node, Graph> batch = new LinkedHashMap<>();
                for (Engine.Result r : graphs.subList(i, Math.min(graphs.size(), i + BATCH))) batch.put(r.graphName(), r.graph());
                store.replaceGraphs(batch);
            }
            writeSeconds = seconds(t0);
        }
        Path nq = o.work().resolve("all.nq");
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(nq))) {
            DatasetGraph all = DatasetGraphFactory.create();
            for (Engine.Result r : graphs) r.graph().find().forEachRemaining(t -> all.add(new Quad(r.graphName(), t)));
            RDFDataMgr.write(os, all, Lang.NQUADS);
        }
        graphs.clear();
        DatasetGraph bulk = DatabaseMgr.connectDatasetGraph(o.work().resolve("db-bulk").toString());
        long t1 = System.nanoTime();
        var loader = LoaderFactory.parallelLoader(bulk, LoaderOps.outputToLog());
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double bulkSeconds = seconds(t1);
        TDBInternal.expel(bulk);
        double w = quads / writeSeconds, b = quads / bulkSeconds;
        rows.add(new Row("store writes (quads/s), batches of " + BATCH + ", text index in step", fmt(w), fmt(b) + " tdb2 parallel bulk loader", w / b, "≥ 0.5", w / b >= 0.5));
        facts.put("quads", String.format(Locale.ROOT, "%,d", quads));
    }

    /** The whole build: throughput and peak heap. */
    private void build(List<Document> docs, Path corpus, Engine engine) throws Exception {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        Path db = o.work().resolve("db");
        double buildSeconds;
        try (KgStore store = KgStore.open(db)) {
            long t2 = System.nanoTime();
            new Pipeline(engine).build(store, new BuildOptions(db, List.of(corpus.resolve("articles")), o.threads(), BATCH, BuildOptions.DEFAULT_BASE), r -> {});
            buildSeconds = seconds(t2);
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        facts.put("whole build", String.format(Locale.ROOT, "%,.0f articles/min (%.1f s), peak heap %d MiB (sum of the pools' peaks, in a JVM that also holds the corpus)",
                docs.size() / buildSeconds * 60, buildSeconds, peak >> 20));
    }

    /** govkg's extraction, HanLP's segmentation with the recognisers govkg enables, and StandardTokenizer, in turn. */
    private void extraction(String what, List<Document> docs, Engine engine, int rounds) throws Exception {
        long chars = chars(docs);
        HanlpSegmenter hanlp = new HanlpSegmenter(List.of());
        Segmenter standard = HanlpSegmenter.standardTokenizer();
        // a full pass each first: the JIT compiles govkg's many small rules later than HanLP's few hot loops
        parallel(docs, d -> hanlp.segment(d.text()));
        parallel(docs, d -> standard.segment(d.text()));
        parallel(docs, engine::processPacked);
        // then passes taken in turn, the fastest of each kept: on a shared machine one pass of any can be
        // slowed by other work, and taking all the same way keeps the comparison even
        double seg = Double.MAX_VALUE, std = Double.MAX_VALUE, ext = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            seg = Math.min(seg, parallel(docs, d -> hanlp.segment(d.text())));
            std = Math.min(std, parallel(docs, d -> standard.segment(d.text())));
            ext = Math.min(ext, parallel(docs, engine::processPacked));
        }
        double e = chars / ext, s = chars / seg, t = chars / std;
        rows.add(new Row("extraction (chars/s), " + what, fmt(e), fmt(s) + " HanLP segmentation, same recognisers", e / s,
                what.equals("real articles") ? "≥ 0.25 (aim)" : "≥ 0.5", e / s >= (what.equals("real articles") ? 0.25 : 0.5)));
        boolean real = what.equals("real articles");
        rows.add(new Row("extraction (chars/s), " + what, fmt(e), fmt(t) + " HanLP StandardTokenizer", e / t,
                real ? "≥ 0.15" : "— (for the record)", !real || e / t >= 0.15));
    }

    private void queries(Path db) throws Exception {
        Map<String, String> all = catalogue();
        Map<String, String> lookups = new TreeMap<>();
        all.forEach((name, text) -> { if (text.lines().anyMatch(l -> l.strip().equals(LOOKUP))) lookups.put(name, text); });
        facts.put("queries", all.size() + " named queries; lookups (" + LOOKUP + "): " + String.join(", ", lookups.keySet()));
        try (KgStore store = KgStore.open(db)) {
            DatasetGraph served = store.dataset();
            KgServer server = KgServer.start(served, new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(120), "govkg"));
            FusekiServer bare = FusekiServer.create().loopback(true).port(0).add("/ds", served, false).build().start();
            try {
                String govkg = server.baseUrl() + "/govkg/sparql", anchor = "http://127.0.0.1:" + bare.getPort() + "/ds/sparql";
                for (int clients : o.clients()) {
                    String at = " at " + clients + " client" + (clients > 1 ? "s" : "");
                    Latency[] catalogue = bestOf(govkg, anchor, all, clients);
                    rows.add(new Row("query p50" + at + " (ms), catalogue", fmt(catalogue[0].p50()), fmt(catalogue[1].p50()) + " bare Fuseki",
                            catalogue[0].p50() / catalogue[1].p50(), "—", true));
                    rows.add(new Row("query p95" + at + " (ms), catalogue", fmt(catalogue[0].p95()), fmt(catalogue[1].p95()) + " bare Fuseki",
                            catalogue[0].p95() / catalogue[1].p95(), "≤ 1.1", catalogue[0].p95() / catalogue[1].p95() <= 1.1));
                    if (!lookups.isEmpty()) {
                        Latency[] bound = bestOf(govkg, anchor, lookups, clients);
                        boolean fast = clients < 8 || bound[0].p95() < LOOKUP_P95_MS;
                        rows.add(new Row("query p95" + at + " (ms), lookups", fmt(bound[0].p95()), fmt(bound[1].p95()) + " bare Fuseki",
                                bound[0].p95() / bound[1].p95(), clients >= 8 ? "≤ 1.1 and < " + (int) LOOKUP_P95_MS + " ms" : "≤ 1.1",
                                bound[0].p95() / bound[1].p95() <= 1.1 && fast));
                    }
                    for (String q : all.keySet())
                        perQuery.put(q + at, new double[]{catalogue[0].perQuery().get(q), catalogue[1].perQuery().get(q)});
                }
            } finally {
                bare.stop();
                server.close();
            }
        }
    }

    /** The fastest of the rounds for each server, taken in turn (govkg first in even rounds, last in odd ones). */
    private Latency[] bestOf(String govkg, String anchor, Map<String, String> queries, int clients) throws Exception {
        for (String q : queries.values()) {
            send(govkg, q);
            send(anchor, q);
        }
        Latency g = null, f = null;
        for (int round = 0; round < o.rounds(); round++) {
            boolean govkgFirst = round % 2 == 0;
            Latency first = latencies(govkgFirst ? govkg : anchor, queries, clients);
            Latency second = latencies(govkgFirst ? anchor : govkg, queries, clients);
            Latency rg = govkgFirst ? first : second, rf = govkgFirst ? second : first;
            g = g == null || rg.p95() < g.p95() ? rg : g;
            f = f == null || rf.p95() < f.p95() ? rf : f;
        }
        return new Latency[]{g, f};
    }

    /** Each query in turn, {@code requests} in all (at least one of each) over {@code clients} threads. */
    private Latency latencies(String endpoint, Map<String, String> queries, int clients) throws Exception {
        List<String> names = new ArrayList<>(queries.keySet());
        Map<String, List<Long>> byQuery = new TreeMap<>();
        for (String n : names) byQuery.put(n, Collections.synchronizedList(new ArrayList<>()));
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        long requests = Math.max(o.requests(), names.size());  // each query at least once
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String name = names.get((int) (i % names.size()));
                        long t0 = System.nanoTime();
                        send(endpoint, queries.get(name));
                        long t = System.nanoTime() - t0;
                        times.add(t);
                        byQuery.get(name).add(t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
        Map<String, Double> medians = new TreeMap<>();
        byQuery.forEach((n, ts) -> { if (!ts.isEmpty()) medians.put(n, percentile(ts, 0.5)); });
        return new Latency(percentile(times, 0.5), percentile(times, 0.95), medians);
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private void send(String endpoint, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) throw new IllegalStateException("HTTP " + resp.statusCode() + " from " + endpoint);
    }

    /** The header line that marks a named query about one bound resource (a VALUES line, a search term). */
    static final String LOOKUP = "# kind: lookup";

    /** Documents per write transaction, as {@code build} writes them by default. */
    private static final int BATCH = 256;

    /** The named queries shipped in the jar (or the classes folder). */
    static Map<String, String> catalogue() throws Exception {
        Map<String, String> out = new TreeMap<>();
        URI uri = Benchmark.class.getResource("/org/govkg/queries/meetings.rq").toURI();
        FileSystem fs = null;
        try {
            Path dir;
            if (uri.getScheme().equals("jar")) {
                fs = FileSystems.newFileSystem(uri, Map.of());
                dir = fs.getPath("/org/govkg/queries");
            } else dir = Path.of(uri).getParent();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".rq")).toList()) out.put(p.getFileName().toString(), Files.readString(p));
            }
        } finally {
            if (fs != null) fs.close();
        }
        return out;
    }

    private static List<Document> read(Path folder) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Path f : DocumentReader.expand(folder)) {
            try {
                docs.add(DocumentReader.read(f));
            } catch (InputException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        return docs;
    }

    private static long chars(List<Document> docs) {
        return docs.stream().mapToLong(d -> d.text().length()).sum();
    }

    interface Work<T> {
        void accept(T t) throws Exception;
    }

    /** Runs {@code work} over every item on {@code threads} threads; seconds taken. */
    private <T> double parallel(List<T> items, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (T item : items) fs.add(pool.submit(() -> { work.accept(item); return null; }));
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
        return seconds(t0);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private void progress(String phase) {
        log.println(phase);
        log.flush();
    }

    private void write() throws IOException {
        StringBuilder md = new StringBuilder("# govkg benchmark\n\n");
        for (var f : facts.entrySet()) md.append("- ").append(f.getKey()).append(": ").append(f.getValue()).append('\n');
        md.append("\n| measure | govkg | anchor | ratio | target | met |\n|---|---|---|---|---|---|\n");
        for (Row r : rows)
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s |%n", r.what(), r.govkg(), r.anchor(), r.ratio(), r.target(), r.met() ? "yes" : "**no**"));
        if (!perQuery.isEmpty()) md.append("\nEach named query's median latency (ms) in the fastest run of each server:\n\n| query | govkg | bare Fuseki | ratio |\n|---|---|---|---|\n");
        for (var q : perQuery.entrySet())
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f |%n", q.getKey(), fmt(q.getValue()[0]), fmt(q.getValue()[1]), q.getValue()[0] / q.getValue()[1]));
        Files.createDirectories(o.out().toAbsolutePath().getParent());
        Files.writeString(o.out(), md, StandardCharsets.UTF_8);
        log.print(md);
        log.flush();
    }
}
