package org.govkg.pipeline;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govkg.ingest.Document;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.InputException;
import org.govkg.ingest.ReadOptions;
import org.govkg.store.Validation;
import org.govkg.testing.Engines;
import org.govkg.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random and mutated inputs through the whole of a document's way in-process: reader, extractor,
 * resolver, mapper (Engine.process), without writing each to TDB2. Each input must be mapped or refused with
 * one of the reasons the reader gives (REASONS); any other exception fails the test with the input that
 * caused it. The mapped graphs, put in one in-memory dataset with the ontology and gazetteer, must be valid
 * under SHACL. Bounded: a fixed count of inputs of at most a few kilobytes.
 */
class InputFuzzTest {
    static final long SEED = 20240808L;
    static final int INPUTS = 2500;
    static final int JSONL_LINES = 500;
    static final List<String> REASONS = List.of("empty file", "binary content", "truncated UTF-8", "undecodable", "not UTF-8 text",
            "not UTF-16 text", "too large", "no text", "not Unicode text", "not a readable PDF", "a PDF without text",
            "an encrypted PDF", "not a readable Word .docx file", "a Word document without text", "a ZIP archive", "a Word 97",
            "invalid JSON", "not a JSON object", "field \"", "no \"id\"", "no \"text\"", "\"date\" is not a day");

    static final String[] SEEDS = {
            "温江区召开经济运行分析会\n\n2024年7月18日\n\n上半年，温江区实现地区生产总值312.6亿元，同比增长7.1%。规上工业增加值增长9.3%，社会消费品零售总额86.4亿元。\n",
            "郫都区委十四届五次全会召开\n\n2023年12月26日\n\n中共成都市郫都区委第十四届委员会第五次全体会议召开。区委书记张明代表区委常委会作工作报告。\n",
            "青白江区签约重大项目\n\n2024-03-12\n\n由成都蓉欧供应链有限公司投资建设的国际铁路港物流园项目总投资52亿元，位于青白江区城厢镇。\n",
            "澳門特別行政區統計暨普查局公佈，上半年本地生產總值為1,956億澳門元，按年實質增長8.8%。\n",
    };
    static final String GLYPHS = "区县市镇省委政府会议经济增长亿元万元同比百分点上半年一季度全年项目园区投资建设公司有限书记区长的了在和与及"
            + "0123456789.%，。、；：“”（）《》\n —-年月日澳門區經濟長億萬";

    @Test
    void random_and_mutated_inputs_are_mapped_or_refused_with_a_reader_reason_and_mapped_graphs_are_shacl_valid(@TempDir Path dir) throws Exception {
        Engine engine = Engines.get();
        Random rnd = new Random(SEED);
        List<byte[]> seeds = seedInputs();
        ReadOptions options = new ReadOptions(null, 64 * 1024, null);
        DatasetGraph mapped = DatasetGraphFactory.createTxnMem();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            String ext = List.of(".txt", ".txt", ".html", ".pdf", ".docx").get(rnd.nextInt(5));
            byte[] bytes = input(rnd, seeds);
            String id = "fuzz-" + i;
            Document doc;
            try {
                doc = DocumentReader.fromBytes(id, id + ext, bytes, options, ext);
            } catch (InputException e) {
                count(outcomes, e.getMessage(), unexpected, id);
                continue;
            }
            try {
                Engine.Result r = engine.process(doc);
                mapped.addGraph(r.graphName(), r.graph());
                outcomes.merge("mapped", 1, Integer::sum);
            } catch (RuntimeException e) {
                unexpected.add(id + " (" + bytes.length + " bytes): " + e + " at " + e.getStackTrace()[0]);
            }
        }
        // JSON Lines: one file of mutated lines, read line by line as a build reads it
        Path jsonl = dir.resolve("fuzz.jsonl");
        Files.write(jsonl, jsonlLines(rnd));
        DocumentReader.each(List.of(jsonl), options, java.io.InputStream.nullInputStream(), in -> {
            try {
                Engine.Result r = engine.process(in.load());
                mapped.addGraph(r.graphName(), r.graph());
                outcomes.merge("mapped", 1, Integer::sum);
            } catch (InputException e) {
                count(outcomes, e.getMessage(), unexpected, in.source());
            } catch (IllegalArgumentException duplicateGraph) {
                outcomes.merge("mapped (an id already seen)", 1, Integer::sum);
            } catch (RuntimeException e) {
                unexpected.add(in.source() + ": " + e + " at " + e.getStackTrace()[0]);
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("fuzz: %d inputs + %d JSON Lines lines in %.1f s: %s%n", INPUTS, JSONL_LINES, seconds, outcomes);
        assertEquals(List.of(), unexpected, "inputs that neither mapped nor were refused with a reader reason");
        assertTrue(outcomes.getOrDefault("mapped", 0) > INPUTS / 10, "too few inputs mapped to test the mapper: " + outcomes);

        mapped.addGraph(engine.iris().ontologyGraph(), engine.ontologyGraph());
        mapped.addGraph(engine.iris().gazetteerGraph(), engine.ontology().gazetteerGraph(engine.gazetteer()));
        Validation.Report report = Validation.validate(mapped, BuildOptions.DEFAULT_BASE);
        assertEquals(0, report.violations(), () -> String.join("\n", report.messages().subList(0, Math.min(20, report.messages().size()))));
    }

    private static void count(Map<String, Integer> outcomes, String reason, List<String> unexpected, String where) {
        String known = REASONS.stream().filter(reason::startsWith).findFirst().orElse(null);
        if (known == null) unexpected.add(where + ": refused with an unknown reason: " + reason);
        else outcomes.merge("refused: " + known, 1, Integer::sum);
    }

    private static List<byte[]> seedInputs() throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (String s : SEEDS) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
            out.add(s.getBytes(StandardCharsets.UTF_16));
            out.add(s.getBytes(Charset.forName("GB18030")));
        }
        out.add(SEEDS[3].getBytes(Charset.forName("Big5")));
        out.add(Files.readAllBytes(Path.of("src/test/resources/inputs/gov-page.html")));
        out.add(Files.readAllBytes(Path.of("src/test/resources/inputs/news-page.html")));
        out.add(OfficeFiles.docx("龙泉驿区统计公报", SEEDS[0]));
        out.add(OfficeFiles.pdf("龙泉驿区统计公报", "全年全区实现地区生产总值1587.3亿元，比上年增长6.2%。"));
        return out;
    }

