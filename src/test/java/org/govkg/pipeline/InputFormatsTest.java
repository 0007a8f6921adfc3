package org.govkg.pipeline;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.govkg.store.KgStore;
import org.govkg.store.Validation;
import org.govkg.testing.Engines;
import org.govkg.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every input format built into a real TDB2 store in one build: the HTML, JSON Lines and Big5 fixtures of
 * src/test/resources/inputs, and a GBK text, a traditional-character UTF-8 text and a .docx made here. The
 * store keeps each article's text as read (traditional as written), every evidence span quotes it at its
 * offsets, and the store is valid under SHACL.
 */
class InputFormatsTest {
    static final String BASE = BuildOptions.DEFAULT_BASE;
    static final String HONG_KONG = "香港特區政府統計處公佈\n\n2024年8月16日\n\n香港特別行政區政府統計處公佈，第二季本地生產總值按年實質上升3.3%。"
            + "同期，香港整體貨物出口貨值按年上升11.9%。\n";

    @TempDir
    static Path dir;
    static KgStore store;
    static Map<String, String> outcomes = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("gov-page.html", "news-page.html", "feed.jsonl", "macao-tourism.big5.txt"))
            Files.copy(Path.of("src/test/resources/inputs", f), in.resolve(f));
        Files.write(in.resolve("xindu-gbk.txt"), ("新都区召开经济运行分析会\n\n2024年7月18日\n\n上半年，新都区实现地区生产总值612.4亿元，同比增长7.8%。\n")
                .getBytes(Charset.forName("GBK")));
        Files.writeString(in.resolve("hk-gdp.txt"), HONG_KONG, StandardCharsets.UTF_8);
        Files.write(in.resolve("longquanyi-2023.docx"), OfficeFiles.docx("龙泉驿区2023年国民经济和社会发展统计公报",
                "全年全区实现地区生产总值1587.3亿元，比上年增长6.2%。"));
        store = KgStore.open(dir.resolve("db"));
        new Pipeline(Engines.get()).build(store, new BuildOptions(dir.resolve("db"), List.of(in), 2, 4, BASE),
                r -> outcomes.put(Path.of(r.source()).getFileName().toString(), r.ok() ? "ok " + r.id() : r.error()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<QuerySolution> select(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(store.dataset())).build()) {
                qe.execSelect().forEachRemaining(out::add);
            }
            return out;
        });
    }

    @Test
    void every_format_is_stored_and_every_bad_jsonl_line_refused_by_number() {
        for (String f : List.of("gov-page.html", "news-page.html", "macao-tourism.big5.txt", "xindu-gbk.txt", "hk-gdp.txt", "longquanyi-2023.docx", "feed.jsonl:1", "feed.jsonl:8"))
            assertTrue(outcomes.getOrDefault(f, "").startsWith("ok "), () -> f + " in " + outcomes);
        assertTrue(outcomes.get("feed.jsonl:3").startsWith("invalid JSON"), outcomes::toString);
        assertTrue(outcomes.get("feed.jsonl:7").startsWith("duplicate document id 'pixian-2024-05'"), outcomes::toString);
        assertEquals(8, outcomes.values().stream().filter(v -> v.startsWith("ok ")).count(), outcomes::toString);
        assertEquals(6, outcomes.values().stream().filter(v -> !v.startsWith("ok ")).count(), outcomes::toString);
    }

    @Test
    void a_figure_of_an_html_table_is_an_observation_with_its_row_as_evidence() {
        List<QuerySolution> rows = select("""
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?anchor WHERE { GRAPH <%sgraph/gov-page> { ?o gk:statedValue "286.4亿元"@zh ; gk:evidence/nif:anchorOf ?anchor } }""".formatted(BASE));
        assertEquals(1, rows.size(), "the table's 286.4亿元");
        assertTrue(rows.get(0).getLiteral("anchor").getLexicalForm().startsWith("社会消费品零售总额前三季度286.4亿元"), rows.toString());
    }

    @Test
    void every_span_quotes_the_stored_text_at_its_code_point_offsets() {
        List<QuerySolution> rows = select("""
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?text ?b ?e ?anchor WHERE { GRAPH ?g { ?s nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
                  nif:referenceContext ?a . ?a nif:isString ?text } }""");
        assertTrue(rows.size() > 50, "spans: " + rows.size());
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getLexicalForm();
            int b = r.getLiteral("b").getInt(), e = r.getLiteral("e").getInt();
            String quoted = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
            assertEquals(r.getLiteral("anchor").getLexicalForm(), quoted);
        }
    }

    @Test
    void a_traditional_article_is_stored_as_written_and_quoted_in_traditional_characters() {
        List<QuerySolution> rows = select("""
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                SELECT ?text ?anchor WHERE { GRAPH <%sgraph/hk-gdp> { ?a nif:isString ?text . ?o gk:changeRate 3.3 ; gk:evidence/nif:anchorOf ?anchor } }""".formatted(BASE));
        assertEquals(1, rows.size(), "the 3.3% figure");
        assertEquals(HONG_KONG, rows.get(0).getLiteral("text").getLexicalForm());
        assertTrue(rows.get(0).getLiteral("anchor").getLexicalForm().contains("第二季本地生產總值按年實質上升3.3%"), rows.toString());
    }

    @Test
    void an_entity_of_a_traditional_article_has_its_simplified_label_and_its_written_form_as_zh_hant() {
        List<QuerySolution> rows = select("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?l WHERE { GRAPH <%sgraph/macao-tourism.big5> { <%sdivision/820000> rdfs:label ?l } } ORDER BY ?l""".formatted(BASE, BASE));
        List<String> labels = rows.stream().map(r -> r.getLiteral("l").getLexicalForm() + "@" + r.getLiteral("l").getLanguage()).toList();
        assertTrue(labels.contains("澳门@zh"), labels.toString());
        assertTrue(labels.contains("澳門@zh-Hant"), labels.toString());
    }

    @Test
    void the_store_is_valid_under_shacl() {
        Validation.Report r = Validation.validate(store.dataset(), BASE);
        assertEquals(0, r.violations(), () -> String.join("\n", r.messages()));
    }
}
