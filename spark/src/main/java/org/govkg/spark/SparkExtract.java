package org.govkg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.InputException;
import org.govkg.ingest.ReadOptions;
import org.govkg.pipeline.BuildOptions;
import org.govkg.pipeline.DocumentResult;
import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Extract;
import scala.Tuple2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code govkg extract --out} as a Spark job: the same inputs (folders of articles in any format govkg reads, JSON
 * Lines files), the same files out ({@code OUT/<id>.nq} per document, {@code _ontology.nq}, {@code _gazetteer.nq}),
 * byte for byte. Paths are Hadoop paths (a local path, file:, hdfs:, s3a:).
 * <pre>
 *   driver     lists the inputs in extract's order, writes the two common files
 *   read       one task per input file: a document per file, or one per line of a JSON Lines file
 *   group      by document id: of two inputs with one id the first in input order is kept, as extract does
 *   extract    one Engine per executor JVM ({@link Engines}); each document's canonical N-Quads written to OUT
 *   driver     collects one small {@link Outcome} per input and reports them in input order
 * </pre>
 * The grouping is also what spreads the work: a JSON Lines file of 100 000 articles is read by one task and
 * extracted by all of them.
 */
public final class SparkExtract {
    private SparkExtract() {}

    /**
     * @param inputs     files or folders, Hadoop paths
     * @param out        the output folder
     * @param base       base IRI for minted resources
     * @param partitions extraction tasks (0: four per core of the cluster)
     */
    public record Options(List<String> inputs, String out, String base, int partitions) implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) throw new IllegalArgumentException("no INPUT");
            if (partitions < 0) throw new IllegalArgumentException("--partitions must not be negative");
        }
    }

    private static final String USAGE = "usage: SparkExtract --out DIR [--base IRI] [--partitions N] INPUT...";

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("govkg extract");
        conf.setIfMissing("spark.master", "local[*]");  // java -cp …: local mode; spark-submit sets its master
        List<Outcome> outcomes;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            outcomes = run(sc, options);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        long failed = report(outcomes, System.out, System.err);
        System.out.printf("total: %d documents extracted to %s, %d failed%n", outcomes.size() - failed, options.out(), failed);
        System.exit(failed == 0 ? 0 : 1);  // extract's exit codes: 1 when some input was refused
    }

    static Options parse(String[] args) {
        String out = null, base = BuildOptions.DEFAULT_BASE;
        int partitions = 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "--base", "--partitions" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
                    String v = args[++i];
                    if (a.equals("--out")) out = v;
                    else if (a.equals("--base")) base = v;
                    else {
                        try {
                            partitions = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions needs a number: " + v);
                        }
                    }
                }
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                    inputs.add(a);
                }
            }
        }
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        return new Options(inputs, out, base, partitions);
    }

    /** Prints each outcome as extract does (documents on out, refusals on err); returns how many were refused. */
    static long report(List<Outcome> outcomes, PrintStream out, PrintStream err) {
        long failed = 0;
        for (Outcome o : outcomes) {
            if (o.ok()) out.printf("%s\t%d entities\t%d observations%n", o.id(), o.entities(), o.observations());
            else {
                err.printf("error: %s: %s%n", o.source(), o.error());
                failed++;
            }
        }
        return failed;
    }

    /** Runs the job; the outcomes in input order. An input that does not exist is an IllegalArgumentException. */
    public static List<Outcome> run(JavaSparkContext sc, Options options) throws IOException {
        Configuration hadoop = sc.hadoopConfiguration();
        List<String> files = list(options.inputs(), hadoop);
        Path out = qualified(new Path(options.out()), hadoop);
        FileSystem fs = raw(out.getFileSystem(hadoop));
        fs.mkdirs(out);
        for (Map.Entry<String, byte[]> f : new Extract(Engines.get(options.base())).commonFiles().entrySet())
            write(fs, out, f.getKey(), f.getValue());

        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) indexed.add(new Tuple2<>(i, files.get(i)));
        int cores = sc.defaultParallelism();
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * cores;
        HadoopConf conf = new HadoopConf(hadoop);
        String base = options.base(), outDir = out.toString();
        List<Outcome> outcomes = new ArrayList<>(sc.parallelize(indexed, Math.max(1, Math.min(indexed.size(), 4 * cores)))
                .flatMap(f -> read(f._1(), f._2(), conf.get()).iterator())
                .mapToPair(p -> new Tuple2<>(p.key(), p))
                .groupByKey(partitions)
                .flatMap(g -> extract(g._2(), base, outDir, conf.get()).iterator())
                .collect());
        outcomes.sort(Comparator.comparingInt(Outcome::file).thenComparingInt(Outcome::seq));
        // what failed or killed attempts (retries, speculation) left behind: OUT then holds extract's files only
        for (FileStatus f : fs.listStatus(out)) {
            String n = f.getPath().getName();
            if (f.isFile() && n.startsWith(".") && n.endsWith(".tmp")) fs.delete(f.getPath(), false);
        }
        return outcomes;
    }

    /**
     * The files the inputs stand for, qualified, in extract's order: inputs as given; a folder's article files
     * (by extension) recursively, shallower first, then by path.
     */
    static List<String> list(List<String> inputs, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus st;
            try {
                st = fs.getFileStatus(p);
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException(input + ": no such file or folder");
            }
            if (!st.isDirectory()) {
                files.add(qualified(p, conf).toString());
                continue;
            }
            List<Path> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && DocumentReader.isArticleFile(f.getPath().getName())) found.add(f.getPath());
            }
            found.sort(Comparator.comparingInt(Path::depth).thenComparing(Path::toString));
            for (Path f : found) files.add(f.toString());
        }
        return files;
    }

    /** One input file: a document, or one per line of a JSON Lines file; read as {@code DocumentReader} reads it. */
    static List<Piece> read(int file, String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        String name = p.getName(), lower = name.toLowerCase(Locale.ROOT);
        ReadOptions options = ReadOptions.DEFAULTS;
        List<Piece> pieces = new ArrayList<>();
        if (lower.endsWith(".jsonl")) {
            InputStream in;
            try {
                in = fs.open(p);
            } catch (IOException e) {
                return List.of(Piece.refused(file, 0, path, null, "unreadable: " + e.getMessage()));
            }
            DocumentReader.jsonLines(path, in, options, input -> {
                int seq = pieces.size();
                try {
                    pieces.add(Piece.of(file, seq, input.source(), input.load()));
                } catch (InputException e) {
                    pieces.add(Piece.refused(file, seq, input.source(), input.id(), e.getMessage()));
                }
            });
            return pieces;
        }
        String id = DocumentReader.idOf(java.nio.file.Path.of(name));
        try {
            long size = fs.getFileStatus(p).getLen();
            if (size > options.maxBytes())
                return List.of(Piece.refused(file, 0, path, id, "too large: " + size + " bytes, over the limit of " + options.maxBytes() + " (--max-bytes)"));
            byte[] bytes;
            try (FSDataInputStream in = fs.open(p)) {
                bytes = in.readAllBytes();
            }
            return List.of(Piece.of(file, 0, path, DocumentReader.fromBytes(id, path, bytes, options, lower.substring(Math.max(0, lower.lastIndexOf('.'))))));
        } catch (IOException e) {
            return List.of(Piece.refused(file, 0, path, id, "unreadable: " + e.getMessage()));
        } catch (InputException e) {
            return List.of(Piece.refused(file, 0, path, id, e.getMessage()));
        }
    }

    /** The inputs of one id (or one refused input): the first in input order extracted and written, the others duplicates. */
    static List<Outcome> extract(Iterable<Piece> group, String base, String outDir, Configuration conf) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        group.forEach(pieces::add);
        Piece first = pieces.get(0);
        for (Piece p : pieces) if (p.before(first)) first = p;
        List<Outcome> outcomes = new ArrayList<>();
        for (Piece p : pieces)
            if (p != first) outcomes.add(Outcome.failed(p, "duplicate document id '" + p.id() + "' (an earlier input has the same id)"));
        if (first.error() != null) {
            outcomes.add(Outcome.failed(first, first.error()));
            return outcomes;
        }
        Engine.Result r;
        try {
            r = Engines.get(base).process(first.document());
        } catch (RuntimeException e) {
            outcomes.add(Outcome.failed(first, DocumentResult.failed(first.source(), first.id(), e).error()));
            return outcomes;
        }
        Path out = new Path(outDir);
        write(raw(out.getFileSystem(conf)), out, Extract.fileName(r.id()), Extract.nquads(r.graphName(), r.graph()));
        outcomes.add(new Outcome(first.file(), first.seq(), first.source(), r.id(), true, r.entities(), r.observations(), null));
        return outcomes;
    }

    /**
     * Writes a file under a hidden temporary name, then renames it: a file named {@code *.nq} is always whole, and
     * a task that runs twice (a retry, speculation) writes the same bytes again.
     */
    static void write(FileSystem fs, Path dir, String name, byte[] bytes) throws IOException {
        TaskContext task = TaskContext.get();
        String attempt = task == null ? "driver" : Long.toString(task.taskAttemptId());
        // dir is qualified (scheme:/…), so a ':' in a document id cannot be taken for a scheme
        Path dst = new Path(dir + "/" + name), tmp = new Path(dir + "/." + name + "." + attempt + ".tmp");
        try (FSDataOutputStream os = fs.create(tmp, true)) {
            os.write(bytes);
        }
        fs.delete(dst, false);
        if (!fs.rename(tmp, dst)) throw new IOException("cannot rename " + tmp + " to " + dst);
    }

    /** The local file system without its .crc side files, which extract does not write. */
    private static FileSystem raw(FileSystem fs) {
        return fs instanceof ChecksumFileSystem c ? c.getRawFileSystem() : fs;
    }

    private static Path qualified(Path p, Configuration conf) throws IOException {
        return p.getFileSystem(conf).makeQualified(p);
    }

}
