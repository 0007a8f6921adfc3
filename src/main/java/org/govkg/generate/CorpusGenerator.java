package org.govkg.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govkg.extract.Gazetteer;
import org.govkg.extract.Tsv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes articles of the genre from templates — plenary reports, economic briefings, project signings and
 * park news — about real county-level divisions of the gazetteer with invented figures, people and
 * companies, each with its gold file. Article i depends only on the seed and i, so any slice of a corpus
 * can be made again, in any order, in parallel. These articles measure speed and scale, never accuracy:
 * they come from the same vocabulary the rules know.
 */
public final class CorpusGenerator {
    private static final String[] SHAPES = {"plenary", "briefing", "signing", "park"};
    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八"};
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private record Indicator(String name, String unit, long scale, String baseUnit, double min, double max, double gMin, double gMax) {}

    private final long seed;
    private final List<Gazetteer.Division> counties = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<String, List<String>> parts = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CorpusGenerator(Gazetteer gazetteer, long seed) {
        this.gazetteer = gazetteer;
        this.seed = seed;
        for (Gazetteer.Division d : gazetteer.all()) {
            if (!d.level().equals("county") || !(d.name().endsWith("区") || d.name().endsWith("县"))) continue;
            List<Gazetteer.Division> chain = gazetteer.chain(d.code());
            if (chain.size() == 3 && chain.get(1).level().equals("prefecture") && chain.get(1).name().endsWith("市")) counties.add(d);
        }
        for (String[] r : Tsv.load("/org/govkg/generate/indicators.tsv", 8))
            indicators.add(new Indicator(r[0], r[1], Long.parseLong(r[2]), r[3], Double.parseDouble(r[4]), Double.parseDouble(r[5]),
                    Double.parseDouble(r[6]), Double.parseDouble(r[7])));
        for (String[] r : Tsv.load("/org/govkg/generate/names.tsv", 2)) parts.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
    }

