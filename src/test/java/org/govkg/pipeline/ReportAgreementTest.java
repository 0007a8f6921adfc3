package org.govkg.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Three articles written for this test (src/test/resources/articles/conflict) give 江宁区's GDP for the first
 * half of 2024 as 1523.6亿元, 1524亿元 (the same, rounded) and 1498.2亿元 (a planted disagreement), and its
 * retail sales as 412.3亿元 and 420.5亿元. Built together, gkr:graph/links must say exactly that.
 */
class ReportAgreementTest {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void build() throws Exception {
        store = KgStore.open(dir.resolve("db"));
        Engines.build(store, Path.of("src/test/resources/articles/conflict"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> pairs(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.getLiteral("a").getLexicalForm() + " / " + s.getLiteral("b").getLexicalForm()
                            + (s.contains("d") ? " = " + new BigDecimal(s.getLiteral("d").getLexicalForm()).stripTrailingZeros().toPlainString() : ""));
                }
            }
            return out;
        });
    }

    @Test
    void figures_equal_within_rounding_corroborate_each_other() {
        assertEquals(Set.of("1523.6亿元 / 1524亿元"), pairs("""
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                SELECT ?a ?b WHERE { GRAPH <https://w3id.org/govkg/id/graph/links> { ?x gk:corroboratedBy ?y }
                  ?x gk:statedValue ?a . ?y gk:statedValue ?b . FILTER (STR(?a) < STR(?b)) }"""));
    }

    @Test
    void the_planted_disagreements_are_conflicts_with_their_difference() {
        assertEquals(Set.of("1498.2亿元 / 1523.6亿元 = 2540000000", "1498.2亿元 / 1524亿元 = 2580000000", "412.3亿元 / 420.5亿元 = 820000000"), pairs("""
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                SELECT ?a ?b ?d WHERE { GRAPH <https://w3id.org/govkg/id/graph/links> { ?c a gk:Conflict ; gk:observation ?x , ?y ; gk:difference ?d .
                  ?x gk:conflictsWith ?y } ?x gk:statedValue ?a . ?y gk:statedValue ?b . FILTER (STR(?a) < STR(?b)) }"""));
    }
}
