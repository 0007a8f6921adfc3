package org.govkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The comparison QueriesIT relies on, checked without a server. */
class ExpectedRowsTest {

    @Test
    void numbers_equal_in_value_are_the_same_cell() {
        for (String s : List.of("42780000000", "4.278E10", "42780000000.0", "4.278e+10"))
            assertEquals("42780000000", ExpectedRows.canonical(s), s);
        assertEquals("8.2", ExpectedRows.canonical("8.20"));
        assertEquals("-4.7", ExpectedRows.canonical("-4.7"));
        assertEquals("0", ExpectedRows.canonical("0.00"));
    }

    @Test
    void dates_labels_and_iris_stay_as_written() {
        for (String s : List.of("2023-06-30", "新都区", "https://w3id.org/govkg/ontology#CNY", "CNY", "", "-", "E10"))
            assertEquals(s, ExpectedRows.canonical(s), s);
    }

    @Test
    void contains_restricts_results_to_the_header_variables() {
        ExpectedRows e = ExpectedRows.parse("t.tsv", List.of("# mode: contains", "area\tvalue", "新都区\t60835000000"));
        List<List<String>> got = e.project(List.of(
            Map.of("area", "新都区", "value", "6.0835E10", "obs", "https://w3id.org/govkg/id/obs/x/1"),
            Map.of("area", "吴兴区", "value", "41260000000")));
        assertEquals(List.of(), e.missing(got));
        assertEquals(List.of(List.of("吴兴区", "41260000000")), e.unexpected(got));
    }

    @Test
    void an_unbound_variable_is_the_empty_string() {
        ExpectedRows e = ExpectedRows.parse("t.tsv", List.of("# mode: exact", "a\tb", "x\t"));
        List<List<String>> got = e.project(List.of(Map.of("a", "x")));
        assertEquals(List.of(), e.missing(got));
        assertEquals(List.of(), e.unexpected(got));
    }

    @Test
    void a_missing_row_is_reported() {
        ExpectedRows e = ExpectedRows.parse("t.tsv", List.of("# mode: exact", "# derived from gold", "a", "1", "2"));
        assertEquals(ExpectedRows.Mode.EXACT, e.mode());
        assertEquals(List.of(List.of("2")), e.missing(e.project(List.of(Map.of("a", "1.0")))));
    }

    @Test
    void a_file_without_mode_or_with_a_short_row_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ExpectedRows.parse("t.tsv", List.of("a", "1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ExpectedRows.parse("t.tsv", List.of("# mode: exact", "a\tb", "1")));
        assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
    }
}
