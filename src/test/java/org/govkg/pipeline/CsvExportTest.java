package org.govkg.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.govkg.store.CsvExport;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tidy CSV of the samples, read back: as many rows as the store has observations, and, turned into RDF
 * by the CSVW metadata beside it (aboutUrl, propertyUrl, valueUrl, datatype, the virtual type column, the way
 * a CSVW processor does for these simple templates), exactly the observations' triples the store holds for
 * those properties.
 */
class CsvExportTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static Path csv;
    static long rows;

    @BeforeAll
    static void build() throws Exception {
        store = KgStore.open(dir.resolve("db"));
        Engines.build(store, Path.of("samples/articles"));
        csv = dir.resolve("figures.csv");
        rows = CsvExport.write(store.dataset(), csv);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long count(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void one_row_per_observation() throws Exception {
        long observations = count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a <https://w3id.org/govkg/ontology#Observation> }");
        assertTrue(observations > 100, "the samples state over a hundred figures: " + observations);
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals(observations, p.getRecords().size());
        }
        assertEquals(observations, rows);
    }

    @Test
    void the_csvw_metadata_turns_the_table_back_into_the_observations_triples() throws Exception {
        JsonNode meta = new ObjectMapper().readTree(csv.resolveSibling("figures.csv-metadata.json").toFile());
        assertEquals("figures.csv", meta.get("url").asText());
        JsonNode columns = meta.get("tableSchema").get("columns");
        Graph fromCsv = GraphFactory.createDefaultGraph();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals(columns.size() - 1, p.getHeaderNames().size(), "every column but the virtual one is in the file");
            for (CSVRecord rec : p) {
                Node subject = NodeFactory.createURI(expand(meta.get("tableSchema").get("aboutUrl").asText(), rec));
                for (JsonNode c : columns) {
                    if (c.path("suppressOutput").asBoolean(false)) continue;
                    String property = c.get("propertyUrl").asText().replace("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
                    Node object;
                    if (c.path("virtual").asBoolean(false)) object = NodeFactory.createURI(c.get("valueUrl").asText());
                    else {
                        String cell = rec.get(c.get("name").asText());
                        if (cell.isEmpty()) continue;
                        object = c.has("valueUrl") ? NodeFactory.createURI(expand(c.get("valueUrl").asText(), rec)) : literal(cell, c.get("datatype").asText());
                    }
                    fromCsv.add(Triple.create(subject, NodeFactory.createURI(property), object));
                }
            }
        }
        Graph fromStore = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            String q = """
                    PREFIX gk: <https://w3id.org/govkg/ontology#>
                    CONSTRUCT { ?o ?p ?v } WHERE { ?o a gk:Observation ; ?p ?v .
                      VALUES ?p { gk:refArea gk:indicator gk:periodStart gk:periodEnd gk:value gk:unit gk:changeRate gk:changePoints
                                  gk:kind <http://www.w3.org/ns/prov#wasDerivedFrom> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> }
                      FILTER (?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> || ?v = gk:Observation) }""";
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                qe.execConstruct().getGraph().find().forEachRemaining(t -> g.add(normal(t)));
            }
            return g;
        });
        Graph normalised = GraphFactory.createDefaultGraph();
        fromCsv.find().forEachRemaining(t -> normalised.add(normal(t)));
        assertEquals(fromStore.size(), normalised.size());
        assertTrue(fromStore.isIsomorphicWith(normalised));
    }

    private static String expand(String template, CSVRecord rec) {
        return template.startsWith("{+") && template.endsWith("}") ? rec.get(template.substring(2, template.length() - 1)) : template;
    }

    private static Node literal(String cell, String datatype) {
        return switch (datatype) {
            case "decimal" -> NodeFactory.createLiteralDT(cell, XSDDatatype.XSDdecimal);
            case "date" -> NodeFactory.createLiteralDT(cell, XSDDatatype.XSDdate);
            default -> NodeFactory.createLiteralString(cell);
        };
    }

    /** Decimals compared by value: 12050000000 and 12050000000.0 are one number. */
    private static Triple normal(Triple t) {
        Node o = t.getObject();
        if (o.isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(o.getLiteralDatatypeURI()))
            o = NodeFactory.createLiteralDT(new BigDecimal(o.getLiteralLexicalForm()).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
        return Triple.create(t.getSubject(), t.getPredicate(), o);
    }
}
