package org.govkg.extract;

import org.govkg.nlp.Token;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stated figures: a number with its magnitude and unit (427.8亿元, 5162户, 8.4%, 2.1个百分点), and ranks
 * (位居全市第一). For each it decides the kind, the indicator (from the scheme, else the phrase the
 * text uses), the area, the period and the year-on-year change, reading the sentence the way the
 * genre writes it: "[period][area][indicator][verb][figure]，[同比增长][rate]".
 */
final class FigureRecognizer {
    // compiled once: String.replaceAll, matches and split compile their pattern on every call, in the per-figure loops
    private static final Pattern LIST_SEPARATOR = Pattern.compile("、|和|及|与");
    private static final Pattern LABEL_NOISE = Pattern.compile("[\\s“”\"（）()、]");
    private static final Pattern PUNCTUATION = Pattern.compile("[，,、\\s]");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\d.]+$");
    private static final Pattern GAP_CAUSE = Pattern.compile("受[^，。；]*影响");
    private static final Pattern GAP_FILLER = Pattern.compile("[，,、：\\s]|同比|(?:比|较)(?:上年|去年)(?:同期)?|分别|其中|均");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern TRAILING_LOCATIVE = Pattern.compile("(在|中)$");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(今年|去年|年内|其中|力争|预计|该|，| )*");

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.A-Za-z])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(?:-|—|－|~|～|至|到)\\s*(\\d+(?:\\.\\d+)?))?"
                    + "|(?<![第零〇一二两三四五六七八九十百千万])([两二三四五六七八九十][零〇一二两三四五六七八九十百千]*|一(?=[十百千成])[零〇一二两三四五六七八九十百千]*"
                    // a bare 百 / 千 / 万 as the number: 近百亿元, 千余家, 超万人 (see bareNumeral)
                    + "|(?<!\\d)[百千万])");
    /** The upper end of a range that repeats the magnitude: 10亿至15亿元, 8万—10万平方米. */
    private static final Pattern RANGE_TAIL = Pattern.compile("\\s*(?:-|—|－|~|～|至|到)\\s*(\\d+(?:\\.\\d+)?)");
    /** 位居全市第一, 排名全省首位, 前十: the verbs and the words for "first" come from rules/rank.tsv. */
    private static final Pattern RANK = rankPattern();

    private static Pattern rankPattern() {
        List<String> verbs = new ArrayList<>(), firsts = new ArrayList<>();
        for (String[] r : Tsv.load("/org/govkg/rules/rank.tsv", 2)) (r[1].equals("verb") ? verbs : firsts).add(Pattern.quote(r[0]));
        // longer words first, so that 排名 is tried before 排
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        verbs.sort(longestFirst);
        firsts.sort(longestFirst);
        return Pattern.compile("(?:在)?(全省|全市|全国|全区|主城区|同类城市)?(?:中)?(" + String.join("|", verbs) + ")(全省|全市|全国|全区|主城区)?"
                + "(?:第([一二三四五六七八九十\\d]+)(?:位|名)?|(" + String.join("|", firsts) + ")|前([一二三四五六七八九十\\d]+)(?:位|名)?)");
    }
    private static final String SENTENCE_END = "。！？；\n";
    private static final String CLAUSE_END = "。！？；\n，、：,;";

    private record UnitDef(String unit, BigDecimal factor) {}

    private final Trie<UnitDef> units = new Trie<>();
    private final Trie<BigDecimal> magnitudes = new Trie<>();
    private final Map<String, Integer> changeVerbs = new TreeMap<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    private final Map<String, Integer> comparisons = new TreeMap<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    private final Map<String, String> cues = new TreeMap<>();
    private final List<String> qualifiersBefore = new ArrayList<>(), qualifiersAfter = new ArrayList<>(), qualifiersEnd = new ArrayList<>();
    private final Lexicons lex;
    private final IndicatorLexicon indicators;
    private final List<String> timelessWords = Tsv.words("/org/govkg/rules/timeless-indicators.tsv");

    FigureRecognizer(Lexicons lex, IndicatorLexicon indicators) {
        this.lex = lex;
        this.indicators = indicators;
        for (String[] r : Tsv.load("/org/govkg/rules/units.tsv", 3)) units.put(r[0], new UnitDef(r[1], new BigDecimal(r[2])));
        for (String[] r : Tsv.load("/org/govkg/rules/magnitudes.tsv", 2)) magnitudes.put(r[0], new BigDecimal(r[1]));
        for (String[] r : Tsv.load("/org/govkg/rules/change-verbs.tsv", 2)) changeVerbs.put(r[0], Integer.parseInt(r[1]));
        for (String[] r : Tsv.load("/org/govkg/rules/comparisons.tsv", 2)) comparisons.put(r[0], Integer.parseInt(r[1]));
        for (String[] r : Tsv.load("/org/govkg/rules/cues.tsv", 2)) cues.put(r[0], r[1]);
        for (String[] r : Tsv.load("/org/govkg/rules/qualifiers.tsv", 2)) {
            switch (r[1]) {
                case "before" -> qualifiersBefore.add(r[0]);
                case "after" -> qualifiersAfter.add(r[0]);
                case "end" -> qualifiersEnd.add(r[0]);
                default -> throw new IllegalStateException("qualifiers.tsv: unknown position " + r[1]);
            }
        }
        for (List<String> q : List.of(qualifiersBefore, qualifiersAfter, qualifiersEnd)) q.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** 城镇、农村居民人均可支配收入分别增长6.3%和8.7%: the n-th figure after 分别 belongs to the n-th item before it. */
    private record Respectively(String label, int sign, int clauseStart, int subjectStart, int subjectEnd) {}

    private java.util.Map<Integer, Respectively> respectively(Context ctx, List<Raw> raws) {
        java.util.Map<Integer, Respectively> out = new java.util.HashMap<>();
        String text = ctx.text;
        for (int i = text.indexOf("分别"); i >= 0; i = text.indexOf("分别", i + 2)) {
            int cS = ctx.clauseStartIgnoringLists(i);
            int[] subject = precedingPhrase(ctx, cS, i, true);
            if (subject == null) continue;
            String[] items = LIST_SEPARATOR.split(text.substring(subject[0], subject[1]));
            if (items.length < 2) continue;
            List<Raw> after = new ArrayList<>();
            for (Raw r : raws) {
                if (r.start() <= i) continue;
                String between = text.substring(i, r.start());
                if (between.contains("，") || between.contains("。") || between.contains("；") || between.contains("\n")) break;
                after.add(r);
            }
            if (after.size() != items.length) continue;
            int sign = 0;
            for (var e : changeVerbs.entrySet()) if (text.startsWith(e.getKey(), i + 2)) { sign = e.getValue(); break; }
            String last = items[items.length - 1];
            for (int k = 0; k < items.length; k++) {
                String item = items[k].strip();
                // the items share the last one's tail: 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入
                String label = k < items.length - 1 && last.length() > item.length() ? item + last.substring(item.length()) : item;
                out.put(after.get(k).start(), new Respectively(label, sign, cS, subject[0], subject[1]));
            }
        }
        return out;
    }

    /**
     * 分别达到41356元和21872元，分别增长6.1%和7.9%: the n-th rate after a second 分别 is the change of the n-th
     * figure of the list before it. Maps each rate's start to {the figure's start, the sign}.
     */
    private java.util.Map<Integer, int[]> respectiveRates(Context ctx, List<Raw> raws) {
        java.util.Map<Integer, int[]> out = new java.util.HashMap<>();
        String text = ctx.text;
        for (int i = text.indexOf("分别"); i >= 0; i = text.indexOf("分别", i + 2)) {
            int sign = 0;
            for (var e : changeVerbs.entrySet()) if (text.startsWith(e.getKey(), i + 2)) { sign = e.getValue(); break; }
            if (sign == 0) continue;
            List<Raw> rates = new ArrayList<>();
            for (Raw r : raws) {
                if (r.start() <= i) continue;
                String between = text.substring(i, r.start());
                if (between.contains("，") || between.contains("。") || between.contains("；") || between.contains("\n")) break;
                if (r.unit().equals("Percent")) rates.add(r);
            }
            if (rates.size() < 2) continue;
            // the figures before it in the sentence, the last as many as there are rates: …分别达到A和B，分别增长… or
            // 全年接待游客A，实现旅游综合收入B，分别增长…
            int from = i;
            while (from > 0 && "。！？；\n".indexOf(text.charAt(from - 1)) < 0) from--;
            final int sentenceStart = from, at = i;
            List<Raw> before = raws.stream().filter(r -> r.start() >= sentenceStart && r.end() <= at && !r.unit().equals("Percent")).toList();
            if (before.size() < rates.size()) continue;
            List<Raw> figures = before.subList(before.size() - rates.size(), before.size());
            for (int k = 0; k < rates.size(); k++) out.put(rates.get(k).start(), new int[]{figures.get(k).start(), sign});
        }
        return out;
    }

    /** A number with its unit as written, before its meaning is read. */
    private record Raw(int start, int numStart, int end, BigDecimal value, BigDecimal upper, String unit,
                       String qualifier, String stated) {}

    List<Figure> recognize(String text, List<Token> tokens, List<Mention> mentions, List<PeriodResolver.Found> periods, LocalDate refDate) {
        Context ctx = new Context(text, tokens, mentions, periods, refDate);
        List<Figure> out = new ArrayList<>();
        List<Raw> raws = numbers(text);
        ctx.figureStarts = raws.stream().mapToInt(Raw::start).toArray();
        ctx.respectively = respectively(ctx, raws);
        ctx.respectiveRates = respectiveRates(ctx, raws);
        for (Raw r : raws) {
            // a number inside a name (十三届五次全会, “六项任务”, 地铁2号线) is part of the name, not a figure
            if (mentions.stream().anyMatch(m -> m.type() != EntityType.DIVISION && m.overlaps(r.numStart(), r.end()))) continue;
            Figure f = read(ctx, r, out);
            if (f != null) out.add(f);
        }
        out.addAll(ranks(ctx, out));
        out.sort(Comparator.comparingInt(Figure::start));
        return dedupe(out);
    }

    /** A figure the article states twice (in the text and again in a summary box) is one figure. */
    private static List<Figure> dedupe(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> statedRates = new java.util.HashSet<>();
        for (Figure f : figures)
            if (f.changeRate() != null && !f.kind().equals("Growth") && f.indicatorId() != null)
                statedRates.add(f.indicatorId() + "|" + f.changeRate().stripTrailingZeros().toPlainString());
        for (Figure f : figures) {
            String area = f.area().mention() != null ? f.area().mention().name() : f.area().level();
            String key = area + "|" + org.govkg.extract.FigureRecognizer.compact(f.indicatorLabel()) + "|" + f.value().stripTrailingZeros().toPlainString() + "|" + f.unit() + "|" + f.kind();
            // ——地区生产总值同比增长8.2%: a summary line restating, for the article's own division, the change
            // of a figure stated before (whose area the summary line leaves out)
            if (f.kind().equals("Growth") && f.changeRate() != null && f.indicatorId() != null && f.area().mention() == null
                    && statedRates.contains(f.indicatorId() + "|" + f.changeRate().stripTrailingZeros().toPlainString())) continue;
            if (seen.add(key)) out.add(f);
        }
        return out;
    }

    static String compact(String label) {
        return LABEL_NOISE.matcher(label).replaceAll("");
    }

    // ---- numbers and units

    private List<Raw> numbers(String text) {
        List<Raw> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            boolean chinese = m.group(3) != null;
            String num = chinese ? m.group(3) : m.group(1);
            if (chinese && insideQuotes(text, m.start())) continue;
            if (m.start() > 0 && text.charAt(m.start() - 1) == '第') continue;
            int p = m.end();
            String qualifier = startsWithAny(text, p, qualifiersAfter);
            if (qualifier != null) p += qualifier.length();
            BigDecimal mag = BigDecimal.ONE;
            Trie.Match<BigDecimal> mm = longestAt(magnitudes, text, p);
            String upperNum = m.group(2);
            if (mm != null) {
                mag = mm.value();
                p = mm.end();
                Matcher tail = RANGE_TAIL.matcher(text).region(p, text.length());
                if (!chinese && upperNum == null && tail.lookingAt()) {
                    Trie.Match<BigDecimal> again = longestAt(magnitudes, text, tail.end());
                    if (again != null && again.value().compareTo(mag) == 0) { upperNum = tail.group(1); p = again.end(); }
                }
            }
            String after = startsWithAny(text, p, qualifiersAfter);
            if (after != null) { qualifier = after; p += after.length(); }
            int start = m.start();
            for (String q : qualifiersBefore) {
                if (text.startsWith(q, start - q.length())) { qualifier = q; start -= q.length(); break; }
            }
            Trie.Match<UnitDef> um = longestAt(units, text, p);
            // 入驻率达到九成: tenths are a share
            if (um == null && chinese && text.startsWith("成", p) && num.length() == 1 && "一二两三四五六七八九".contains(num)
                    && !text.startsWith("不", p + 1)) {
                BigDecimal tenths = ChineseNumbers.parse(num).multiply(BigDecimal.TEN);
                String end = startsWithAny(text, p + 1, qualifiersEnd);
                out.add(new Raw(start, m.start(), p + 1, tenths, null, "Percent", end != null ? end : qualifier, text.substring(m.start(), p + 1)));
                continue;
            }
            if (um == null) continue;
            UnitDef u = um.value();
            int end = um.end();
            if (chinese && (!u.unit().equals("Count") && !u.unit().equals("CNY"))) continue;
            if (threshold(text, end)) continue;
            BigDecimal value = ChineseNumbers.parse(num);
            if (value == null) continue;
            // small Chinese numerals name things (八项规定, 两个确立, 三个集群); statistics write digits
            if (chinese && value.compareTo(BigDecimal.valueOf(11)) < 0 && qualifier == null && mag.compareTo(BigDecimal.ONE) == 0) continue;
            BigDecimal factor = mag.multiply(u.factor());
            BigDecimal upper = upperNum != null ? new BigDecimal(upperNum).multiply(factor) : null;
            String atEnd = startsWithAny(text, end, qualifiersEnd);
            if (atEnd != null) qualifier = atEnd;
            // a bare 百 / 千 / 万 is a number only with a qualifier (近百亿元, 千余家, 超万人); else it is a word (百强, 万元GDP)
            if (chinese && num.length() == 1 && "百千万".indexOf(num.charAt(0)) >= 0 && qualifier == null) continue;
            out.add(new Raw(start, m.start(), end, value.multiply(factor).stripTrailingZeros(),
                    upper == null ? null : upper.stripTrailingZeros(), u.unit(), qualifier, text.substring(m.start(), end)));
        }
        return out;
    }

    private static String startsWithAny(String text, int p, List<String> words) {
        for (String w : words) if (text.startsWith(w, p)) return w;
        return null;
    }

    /** 5000万元以上项目: a threshold in a name, not a figure. */
    private static boolean threshold(String text, int end) {
        if (!(text.startsWith("以上", end) || text.startsWith("以下", end))) return false;
        // 7%以上的目标 qualifies a figure; 5000万元以上项目 names a class of projects
        return end + 2 < text.length() && isCjk(text.charAt(end + 2)) && text.charAt(end + 2) != '的';
    }

    private static <V> Trie.Match<V> longestAt(Trie<V> trie, String text, int p) {
        return trie.longestAt(text, p, p + 6);
    }

    // ---- reading one figure

    private Figure read(Context ctx, Raw r, List<Figure> before) {
        String text = ctx.text;
        int sStart = ctx.sentenceStart(r.start()), sEnd = ctx.sentenceEnd(r.end());
        int cStart = ctx.clauseStart(r.start());
        Figure prev = before.isEmpty() ? null : before.get(before.size() - 1);
        // (the clause of a 分别 list starts before its items, see respectively())
        boolean prevInSentence = prev != null && prev.start() >= sStart;

        int[] respectiveRate = ctx.respectiveRates.get(r.start());
        if (respectiveRate != null) {
            for (int k = before.size() - 1; k >= 0; k--) {
                Figure f = before.get(k);
                if (f.start() != respectiveRate[0]) continue;
                if (f.changeRate() == null) before.set(k, f.withChange(r.value().multiply(BigDecimal.valueOf(respectiveRate[1])), null).withEvidenceEnd(Math.max(f.evidenceEnd(), sEnd)));
                return null;
            }
        }
        String verb = null;
        int sign = 1;
        for (var e : changeVerbs.entrySet()) {
            if (text.startsWith(e.getKey(), r.start() - e.getKey().length())) { verb = e.getKey(); sign = e.getValue(); break; }
        }
        Respectively resp = ctx.respectively.get(r.start());
        if (resp != null) {
            if (resp.sign() != 0) { verb = "分别"; sign = resp.sign(); }
            cStart = resp.clauseStart();
        }
        String comparison = null;
        int cmpSign = 1;
        int cmpAt = -1;
        if (r.unit().equals("PercentagePoint") || r.unit().equals("Percent")) {
            for (var e : comparisons.entrySet()) {
                int at = text.lastIndexOf(e.getKey(), r.start());
                if (at >= cStart && at >= 0 && r.start() - at <= e.getKey().length() + 4) { comparison = e.getKey(); cmpSign = e.getValue(); cmpAt = at; break; }
            }
        }
        int phraseEnd = r.start() - (verb == null ? 0 : verb.length());
        if (comparison != null) phraseEnd = cmpAt;

        // a rate or a change in points right after a figure of the same sentence belongs to it
        boolean isRate = r.unit().equals("Percent") && verb != null;
        boolean isPoints = r.unit().equals("PercentagePoint") && verb != null && comparison == null;
        if (resp == null && (isRate || isPoints) && prevInSentence && attachable(ctx, prev, phraseEnd)) {
            BigDecimal v = r.value().multiply(BigDecimal.valueOf(sign));
            Figure updated = isRate && prev.changeRate() == null && !prev.unit().equals("Percent") ? prev.withChange(v, null)
                    : isPoints && prev.changePoints() == null ? prev.withChange(null, v) : null;
            if (updated != null) {
                before.set(before.size() - 1, updated.withEvidenceEnd(Math.max(prev.evidenceEnd(), sEnd)));
                return null;
            }
        }

        // the indicator: after a count (7个数字化工厂) or before the figure (地区生产总值实现427.8亿元)
        int[] phrase = resp != null ? new int[]{resp.subjectStart(), resp.subjectEnd()} : null;
        if (phrase == null && r.unit().equals("Count")) phrase = ctx.followingPhrase(r.end());
        if (phrase == null) phrase = precedingPhrase(ctx, Math.max(cStart, prevInSentence ? Math.min(prev.end(), phraseEnd) : cStart), phraseEnd, comparison == null);
        if (phrase == null && verb == null && comparison == null) phrase = ctx.followingPhrase(r.end());
        String inherited = phrase != null && prevInSentence && resp == null ? ctx.sharedVerb(prev, phrase[0]) : "";
        Period danglingPeriod = null;
        Figure.AreaRef danglingArea = null;
        if (phrase == null && cStart == ctx.paragraphStart(r.start())) {
            // a sentence the layout split across paragraphs: "…规上工业总产值实现" … "338.1亿元，…"
            int[] dangling = ctx.danglingClause(r.start());
            if (dangling != null) {
                phrase = precedingPhrase(ctx, dangling[0], dangling[1], true);
                danglingPeriod = ctx.periodIn(dangling[0], dangling[1]);
                danglingArea = ctx.areaIn(dangling[0], dangling[1]);
            }
        }
        // 规上工业增加值增长8.1%，高于全省2.1个百分点: a comparison without its own subject compares the figure before
        String comparedSubject = null;
        if (phrase == null && comparison != null && prevInSentence && prev.end() <= cmpAt
                && PUNCTUATION.matcher(text.substring(prev.end(), cmpAt)).replaceAll("").isEmpty()) {
            String l = withoutComparison(prev);
            comparedSubject = l + (prev.comparedTo() == null && prev.changeRate() != null && !l.endsWith("增速") ? "增速" : "");
        }
        if (phrase == null && comparedSubject == null) return null;
        String label = comparedSubject != null ? comparedSubject : resp != null ? resp.label() : inherited + text.substring(phrase[0], phrase[1]);
        if (comparison != null) label = label + TRAILING_NUMBER.matcher(text.substring(cmpAt, r.start())).replaceAll("");
        // 形成年产5GW高效光伏组件的生产能力: a capacity, named by the product after it
        if (label.endsWith("年产") && !r.unit().equals("CNY")) {
            int[] product = ctx.followingPhrase(r.end());
            label = (product == null ? "" : text.substring(product[0], product[1])) + "年产能";
        }
        Trie.Match<IndicatorLexicon.Concept> concept = indicators.longestIn(label);
        String indicatorId = concept != null && conceptCovers(concept, label) ? concept.value().id() : null;

        String kind = "Level";
        BigDecimal changeRate = null, changePoints = null;
        BigDecimal value = r.value();
        if (isRate) {
            kind = "Growth";
            value = value.multiply(BigDecimal.valueOf(sign));
            changeRate = value;
        } else if (comparison != null) {
            kind = "Growth";
            value = value.multiply(BigDecimal.valueOf(cmpSign));
        } else if (isPoints) {
            kind = "Growth";
            value = value.multiply(BigDecimal.valueOf(sign));
            changePoints = value;
        } else if (r.unit().equals("Percent") && (label.endsWith("率") || containsCue(text, cStart, r.start(), "Share") || completion(text, cStart, r.start()))) {
            kind = "Share";
        }
        boolean target = (containsCue(text, sStart, r.start(), "Target") || text.startsWith("目标", r.end())
                || text.startsWith("更高目标", r.end()) || announcedTargets(text, r.start())) && !completion(text, cStart, r.start());
        if (target && (kind.equals("Level") || isRate)) {
            // 力争地区生产总值增长7.5%: a growth target's value is the rate aimed at; no change has happened yet
            kind = "Target";
            changeRate = null;
        }

        Figure.AreaRef area = danglingArea != null ? danglingArea : comparedSubject != null ? prev.area()
                : ctx.areaFor(sStart, cStart, phrase[0], r.start(), prevInSentence ? prev : null);
        Figure.AreaRef compared = comparison == null ? null : ctx.areaWordAt(cmpAt + comparison.length());
        String said = label + "|" + text.substring(cStart, r.start());
        boolean timeless = timelessWords.stream().anyMatch(said::contains)
                || (area.mention() != null && area.mention().type() == EntityType.PROJECT)
                // 集聚企业186家，其中规上工业企业63家: the parts of a stock are stocks too
                || (prevInSentence && prev.period() == null && prev.kind().equals("Level") && kind.equals("Level"));
        Period period = danglingPeriod != null ? danglingPeriod : ctx.periodFor(sStart, r.start(), kind.equals("Target") || timeless);
        // what a project is (总投资15亿元) is not dated by the event its sentence reports (今年2月…开工)
        final int clause = cStart;
        if (timeless && period != null && !kind.equals("Target") && ctx.periods.stream().noneMatch(f -> f.start() >= clause && f.end() <= r.start())) period = null;
        // 2024年是…之年。主要预期目标是：…增长7%左右: a target without a period of its own is for the year its paragraph names
        if (kind.equals("Target") && period == null) period = ctx.paragraphYear(r.start());
        // a target for the year is for the whole year, not for the year so far
        if (kind.equals("Target") && period != null && period.start() != null && period.end() != null
                && period.start().getDayOfYear() == 1 && period.start().getYear() == period.end().getYear() && ctx.refDate != null
                && period.end().equals(ctx.refDate))
            period = new Period(period.label(), period.start(), period.start().withMonth(12).withDayOfMonth(31));
        double confidence = lex.confidence(indicatorId != null ? "figure.scheme" : "figure.candidate");
        return new Figure(r.start(), r.end(), sStart, sEnd, text.substring(r.start(), r.end()), value, r.upper(), r.unit(), kind,
                changeRate, changePoints, r.qualifier(), indicatorId, label, period, area, compared, confidence);
    }

    /** 地区生产总值增速高于全省 → 地区生产总值增速: what a comparison compares; any other figure's label as it is. */
    private String withoutComparison(Figure f) {
        String l = f.indicatorLabel();
        if (!f.unit().equals("PercentagePoint")) return l;
        int cut = l.length();
        for (String c : comparisons.keySet()) {
            int i = l.indexOf(c);
            if (i > 0 && i < cut) cut = i;
        }
        return l.substring(0, cut);
    }

    /** The text between two figures carries no new subject: "…427.8亿元，同比增长8.4%". */
    private boolean attachable(Context ctx, Figure prev, int at) {
        if (at < prev.end()) return false;
        String gap = ctx.text.substring(prev.end(), at);
        if (gap.length() > 25) return false;
        // what is left between them, past the punctuation, 同比 and a 受…影响 aside, would be a new subject
        String rest = GAP_FILLER.matcher(GAP_CAUSE.matcher(gap).replaceAll("")).replaceAll("");
        if (rest.length() >= 4) return false;
        if (indicators.longestIn(gap) != null && !gap.contains("受")) return false;
        for (Mention m : ctx.mentions) if (m.start() >= prev.end() && m.end() <= at && !gap.contains("受")) return false;
        return true;
    }

    /** A scheme label counts when it covers most of the phrase; a long specific phrase keeps its own wording. */
    private static boolean conceptCovers(Trie.Match<IndicatorLexicon.Concept> c, String label) {
        return (c.end() - c.start()) * 2 >= label.length();
    }

    /** 完成年度计划的62.8%, 占年度目标的: a share of a plan done, not a target. */
    private static boolean completion(String text, int from, int to) {
        String s = text.substring(Math.max(0, from), Math.max(from, to));
        return (s.contains("完成") || s.contains("占")) && (s.contains("计划") || s.contains("目标") || s.contains("任务")) && s.contains("的");
    }

    private static final Pattern TARGET_LIST = Pattern.compile("目标(?:是|为)?[：:]");
    private static final Pattern NAMED_YEAR = Pattern.compile("(?<!\\d)(\\d{4})年(?!\\d{1,2}月|以来)");

    /** 主要预期目标是：地区生产总值增长7%左右；规上工业增加值增长9%；…: every item of the list is a target. */
    private static boolean announcedTargets(String text, int at) {
        int s = at;
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        return TARGET_LIST.matcher(text.substring(s, at)).find();
    }

    private boolean containsCue(String text, int from, int to, String kind) {
        String s = text.substring(Math.max(0, from), Math.max(from, to));
        for (var e : cues.entrySet()) if (e.getValue().equals(kind) && s.contains(e.getKey())) return true;
        return false;
    }

    /** The indicator phrase before a figure, without the period, the area and the verb. */
    private int[] precedingPhrase(Context ctx, int from, int to, boolean stripChange) {
        String text = ctx.text;
        int s = from, e = to;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            char c = text.charAt(s);
            if (!isCjk(c) && !Character.isLetterOrDigit(c) && c != '“') { s++; changed = true; continue; }
            for (PeriodResolver.Found f : ctx.periods) if (f.start() == s && f.end() <= e) { s = f.end(); changed = true; }
            for (String w : lex.stripWords) {
                if (w.length() > 1 && text.startsWith(w, s) && s + w.length() <= e) { s += w.length(); changed = true; }
            }
            for (Mention m : ctx.mentions) {
                if (m.start() == s && m.end() < e && isArea(m)) { s = m.end(); changed = true; }
            }
            for (String w : lex.anaphora.keySet()) {
                if (text.startsWith(w, s) && s + w.length() < e) { s += w.length(); changed = true; }
            }
            // 力争年内新增入驻企业80家: the vow says the figure is a target (read from the text), it is no part of the indicator
            for (String w : List.of("其中", "全区", "全市", "全县", "全省", "全口径", "同时", "此外", "共有", "累计", "在", "有", "，", "今年", "去年",
                    "力争", "确保", "预计", "争取", "推动", "年内")) {
                if (text.startsWith(w, s) && s + w.length() < e && !(w.equals("全口径"))) { s += w.length(); changed = true; }
            }
        }
        int de = text.lastIndexOf('的', e - 1);
        String afterDe = de >= s ? text.substring(de + 1, e) : "";
        boolean share = afterDe.startsWith("比重") || afterDe.startsWith("比例") || afterDe.startsWith("份额") || afterDe.startsWith("占比");
        if (de >= s && e - de - 1 >= 2 && !share) s = de + 1;
        for (Mention m : ctx.mentions) if (m.start() == s && m.end() < e - 1 && isArea(m)) s = m.end();
        changed = true;
        while (changed && e > s) {
            changed = false;
            for (String w : lex.stripWords) {
                if (text.startsWith(w, e - w.length()) && e - w.length() >= s) { e -= w.length(); changed = true; }
            }
            // 增速 stays in a comparison (GDP增速高于全省) and a rank (增速排名全市首位): it is what they compare
            for (String w : stripChange ? changeVerbs.keySet() : java.util.Set.<String>of()) {
                if (text.startsWith(w, e - w.length()) && e - w.length() >= s) { e -= w.length(); changed = true; }
            }
            for (PeriodResolver.Found f : ctx.periods) if (f.end() == e && f.start() >= s) { e = f.start(); changed = true; }
            while (e > s && !isCjk(text.charAt(e - 1)) && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '）' && text.charAt(e - 1) != '”') { e--; changed = true; }
        }
        String p = text.substring(s, e);
        if (p.length() < 2 || p.length() > 24) return null;
        if (p.chars().noneMatch(ch -> isCjk((char) ch)) && !ACRONYM.matcher(p).matches()) return null;
        return new int[]{s, e};
    }

    static boolean isArea(Mention m) {
        return switch (m.type()) {
            case DIVISION, ZONE, PROJECT, ENTERPRISE, PLACE -> true;
            default -> false;
        };
    }

    // ---- ranks

    private List<Figure> ranks(Context ctx, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        Matcher m = RANK.matcher(ctx.text);
        while (m.find()) {
            String n = m.group(4) != null ? m.group(4) : m.group(6);
            BigDecimal value = m.group(5) != null ? BigDecimal.ONE : ChineseNumbers.parse(n);
            if (value == null) continue;
            String qualifier = m.group(6) != null ? "前" : null;
            String scope = m.group(1) != null ? m.group(1) : m.group(3);
            int sStart = ctx.sentenceStart(m.start()), cStart = ctx.clauseStart(m.start());
            // the subject: the figure just before in the sentence (网络零售额实现25.9亿元，在全市排名第一), else the clause
            Figure prev = null;
            for (Figure f : figures) if (f.start() >= sStart && f.end() <= m.start()) prev = f;
            String subject;
            int subjectStart;
            int verbAt = m.start(2);
            int[] phrase = precedingPhrase(ctx, cStart, m.start(), false);
            if (phrase != null) {
                subject = ctx.text.substring(phrase[0], phrase[1]);
                subjectStart = phrase[0];
            } else if (prev != null) {
                // 增速高于全省3.4个百分点，位居全市第一: what ranks is what was compared
                subject = withoutComparison(prev);
                subjectStart = prev.start();
            } else continue;
            String label = TRAILING_LOCATIVE.matcher(subject).replaceAll("") + (scope != null ? scope.replace("全", "全") : "") + "排名";
            Figure.AreaRef area = ctx.areaFor(sStart, cStart, subjectStart, verbAt, prev);
            Period period = ctx.periodFor(sStart, m.start(), false);
            out.add(new Figure(m.start(2), m.end(), sStart, ctx.sentenceEnd(m.end()), m.group(), value, null, "Rank", "Rank",
                    null, null, qualifier, null, label, period, area, null, lex.confidence("figure.rank")));
        }
        return out;
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static boolean insideQuotes(String text, int at) {
        int open = text.lastIndexOf('“', at);
        if (open < 0) return false;
        int close = text.lastIndexOf('”', at);
        return close < open && at - open < 16;
    }

    /** The text's structure around figures: sentences, clauses, paragraphs, mentions and periods. */
    private final class Context {
        final String text;
        final List<Token> tokens;
        final List<Mention> mentions;
        final List<PeriodResolver.Found> periods;
        final LocalDate refDate;
        int[] figureStarts = new int[0];
        java.util.Map<Integer, Respectively> respectively = java.util.Map.of();
        java.util.Map<Integer, int[]> respectiveRates = java.util.Map.of();

        /** The whole year last named in the paragraph before {@code at} (2024年是…), or null. */
        Period paragraphYear(int at) {
            int p = paragraphStart(at);
            Matcher m = NAMED_YEAR.matcher(text);
            m.region(p, at);
            String y = null;
            while (m.find()) y = m.group(1);
            if (y == null) return null;
            int year = Integer.parseInt(y);
            return new Period(y + "年", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        /** The start of the clause, reading 、 as part of it (城镇、农村居民…分别). */
        int clauseStartIgnoringLists(int p) {
            int i = p - 1;
            while (i >= 0 && "。！？；\n，：,;".indexOf(text.charAt(i)) < 0) i--;
            return i + 1;
        }

        Context(String text, List<Token> tokens, List<Mention> mentions, List<PeriodResolver.Found> periods, LocalDate refDate) {
            this.text = text;
            this.tokens = tokens;
            this.mentions = mentions;
            this.periods = periods;
            this.refDate = refDate;
        }

        /** 7个数字化工厂 陆续建成: the run of nouns right after a count, or null. */
        int[] followingPhrase(int p) {
            int k = NameWalker.tokenAt(tokens, p);
            if (k < 0 || tokens.get(k).start() != p) return null;
            int e = p;
            while (k < tokens.size() && e - p < 14) {
                Token t = tokens.get(k);
                String pos = t.pos();
                boolean nounish = pos.startsWith("n") || pos.equals("vn") || pos.equals("b") || pos.startsWith("g") || pos.equals("j")
                        || (pos.equals("a") && t.text().length() <= 2 && k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("n"));
                if (!nounish || lex.stopVerbs.contains(t.text())) break;
                e = t.end();
                k++;
            }
            return e - p >= 2 ? new int[]{p, e} : null;
        }

        int sentenceStart(int p) {
            int i = p - 1;
            while (i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) < 0) i--;
            return i + 1;
        }

        int sentenceEnd(int p) {
            int i = p;
            while (i < text.length() && SENTENCE_END.indexOf(text.charAt(i)) < 0) i++;
            return i;
        }

        int clauseStart(int p) {
            int i = p - 1;
            while (i >= 0 && CLAUSE_END.indexOf(text.charAt(i)) < 0) i--;
            return i + 1;
        }

        int paragraphStart(int p) {
            int i = p - 1;
            while (i >= 0 && text.charAt(i) != '\n') i--;
            return i + 1;
        }

        boolean startsStripWord(int p) {
            for (String w : lex.stripWords) if (w.length() > 1 && text.startsWith(w, p)) return true;
            return false;
        }

        /** The last clause of the nearest earlier paragraph that breaks off mid-sentence, or null. */
        int[] danglingClause(int p) {
            int i = paragraphStart(p) - 1;
            for (int guard = 0; guard < 12 && i > 0; guard++) {
                while (i > 0 && text.charAt(i) == '\n') i--;
                if (i <= 0) return null;
                char last = text.charAt(i);
                int pStart = paragraphStart(i);
                if (isCjk(last) && i - pStart > 20 && endsWithFigureVerb(i + 1)) {
                    int c = clauseStart(i);
                    return new int[]{c, i + 1};
                }
                i = pStart - 1;
            }
            return null;
        }

        /**
         * 签约落位重大项目12个、企业91家: the verb that opens a list of figures belongs to every item, so the
         * second item is 签约落位企业. Only for an item right after "、" following the previous figure.
         */
        String sharedVerb(Figure prev, int phraseStart) {
            int i = phraseStart - 1;
            if (i < 0 || text.charAt(i) != '、' || prev.end() != i) return "";
            int k = NameWalker.tokenAt(tokens, prev.evidenceStart());
            String label = prev.indicatorLabel();
            int at = text.lastIndexOf(label, prev.start());
            if (at < 0) return "";
            k = NameWalker.tokenAt(tokens, at);
            StringBuilder verbs = new StringBuilder();
            while (k >= 0 && k < tokens.size() && tokens.get(k).end() <= at + label.length()) {
                String pos = tokens.get(k).pos();
                if (pos.startsWith("n") || pos.equals("a") || pos.equals("vn") || pos.equals("b")) break;
                verbs.append(tokens.get(k).text());
                k++;
            }
            return verbs.length() >= 2 && verbs.length() < label.length() ? verbs.toString() : "";
        }

        /** …总产值实现 / …达到: a clause that breaks off right where its figure should stand. */
        boolean endsWithFigureVerb(int end) {
            for (String w : lex.stripWords) if (w.length() >= 1 && !w.equals("的") && !w.equals("了") && text.startsWith(w, end - w.length())) return true;
            return false;
        }

        Period periodIn(int from, int to) {
            Period p = null;
            for (PeriodResolver.Found f : periods) if (f.start() >= from && f.end() <= to) p = f.period();
            if (p == null) for (PeriodResolver.Found f : periods) if (f.end() <= from && f.start() >= sentenceStart(from)) p = f.period();
            return p;
        }

        Figure.AreaRef areaIn(int from, int to) {
            for (Mention m : mentions) if (m.start() >= from && m.end() <= to && isArea(m)) return new Figure.AreaRef(m, null);
            return null;
        }

        Figure.AreaRef areaWordAt(int p) {
            for (var e : lex.areaWords.entrySet()) if (text.startsWith(e.getKey(), p)) return new Figure.AreaRef(null, e.getValue());
            return null;
        }

        /** The area: a place named in the clause before the indicator, else at the head of the sentence, else the article's. */
        Figure.AreaRef areaFor(int sStart, int cStart, int phraseStart, int at, Figure prev) {
            Mention best = null;
            for (Mention m : mentions) {
                if (!isArea(m) || m.start() < cStart || m.end() > at || example(m)) continue;
                // the nearest name before the indicator, and of two names that start together the longer
                // (撮镇镇冷链物流基地项目总投资…: the project, not its town)
                if ((m.start() <= phraseStart + 1 || m.end() <= phraseStart) && (best == null || m.end() > best.end())) best = m;
            }
            if (best != null) return new Figure.AreaRef(best, null);
            // 全区省市重点项目完成投资…: the clause's own 全区 beats a name at the head of the sentence
            for (var e : lex.areaWords.entrySet()) {
                int i = text.indexOf(e.getKey(), cStart);
                if (i >= 0 && i < at && !e.getValue().equals("country") && !precededByComparison(i)) return new Figure.AreaRef(null, e.getValue());
            }
            Mention meant = anaphor(cStart, at);
            if (meant != null) return new Figure.AreaRef(meant, null);
            if (commas(sStart, at) <= 1) {
                for (Mention m : mentions) {
                    if (!isArea(m) || m.start() < sStart || m.end() > at || example(m)) continue;
                    int lead = m.start() - sStart;
                    if (lead == 0 || lead <= leadingPeriodLength(sStart)) return new Figure.AreaRef(m, null);
                }
            }
            // …一期项目由…承建，总投资26亿元: a clause without a subject continues the previous clause's
            Mention subject = previousClauseSubject(sStart, cStart);
            if (subject != null) return new Figure.AreaRef(subject, null);
            if (prev != null && prev.area() != null) return prev.area();
            return new Figure.AreaRef(null, "main");
        }

        private Mention previousClauseSubject(int sStart, int cStart) {
            int end = cStart - 1;
            for (int guard = 0; guard < 2 && end > sStart; guard++) {
                int start = clauseStart(end);
                // a project, a company or a park carries on as the subject (…项目由…承建，总投资26亿元;
                // 石花镇的石花食品产业园依托…，去年实现产值…; 园区建成人才公寓两栋，提供房源320套)
                int at = start;
                for (Mention d : mentions) if (d.type() == EntityType.DIVISION && d.start() == at && text.startsWith("的", d.end())) at = d.end() + 1;
                for (Mention m : mentions) {
                    if (m.type() != EntityType.PROJECT && m.type() != EntityType.ENTERPRISE && m.type() != EntityType.ZONE) continue;
                    if (m.start() < at || m.start() > at + 1 || m.end() > end || example(m)) continue;
                    return m;
                }
                for (var e : lex.anaphora.entrySet()) {
                    if (e.getValue() == EntityType.ZONE && text.startsWith(e.getKey(), start)) {
                        Mention meant = anaphor(start, start + e.getKey().length() + 1);
                        if (meant != null) return meant;
                    }
                }
                end = start - 1;
            }
            return null;
        }

        /** 园区实现工业总产值…: 园区 / 该项目 before the indicator stands for the park or project the article means. */
        private Mention anaphor(int cStart, int phraseStart) {
            // longer words first: 该园区 before the 园区 inside it
            List<Map.Entry<String, EntityType>> words = new ArrayList<>(lex.anaphora.entrySet());
            words.sort(Comparator.comparingInt((Map.Entry<String, EntityType> w) -> -w.getKey().length()).thenComparing(Map.Entry::getKey));
            for (var e : words) {
                // 今年力争园区工业总产值…: the word may follow a period or a cue, but stands before the indicator
                int p = text.indexOf(e.getKey(), cStart);
                if (p < 0 || p >= phraseStart) continue;
                if (mentions.stream().anyMatch(m -> m.start() <= p && p < m.end())) continue;
                // 项目总投资… stands for a project only opening its clause; inside one (签约项目12个) it is a noun
                if (e.getValue() != EntityType.ZONE && !CLAUSE_OPENING.matcher(text.substring(cStart, p)).matches()) continue;
                Mention best = null;
                if (e.getValue() == EntityType.ZONE && !e.getKey().startsWith("该")) {
                    // the park an article is about is the one it names most (园区 rarely means a park named in passing)
                    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
                    for (Mention m : mentions) if (m.type() == e.getValue()) counts.merge(m.name(), 1, Integer::sum);
                    for (Mention m : mentions) {
                        if (m.type() != e.getValue()) continue;
                        if (best == null || counts.get(m.name()) > counts.get(best.name())) best = m;
                    }
                } else {
                    // 该项目, 该园区, 项目总投资…: the one named last
                    for (Mention m : mentions) if (m.type() == e.getValue() && m.end() <= p) best = m;
                }
                if (best != null) return best;
            }
            return null;
        }

        /** 富晟安创等7户企业: a name given as an example of what is counted is not what the count is about. */
        private boolean example(Mention m) {
            return text.startsWith("等", m.end()) || text.startsWith("、", m.end());
        }

        private int commas(int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) if (text.charAt(i) == '，') n++;
            return n;
        }

        private boolean precededByComparison(int i) {
            for (String c : comparisons.keySet()) if (text.startsWith(c, i - c.length())) return true;
            return text.startsWith("在", i - 1) || text.startsWith("排名", i - 2) || text.startsWith("位居", i - 2);
        }

        private int leadingPeriodLength(int sStart) {
            for (PeriodResolver.Found f : periods) if (f.start() == sStart) return f.end() - f.start() + 1;
            return 0;
        }

        /**
         * The period: stated in the sentence; else the one that opens an earlier clause of the paragraph
         * (上半年，… carries to the paragraph's later sentences); else the article's review period, the
         * clause-opening period it states most. A target or a project's attribute takes only its own.
         */
        Period periodFor(int sStart, int at, boolean ownOnly) {
            Period own = null, before = null, after = null;
            int firstClauseEnd = sStart;
            while (firstClauseEnd < at && text.charAt(firstClauseEnd) != '，') firstClauseEnd++;
            int pStart = paragraphStart(at), pEnd = text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at);
            int sEnd = sentenceEnd(at);
            for (PeriodResolver.Found f : periods) {
                if (f.start() < at) {
                    // the period that opens the sentence holds for all its figures; one further in holds for the
                    // next figure only (设立每年500万元…，建成1000平方米…: 每年 is the 500万元's alone)
                    // (a dated period further in — 截至7月底, 今年以来 — holds for the rest of the sentence; 每年 for one figure)
                    if (f.start() >= sStart && (f.end() <= firstClauseEnd || !figureBetween(f.end(), at)
                            || f.period().end() != null)) own = f.period();
                    else if (f.start() >= pStart && f.start() < sStart && opensClause(f) && reviewed(f.period())) before = f.period();
                } else if (after == null && f.start() >= sEnd && f.start() < pEnd && opensClause(f) && reviewed(f.period())) {
                    after = f.period();
                }
            }
            if (own != null) return own;
            if (ownOnly) return null;
            if (before != null) return before;
            if (after != null) return after;
            return reviewPeriod();
        }

        private Period review;
        private boolean reviewKnown;

        /** The period the article looks back on: the first finished period it states (即将过去的2022年，…; 总结回顾上半年工作). */
        private Period reviewPeriod() {
            if (reviewKnown) return review;
            reviewKnown = true;
            for (PeriodResolver.Found f : periods) {
                if (f.period().start() != null && f.period().end() != null && reviewed(f.period())) { review = f.period(); break; }
            }
            return review;
        }

        /** 上半年，… / 1-5月，全区…: a period that opens a clause frames what follows; one inside a phrase does not. */
        private boolean opensClause(PeriodResolver.Found f) {
            int i = f.start() - 1;
            while (i >= 0 && text.charAt(i) == ' ') i--;
            return i < 0 || CLAUSE_END.indexOf(text.charAt(i)) >= 0 || "。！？；\n“".indexOf(text.charAt(i)) >= 0;
        }

        private boolean figureBetween(int from, int to) {
            for (int p : figureStarts) if (p >= from && p < to) return true;
            return false;
        }

        /** A period the article looks back on (上半年 in a July article), not one ahead (全年 目标): only those carry over. */
        private boolean reviewed(Period p) {
            if (p.start() == null && p.end() == null) return false;
            return refDate == null || p.end() == null || !p.end().isAfter(refDate);
        }
    }
}
