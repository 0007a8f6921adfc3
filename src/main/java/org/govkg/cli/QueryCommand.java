package org.govkg.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the store (default graph = union of all graphs).")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, xml }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the query runs: a store on this machine, or any SPARQL endpoint over HTTP (a running serve or demo). */
    static final class Target {
        @Option(names = "--db", description = "the TDB2 store directory") Path db;
        @Option(names = "--endpoint", paramLabel = "URL", description = "a SPARQL endpoint, e.g. http://127.0.0.1:3030/govkg/sparql (a running serve or demo)") String endpoint;
    }

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--query", description = "the query text") String text;
        @Option(names = "--file", description = "a .rq file") Path file;
        @Option(names = "--name", description = "a named query of queries/ (shipped in the jar), e.g. meetings") String name;
    }

    @Option(names = "--format", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Override
    public Integer call() throws IOException {
        String q;
        if (source.text != null) q = source.text;
        else if (source.file != null) q = Files.readString(source.file, StandardCharsets.UTF_8);
        else {
            try (InputStream in = QueryCommand.class.getResourceAsStream("/org/govkg/queries/" + source.name + ".rq")) {
                if (in == null) {
                    spec.commandLine().getErr().println("error: no named query '" + source.name + "' (see queries/)");
                    return ExitCodes.USAGE;
                }
                q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Query query;
        try {
            query = QueryFactory.create(q);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("error: the query does not parse: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (target.endpoint != null) {
            try (QueryExecution qe = QueryExecution.service(target.endpoint).query(query).build()) {
                print(run(query, qe));
                return ExitCodes.OK;
            } catch (RuntimeException e) {
                // an unreachable endpoint or an HTTP error: Jena's QueryExceptionHTTP says which
                spec.commandLine().getErr().println("error: " + target.endpoint + ": " + e.getMessage());
                return ExitCodes.STORE;
            }
        }
        try (KgStore store = KgStore.openBuilt(target.db)) {
            String out = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(query)
                        .dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                    return run(query, qe);
                }
            });
            print(out);
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }

    private void print(String out) {
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
    }

    private String run(Query query, QueryExecution qe) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(bytes, rs, query);
                case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
                case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
                case xml -> ResultSetFormatter.outputAsXML(bytes, rs);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(bytes, b);
                case xml -> ResultSetFormatter.outputAsXML(bytes, b);
                default -> bytes.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            RDFDataMgr.write(bytes, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}