    /** One input: random bytes, random text of the genre's characters, or a seed mutated at the byte level. */
    private static byte[] input(Random rnd, List<byte[]> seeds) {
        switch (rnd.nextInt(4)) {
            case 0 -> {
                byte[] b = new byte[rnd.nextInt(1500)];
                rnd.nextBytes(b);
                return b;
            }
            case 1 -> {
                StringBuilder sb = new StringBuilder();
                int n = rnd.nextInt(600);
                for (int i = 0; i < n; i++) sb.append(GLYPHS.charAt(rnd.nextInt(GLYPHS.length())));
                Charset c = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16).get(rnd.nextInt(3));
                return sb.toString().getBytes(c);
            }
            default -> {
                return mutate(rnd, seeds.get(rnd.nextInt(seeds.size())).clone());
            }
        }
    }

    private static byte[] mutate(Random rnd, byte[] b) {
        int rounds = 1 + rnd.nextInt(6);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(5)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);                                   // a byte changed
                case 1 -> b = java.util.Arrays.copyOf(b, at);                               // truncated
                case 2 -> {                                                                  // a range deleted
                    int len = Math.min(b.length - at, rnd.nextInt(64));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c;
                }
                case 3 -> {                                                                  // a range repeated
                    int len = Math.min(b.length - at, rnd.nextInt(200));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> {                                                                 // random bytes inserted
                    byte[] ins = new byte[rnd.nextInt(16)];
                    rnd.nextBytes(ins);
                    byte[] c = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(ins, 0, c, at, ins.length);
                    System.arraycopy(b, at, c, at + ins.length, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }

    /** Lines of JSON: well-formed articles with random fields, and the same lines mutated (no newline inserted). */
    private static byte[] jsonlLines(Random rnd) {
        StringBuilder sb = new StringBuilder();
        String[] values = {"\"温江区上半年地区生产总值同比增长7.1%。\"", "\"\"", "null", "42", "[]", "{}", "\"2024-13-45\"", "\"2024-07-18\"",
                "\"\\ud800\"", "\"澳門特別行政區\"", "true"};
        for (int i = 0; i < JSONL_LINES; i++) {
            StringBuilder line = new StringBuilder("{");
            line.append("\"id\":").append(rnd.nextInt(8) == 0 ? values[rnd.nextInt(values.length)] : "\"line-" + i + "\"");
            for (String f : new String[]{"title", "date", "source", "text"}) {
                if (rnd.nextInt(5) == 0) continue;
                line.append(",\"").append(f).append("\":").append(f.equals("text") && rnd.nextBoolean()
                        ? "\"" + SEEDS[rnd.nextInt(SEEDS.length)].replace("\n", "\\n") + "\"" : values[rnd.nextInt(values.length)]);
            }
            line.append("}");
            String l = line.toString();
            if (rnd.nextInt(4) == 0) {
                int at = rnd.nextInt(l.length());
                l = rnd.nextBoolean() ? l.substring(0, at) : l.substring(0, at) + (char) ('!' + rnd.nextInt(90)) + l.substring(at);
            }
            sb.append(l).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

}
