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
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOption db;

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
        try (KgStore store = KgStore.openBuilt(db.path())) {
            String out = Txn.calculateRead(store.dataset(), () -> run(query, store));
            spec.commandLine().getOut().print(out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }

    private String run(Query query, KgStore store) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
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
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}
