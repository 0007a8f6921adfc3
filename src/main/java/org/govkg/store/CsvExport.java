package org.govkg.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The figures as one tidy table for R and pandas: one row per observation, and beside it a W3C CSV on the
 * Web metadata file ({@code <file>-metadata.json}) that names each column's meaning, so that a CSVW
 * processor turns the table back into the observations' triples (the columns with a propertyUrl; labels
 * and the evidence sentence are there for people and suppressed in the RDF). Rows in IRI order, so the
 * same store always writes the same bytes.
 */
public final class CsvExport {
    private static final String GK = "https://w3id.org/govkg/ontology#";

    /** name, SPARQL variable, title, datatype, propertyUrl (null: suppressed), whether the value is an IRI. */
    private record Column(String name, String title, String datatype, String propertyUrl, boolean iri) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("observation", "observation IRI", "anyURI", null, true),
            new Column("areaCode", "area code (GB/T 2260, or a town's statistical code)", "string", null, false),
            new Column("area", "area IRI", "anyURI", GK + "refArea", true),
            new Column("areaLabel", "area", "string", null, false),
            new Column("indicator", "indicator IRI", "anyURI", GK + "indicator", true),
            new Column("indicatorLabel", "indicator", "string", null, false),
            new Column("periodStart", "period start", "date", GK + "periodStart", false),
            new Column("periodEnd", "period end", "date", GK + "periodEnd", false),
            new Column("periodLabel", "period as written", "string", null, false),
            new Column("value", "value in the base unit", "decimal", GK + "value", false),
            new Column("unit", "unit IRI", "anyURI", GK + "unit", true),
            new Column("statedValue", "figure as written", "string", null, false),
            new Column("changeRate", "change in percent", "decimal", GK + "changeRate", false),
            new Column("changePoints", "change in percentage points", "decimal", GK + "changePoints", false),
            new Column("kind", "kind IRI", "anyURI", GK + "kind", true),
            new Column("article", "article IRI", "anyURI", "http://www.w3.org/ns/prov#wasDerivedFrom", true),
            new Column("evidence", "evidence sentence", "string", null, false));

    private static final String QUERY = """
            PREFIX gk: <https://w3id.org/govkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?observation (SAMPLE(?code) AS ?areaCode) ?area (SAMPLE(?al) AS ?areaLabel) ?indicator (SAMPLE(?il) AS ?indicatorLabel)
                   ?periodStart ?periodEnd ?periodLabel ?value ?unit ?statedValue ?changeRate ?changePoints ?kind ?article ?evidence
            WHERE {
              GRAPH ?g { ?observation a gk:Observation ; gk:refArea ?area ; gk:indicator ?indicator ; gk:value ?value ;
                         gk:unit ?unit ; gk:kind ?kind ; prov:wasDerivedFrom ?article ; gk:evidence/nif:anchorOf ?evidence .
                OPTIONAL { ?observation gk:periodStart ?periodStart }
                OPTIONAL { ?observation gk:periodEnd ?periodEnd }
                OPTIONAL { ?observation gk:periodLabel ?periodLabel }
                OPTIONAL { ?observation gk:statedValue ?statedValue }
                OPTIONAL { ?observation gk:changeRate ?changeRate }
                OPTIONAL { ?observation gk:changePoints ?changePoints } }
              OPTIONAL { ?area gk:divisionCode|gk:statisticalCode ?code }
              OPTIONAL { ?area skos:prefLabel ?al }
              OPTIONAL { ?indicator skos:prefLabel ?il FILTER (LANG(?il) = "zh") }
            }
            GROUP BY ?observation ?area ?indicator ?periodStart ?periodEnd ?periodLabel ?value ?unit ?statedValue ?changeRate ?changePoints ?kind ?article ?evidence
            ORDER BY ?observation""";

    private CsvExport() {}

    /** Writes {@code file} and {@code file-metadata.json} beside it; returns the number of rows. */
    public static long write(DatasetGraph dsg, Path file) throws IOException {
        long rows = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(COLUMNS.stream().map(Column::name).toList());
            rows = Txn.calculateRead(dsg, () -> {
                long n = 0;
                try (QueryExecution qe = QueryExecution.create().query(QUERY).dataset(DatasetFactory.wrap(dsg)).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        List<String> record = COLUMNS.stream().map(c -> cell(s.get(c.name()))).toList();
                        try {
                            csv.printRecord(record);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        n++;
                    }
                }
                return n;
            });
        }
        Files.writeString(file.resolveSibling(file.getFileName() + "-metadata.json"), metadata(file.getFileName().toString()), StandardCharsets.UTF_8);
        return rows;
    }

    private static String cell(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return n.asResource().getURI();
        if (n.isLiteral()) {
            String lex = n.asLiteral().getLexicalForm();
            String dt = n.asLiteral().getDatatypeURI();
            // TDB2 gives decimals back in canonical form (6.2 → 6.2, 12050000000 → 12050000000.0): write them plain
            if (dt != null && dt.endsWith("#decimal")) return new java.math.BigDecimal(lex).stripTrailingZeros().toPlainString();
            return lex;
        }
        return n.toString();
    }

    static String metadata(String csvName) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("@context", "http://www.w3.org/ns/csvw");
        root.put("url", csvName);
        root.put("dc:title", "govkg: every figure of the store, one row per gk:Observation");
        root.put("dc:license", "https://creativecommons.org/publicdomain/zero/1.0/");
        ObjectNode schema = root.putObject("tableSchema");
        schema.put("aboutUrl", "{+observation}");
        schema.put("primaryKey", "observation");
        ArrayNode cols = schema.putArray("columns");
        for (Column c : COLUMNS) {
            ObjectNode col = cols.addObject();
            col.put("name", c.name());
            col.put("titles", c.title());
            col.put("datatype", c.datatype());
            if (c.propertyUrl() == null) col.put("suppressOutput", true);
            else {
                col.put("propertyUrl", c.propertyUrl());
                if (c.iri()) col.put("valueUrl", "{+" + c.name() + "}");
            }
        }
        ObjectNode type = cols.addObject();
        type.put("virtual", true);
        type.put("propertyUrl", "rdf:type");
        type.put("valueUrl", GK + "Observation");
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
