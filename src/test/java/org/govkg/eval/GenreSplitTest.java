package org.govkg.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-genre lines of {@code govkg eval}: documents grouped by the letters of their id, from hand-written
 * gold and graph files under org/govkg/eval/genres (ab01, ab02, cd01, cd02 and xy01, a genre of one).
 */
class GenreSplitTest {
    static final String DIR = "/org/govkg/eval/genres/";

    /** The counts of one test document: its gold file against its graph file. */
    static Scorer.Counts score(String doc, boolean verbose) throws Exception {
        Map<String, Scorer.Ent> ents = new TreeMap<>();
        Map<String, Scorer.Obs> obs = new LinkedHashMap<>();
        List<String> rows;
        try (InputStream in = GenreSplitTest.class.getResourceAsStream(DIR + doc + ".graph.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(2).filter(l -> !l.isBlank()).toList();
        }
        for (String row : rows) {
            String[] f = row.split("\t");
            String key = doc + "#" + (ents.size() + obs.size());
            if (f[0].equals("ent")) ents.put(key, new Scorer.Ent(Set.of(f[1]), Set.of(f[2]), null));
            else {
                Scorer.Obs o = new Scorer.Obs();
                o.areas.add(f[1]);
                o.inds.add(f[2]);
                o.value = Double.valueOf(f[3]);
                o.ps = f[4];
                o.pe = f[5];
                obs.put(key, o);
            }
        }
        try (InputStream in = GenreSplitTest.class.getResourceAsStream(DIR + doc + ".gold.json")) {
            return new Scorer(null, "https://w3id.org/govkg/id/").compare(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in), ents, obs, (String) null, verbose);
        }
    }

    static Map<String, Scorer.Counts> all(String... docs) throws Exception {
        Map<String, Scorer.Counts> out = new LinkedHashMap<>();
        for (String d : docs) out.put(d, score(d, false));
        return out;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", textBlock = """
            ec03,          ec
            pl12,          pl
            ab1x,          ab
            xindu-economy-2023h1, none
            chaoyang-plenary-2023, none
            '12ab',        none
            abc,           none
            """)
    void a_genre_is_the_letters_before_the_first_digit(String id, String genre) {
        assertEquals(genre, Scorer.genreOf(id));
    }

    @Test
    void each_genre_sums_its_own_documents_and_lines_are_sorted() throws Exception {
        List<Scorer.Genre> genres = Scorer.byGenre(all("cd01", "xy01", "ab02", "cd02", "ab01"));
        assertEquals(List.of(
                "genre ab: 2 documents, entityF1=0.750 obsF1=1.000 (entities 3/4 found, 3/4 correct; observations 2/2 found, 2/2 correct)",
                "genre cd: 2 documents, entityF1=0.667 obsF1=0.000 (entities 2/4 found, 2/2 correct; observations 0/2 found, 0/1 correct)"),
                genres.stream().map(Scorer.Genre::line).toList(), "xy01 is a genre of one: in the total only");
        Scorer.Counts t = Scorer.total(List.copyOf(all("cd01", "xy01", "ab02", "cd02", "ab01").values()));
        assertEquals(7, t.entTp);
        assertEquals(10, t.entReq);
        assertEquals(7, t.entSysOk);
        assertEquals(8, t.entSys);
        assertEquals(3, t.obsTpReq);
        assertEquals(5, t.obsReq);
        assertEquals(5, t.obsSys);
    }

    @ParameterizedTest(name = "{0}: no genre lines")
    @CsvSource(textBlock = """
            'ab01 ab02',           one genre only repeats the total
            'ab01 cd01',           two prefixes but no genre of two documents
            'ab01 ab02 cd01',      one genre of two documents and a lone one
            'ab01 ab02 xy01',      one genre and a lone one
            """)
    void no_split_without_two_genres_of_two_documents(String docs, String why) throws Exception {
        assertEquals(List.of(), Scorer.byGenre(all(docs.split(" "))), why);
    }

    @Test
    void the_scale_slip_is_counted_in_the_document_and_its_genre() throws Exception {
        Scorer.Counts cd01 = score("cd01", true);
        assertEquals(1, cd01.scaleErrors);
        assertTrue(cd01.notes.contains("  scale: 青梧镇 地区生产总值 gold 351.6亿元 (35160000000) got 3516000, 10^4 off  ← null"), cd01.notes::toString);
        assertTrue(cd01.notes.contains("  miss obs: 青梧镇 地区生产总值 351.6亿元 period 2024-01-01..2024-06-30  ← 上半年，青梧镇地区生产总值完成351.6亿元"), cd01.notes::toString);
        assertEquals(0, score("xy01", true).scaleErrors, "a 10⁸ figure beside a found gold figure is no slip");
        assertEquals(1, Scorer.total(List.copyOf(all("ab01", "ab02", "cd01", "cd02", "xy01").values())).scaleErrors);
        assertNull(Scorer.genreOf("x"));
    }
}