    /** Writes articles {@code from} to {@code to - 1} into {@code out}/articles and their gold into {@code out}/gold. */
    public void write(Path out, int from, int to) throws IOException {
        Path articles = Files.createDirectories(out.resolve("articles")), golds = Files.createDirectories(out.resolve("gold"));
        for (int i = from; i < to; i++) {
            Article a = article(i);
            Files.writeString(articles.resolve(a.id + ".txt"), a.text.toString(), StandardCharsets.UTF_8);
            Files.writeString(golds.resolve(a.id + ".gold.json"), json.writeValueAsString(a.gold) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The file beside articles/ and gold/ that lists the planted copies: a header, then "copy id TAB original id" a line. */
    public static final String COPIES = "copies.tsv";

    private static final String[] HEADLINES = {"聚焦%s：稳中求进谱新篇", "%s发展再上新台阶", "%s：奋力跑出加速度", "看%s如何答好发展答卷"};

    /**
     * Writes {@code copies} near-duplicates of articles {@code from} to {@code to - 1} into {@code out}/articles, as a
     * portal or a mirror re-posts them: one to three days later, under a new headline, with at most 30 % of the text after
     * the headline cut from its end (after the sentence that reaches 70–90 % of it, or the credits line), every third in traditional characters. Copy j is of
     * article {@code from + j·(to − from)/copies} (spread over the slice; more copies than articles repeat them), named
     * {@code copy-J-of-ORIGINAL}. They have no gold (what the cut tail held is not in them); {@value #COPIES} says
     * which is a copy of which. Copy j depends only on the seed, j and its original.
     */
    public void writeCopies(Path out, int from, int to, int copies) throws IOException {
        if (copies <= 0 || to <= from) return;
        Path articles = Files.createDirectories(out.resolve("articles"));
        StringBuilder manifest = new StringBuilder("copy\toriginal\n");
        for (int j = 0; j < copies; j++) {
            int i = from + (int) ((long) j * (to - from) / copies);
            Article a = article(i);
            String id = String.format("copy-%07d-of-%s", j, a.id);
            String text = copy(a, new SplittableRandom(seed * 1_000_003L + 0x636f7079L + j), j % 3 == 2);
            Files.writeString(articles.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
            manifest.append(id).append('\t').append(a.id).append('\n');
        }
        Files.writeString(out.resolve(COPIES), manifest.toString(), StandardCharsets.UTF_8);
    }

    /** The re-posted text of an article: its date later, a new headline, its tail cut, traditional when asked. */
    static String copy(Article a, SplittableRandom rnd, boolean traditional) {
        String[] parts = a.text.toString().split("\n\n", 3);  // the date line, the headline, the rest
        LocalDate date = LocalDate.parse(a.gold.get("publication").get("date").asText()).plusDays(1 + rnd.nextInt(3));
        String dateLine = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日 "
                + WEEKDAYS[date.getDayOfWeek().getValue() - 1];
        String area = null;  // the county: the last division the gold names
        for (JsonNode e : a.gold.get("entities")) if (e.get("type").asText().equals("AdministrativeDivision")) area = e.get("label").asText();
        String headline = String.format(HEADLINES[rnd.nextInt(HEADLINES.length)], area);
        String body = parts[2];
        // cut at the end of the sentence that reaches 70–90 % of the text: at most 30 % goes
        int target = (int) Math.round(body.length() * (0.7 + 0.2 * rnd.nextDouble()));
        int end = body.indexOf('。', Math.max(0, target - 1));
        if (end < 0) end = body.lastIndexOf('。');  // the target past the last sentence: the credits line goes
        if (end >= 0 && end + 1 < body.length()) body = body.substring(0, end + 1) + "\n";
        String text = dateLine + "\n\n" + headline + "\n\n" + body;
        return traditional ? org.govkg.nlp.TraditionalChinese.toTraditional(text) : text;
    }

    /** One article being written: its text, and the gold that says what it states. */
    private final class Article {
        final String id;
        final StringBuilder text = new StringBuilder();
        final ObjectNode gold = json.createObjectNode();
        final ArrayNode entities, observations;
        final SplittableRandom rnd;

        Article(String id, SplittableRandom rnd) {
            this.id = id;
            this.rnd = rnd;
            gold.put("doc", id);
            entities = gold.putArray("entities");
            observations = gold.putArray("observations");
        }

        String pick(String kind) {
            List<String> l = parts.get(kind);
            return l.get(rnd.nextInt(l.size()));
        }

        void entity(String type, String label, String code, String... aliases) {
            ObjectNode e = entities.addObject();
            e.put("type", type);
            e.put("label", label);
            ArrayNode al = e.putArray("aliases");
            for (String a : aliases) al.add(a);
            if (code != null) e.put("code", code);
            e.put("required", true);
        }

        /** Appends a figure clause and its gold: "{indicator}{verb}{value}{unit}，同比增长{g}%". */
        String figure(String area, Indicator ind, LocalDate start, LocalDate end, String label, boolean withChange, String verb) {
            BigDecimal v = BigDecimal.valueOf(ind.min + rnd.nextDouble() * (ind.max - ind.min)).setScale(ind.scale == 1 ? 0 : 1, RoundingMode.HALF_UP);
            BigDecimal g = BigDecimal.valueOf(ind.gMin + rnd.nextDouble() * (ind.gMax - ind.gMin)).setScale(1, RoundingMode.HALF_UP);
            if (g.signum() == 0) g = new BigDecimal("0.8");
            String stated = v.toPlainString() + ind.unit;
            String change = g.signum() > 0 ? "同比增长" + g.toPlainString() + "%" : "同比下降" + g.negate().toPlainString() + "%";
            String clause = ind.name + verb + stated + (withChange ? "，" + change : "");
            ObjectNode o = observations.addObject();
            o.put("area", area);
            o.put("indicator", ind.name);
            o.putArray("indicatorAliases");
            if (start != null) o.put("periodStart", start.toString()); else o.putNull("periodStart");
            if (end != null) o.put("periodEnd", end.toString()); else o.putNull("periodEnd");
            if (label != null) o.put("periodLabel", label); else o.putNull("periodLabel");
            o.put("value", v);
            o.put("unit", ind.unit);
            BigDecimal base = v.multiply(BigDecimal.valueOf(ind.scale)).stripTrailingZeros();
            o.put("valueBase", base.scale() < 0 ? base.setScale(0) : base);
            o.put("baseUnit", ind.baseUnit);
            o.put("kind", "level");
            if (withChange) { o.put("change", g); o.put("changeKind", "yoy-percent"); } else { o.putNull("change"); o.putNull("changeKind"); }
            o.put("evidence", clause);
            o.put("required", true);
            return clause;
        }
    }

    Article article(int i) {
        // each article its own stream of randomness, split from the seed by its number
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        String shape = SHAPES[i % SHAPES.length];
        Gazetteer.Division county = counties.get(rnd.nextInt(counties.size()));
        List<Gazetteer.Division> chain = gazetteer.chain(county.code());
        Gazetteer.Division city = chain.get(1), province = chain.get(2);
        int year = 2019 + rnd.nextInt(6);
        LocalDate date = LocalDate.of(year, 7, 10 + rnd.nextInt(18));
        Article a = new Article(String.format("gen-%07d-%s", i, shape), rnd);
        a.gold.putObject("publication").put("date", date.toString()).put("dateCertain", true);
        String lvl = county.name().substring(county.name().length() - 1);
        a.text.append(year).append("年").append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日 ")
                .append(WEEKDAYS[date.getDayOfWeek().getValue() - 1]).append("\n\n");
        a.entity("AdministrativeDivision", province.name(), province.code());
        a.entity("AdministrativeDivision", city.name(), city.code());
        a.entity("AdministrativeDivision", county.name(), county.code());
        String reporter = a.pick("surname") + a.pick("given"), secretary = a.pick("surname") + a.pick("given");
        LocalDate jan1 = LocalDate.of(year, 1, 1), jun30 = LocalDate.of(year, 6, 30);
        String trade = a.pick("trade");
        String company = city.name().replace("市", "") + a.pick("companyWord") + a.pick("companyWord") + trade + "科技有限公司";
        String project = trade + a.pick("projectHead");
        String zone = county.name().substring(0, county.name().length() - 1) + trade + a.pick("zoneHead");
        String slogan = a.pick("slogan");
        List<Indicator> figures = new ArrayList<>(indicators.subList(0, 6));
        switch (shape) {
            case "plenary" -> {
                int term = 10 + a.rnd.nextInt(8), session = 2 + a.rnd.nextInt(8);
                String meeting = "中共" + city.name() + county.name() + "委第" + NUMERALS[term] + "届委员会第" + NUMERALS[session] + "次全体会议";
                a.text.append(county.name()).append("召开").append(lvl).append("委").append(NUMERALS[term]).append("届").append(NUMERALS[session]).append("次全会\n\n");
                a.text.append("本报讯（记者 ").append(reporter).append("）").append(date.getMonthValue()).append("月").append(date.getDayOfMonth() - 1)
                        .append("日，").append(meeting).append("召开。").append(lvl).append("委书记").append(secretary).append("代表").append(lvl)
                        .append("委常委会作工作报告。\n\n");
                a.entity("Meeting", meeting, null);
                a.entity("Organization", "中共" + city.name() + county.name() + "委", null, lvl + "委");
                a.entity("Organization", "中共" + city.name() + county.name() + "委常委会", null, lvl + "委常委会");
                a.entity("Person", secretary, null);
                a.entity("Person", reporter, null);
                a.text.append("全会指出，今年以来，").append(county.name()).append("深入实施“").append(slogan).append("”，经济运行稳中向好。上半年，")
                        .append(county.name());
                for (int k = 0; k < 4; k++) a.text.append(k == 0 ? "" : "；").append(a.figure(county.name(), figures.get(k), jan1, jun30, "上半年", true, k == 0 ? "实现" : "完成"));
                a.text.append("。\n");
                a.entity("Initiative", slogan, null);
            }
            case "briefing" -> {
                a.text.append(county.name()).append("上半年经济运行情况发布\n\n记者 ").append(reporter).append("\n\n");
                a.entity("Person", reporter, null);
                a.text.append(date.getMonthValue()).append("月").append(date.getDayOfMonth() - 2).append("日，记者从").append(county.name())
                        .append("统计局获悉，上半年，").append(county.name());
                for (int k = 0; k < figures.size(); k++) a.text.append(k == 0 ? "" : "；").append(a.figure(county.name(), figures.get(k), jan1, jun30, "上半年", true, "为"));
                a.text.append("。\n");
                a.entity("Organization", county.name() + "统计局", null);
            }
            case "signing" -> {
                a.text.append(county.name()).append("重大项目集中签约\n\n");
                a.text.append(date.getMonthValue()).append("月").append(date.getDayOfMonth() - 1).append("日，").append(city.name()).append(county.name())
                        .append("重大项目集中签约仪式举行。").append(company).append("投资建设的").append(project).append("现场签约，")
                        .append(a.figure(project, new Indicator("总投资", "亿元", 100_000_000L, "CNY", 5, 80, 0, 0), null, null, null, false, ""))
                        .append("。").append(lvl).append("委书记").append(secretary).append("出席活动。\n\n今年以来，").append(county.name())
                        .append(a.figure(county.name(), figures.get(2), jan1, date, "今年以来", true, "完成")).append("。\n");
                a.entity("Enterprise", company, null);
                a.entity("Project", project, null);
                a.entity("Person", secretary, null);
            }
            default -> {
                a.text.append(zone).append("：产业集聚跑出加速度\n\n记者 ").append(reporter).append("\n\n");
                a.entity("Person", reporter, null);
                a.text.append("走进位于").append(county.name()).append("的").append(zone).append("，一座座厂房拔地而起。上半年，园区")
                        .append(a.figure(zone, figures.get(1), jan1, jun30, "上半年", true, "完成")).append("，")
                        .append(a.figure(zone, figures.get(2), jan1, jun30, "上半年", true, "完成")).append("。")
                        .append(company).append("投资建设的").append(project).append("加快建设。\n");
                a.entity("IndustrialZone", zone, null);
                a.entity("Enterprise", company, null);
                a.entity("Project", project, null);
            }
        }
        a.text.append("\n来源：").append(county.name()).append("融媒体中心\n");
        a.entity("Organization", county.name() + "融媒体中心", null);
        a.gold.putObject("article").put("title", a.text.toString().split("\n")[2]);
        // the gold lists what the text names: a province or city the template did not write goes
        String written = a.text.toString();
        for (var it = a.entities.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            boolean named = written.contains(e.get("label").asText());
            for (JsonNode al : e.get("aliases")) named |= written.contains(al.asText());
            if (!named) it.remove();
        }
        return a;
    }
}
