package org.govkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans a text for quantities: a number (digits, or Chinese numerals), its magnitude (亿, 万), its unit (元, %,
 * 个百分点, 家), a qualifier (超过, 余, 左右) and the upper end of a range (10-15亿元, 10亿至15亿元).
 *
 * <p>Contract: {@link #scan} returns, left to right, every quantity with a unit of rules/units.tsv, with its
 * value in that unit (427.8亿元 → 42780000000 CNY); it leaves out ordinals (第3), thresholds naming a class
 * (5000万元以上项目), numbers in quotes written in Chinese, small Chinese numerals that name things (八项规定),
 * a bare 百/千/万 without a qualifier (百强), the bounds of a ranked list (前30位) and a unit character that opens
 * another word (8方面). Besides the units it reads a large magnitude without one (38.2亿, 突破百亿大关) as money
 * to be confirmed by its indicator, a multiple (增加8.6倍) as a change in percent and 与上年持平 as a change of
 * 0% ({@link Form}). It does not decide what a quantity means.
 */
final class Quantities {
    /** A number with its unit as written, before its meaning is read; {@code start} includes a qualifier before it. */
    record Quantity(int start, int numberStart, int end, BigDecimal value, BigDecimal upper, Figure.Unit unit,
                    String qualifier, String stated, Form form) {
        Quantity(int start, int numberStart, int end, BigDecimal value, BigDecimal upper, Figure.Unit unit, String qualifier, String stated) {
            this(start, numberStart, end, value, upper, unit, qualifier, stated, Form.WRITTEN);
        }

        boolean isPercent() {
            return unit == Figure.Unit.PERCENT;
        }
    }

    /**
     * How a quantity states its unit: as written; a large magnitude without one (38.2亿), money only if its
     * indicator is; a multiple (增加8.6倍 = +860%, 是…的2.3倍 = +130%), a change in percent; no change at all
     * (与上年持平), a change of 0%.
     */
    enum Form { WRITTEN, BARE_MONEY, TIMES, UNCHANGED }

    private record UnitDef(Figure.Unit unit, BigDecimal factor) {}

    private static final FirstChars NUMBER = FirstChars.of(FigureRules.pattern("number"));
    /** The upper end of a range that repeats the magnitude: 10亿至15亿元, 8万—10万平方米. */
    private static final Pattern RANGE_TAIL = FigureRules.pattern("range-tail");
    private static final String ORDINAL = FigureRules.word("ordinal");
    private static final String TENTHS = FigureRules.word("tenths");
    private static final String NEGATION = FigureRules.word("negation");
    private static final String POSSESSIVE = FigureRules.word("possessive");
    private static final List<String> BARE_NUMERALS = FigureRules.words("bare-numeral");
    private static final List<String> THRESHOLDS = FigureRules.words("threshold");
    private static final String TIMES = FigureRules.word("times");
    private static final FirstChars UNCHANGED = FirstChars.of(FigureRules.pattern("unchanged"));
    private static final List<String> RANK_BOUNDS = FigureRules.words("rank-bound");
    private static final List<String> RANK_PLACES = FigureRules.words("rank-place");
    private static final List<String> NOT_UNITS = FigureRules.words("not-unit");
    private static final List<String> BARE_MONEY_AFTER = FigureRules.words("bare-money-after");
    /** The least magnitude that stands for money without its unit (38.2亿). */
    private static final BigDecimal BARE_MONEY = new BigDecimal("100000000");
    /** How far a magnitude or unit may reach from where it starts. */
    private static final int LONGEST_WORD = 6;

    private final Trie<UnitDef> units = new Trie<>();
    private final Trie<BigDecimal> magnitudes = new Trie<>();
    private final List<String> qualifiersBefore = new ArrayList<>(), qualifiersAfter = new ArrayList<>(), qualifiersEnd = new ArrayList<>();

    Quantities() {
        for (String[] r : Tsv.load("/org/govkg/rules/units.tsv", 3)) {
            try {
                units.put(r[0], new UnitDef(Figure.Unit.of(r[1]), new BigDecimal(r[2])));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("rules/units.tsv, row " + r[0] + ": " + e.getMessage(), e);
            }
        }
        for (String[] r : Tsv.load("/org/govkg/rules/magnitudes.tsv", 2)) magnitudes.put(r[0], new BigDecimal(r[1]));
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

    List<Quantity> scan(String text) {
        List<Quantity> out = new ArrayList<>();
        FirstChars.Finder m = NUMBER.finder(text);
        while (m.find()) {
            boolean chinese = m.group("numeral") != null;
            String number = chinese ? m.group("numeral") : m.group("digits");
            if (chinese && insideQuotes(text, m.start())) continue;
            if (text.startsWith(ORDINAL, m.start() - ORDINAL.length())) continue;
            // 前30位和后30位: the bounds of a ranked list, not figures
            if (FigureRules.endsWithAny(text, m.start(), RANK_BOUNDS) && FigureRules.startsWithAny(text, m.end(), RANK_PLACES) != null) continue;
            int p = m.end();
            String qualifier = FigureRules.startsWithAny(text, p, qualifiersAfter);
            if (qualifier != null) p += qualifier.length();
            BigDecimal magnitude = BigDecimal.ONE;
            Trie.Match<BigDecimal> magnitudeWord = magnitudes.longestAt(text, p, p + LONGEST_WORD);
            String upperNumber = m.group("upper");
            if (magnitudeWord != null) {
                magnitude = magnitudeWord.value();
                p = magnitudeWord.end();
                Matcher tail = RANGE_TAIL.matcher(text).region(p, text.length());
                if (!chinese && upperNumber == null && tail.lookingAt()) {
                    Trie.Match<BigDecimal> again = magnitudes.longestAt(text, tail.end(), tail.end() + LONGEST_WORD);
                    if (again != null && again.value().compareTo(magnitude) == 0) { upperNumber = tail.group("upper"); p = again.end(); }
                }
            }
            String after = FigureRules.startsWithAny(text, p, qualifiersAfter);
            if (after != null) { qualifier = after; p += after.length(); }
            int start = m.start();
            for (String q : qualifiersBefore) {
                if (text.startsWith(q, start - q.length())) { qualifier = q; start -= q.length(); break; }
            }
            Trie.Match<UnitDef> unitWord = units.longestAt(text, p, p + LONGEST_WORD);
            if (unitWord == null && chinese && tenths(text, p, number)) {
                // 入驻率达到九成: tenths are a share
                int end = p + TENTHS.length();
                String atEnd = FigureRules.startsWithAny(text, end, qualifiersEnd);
                out.add(new Quantity(start, m.start(), end, ChineseNumbers.parse(number).multiply(BigDecimal.TEN), null, Figure.Unit.PERCENT,
                        atEnd != null ? atEnd : qualifier, text.substring(m.start(), end)));
                continue;
            }
            if (unitWord == null && (!chinese || qualifier != null) && magnitude.compareTo(BARE_MONEY) >= 0 && !continuesWord(text, p)) {
                // 税收收入38.2亿，突破百亿大关: a large magnitude without a unit is money, if its indicator says so
                String atEnd = FigureRules.startsWithAny(text, p, qualifiersEnd);
                out.add(new Quantity(start, m.start(), p, value(number, magnitude), null, Figure.Unit.CNY,
                        atEnd != null ? atEnd : qualifier, text.substring(m.start(), p), Form.BARE_MONEY));
                continue;
            }
            if (unitWord == null && magnitudeWord == null && text.startsWith(TIMES, p) && value(number, BigDecimal.ONE).signum() > 0) {
                // 增加8.6倍: 8.6 times more (+860%); 是…的2.3倍: 2.3 times as much (+130%)
                BigDecimal times = value(number, BigDecimal.ONE);
                boolean more = ChangeWords.verbEndingAt(text, start) != null;
                BigDecimal rate = (more ? times : times.subtract(BigDecimal.ONE)).multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
                int end = p + TIMES.length();
                out.add(new Quantity(start, m.start(), end, rate, null, Figure.Unit.PERCENT, qualifier, text.substring(m.start(), end), Form.TIMES));
                continue;
            }
            if (unitWord == null) continue;
            // 8方面工作: a unit character that opens another word is no unit
            if (FigureRules.startsWithAny(text, p, NOT_UNITS) != null) continue;
            UnitDef unit = unitWord.value();
            int end = unitWord.end();
            if (chinese && unit.unit() != Figure.Unit.COUNT && unit.unit() != Figure.Unit.CNY) continue;
            if (threshold(text, end)) continue;
            BigDecimal value = ChineseNumbers.parse(number);
            if (value == null) continue;
            // small Chinese numerals name things (八项规定, 两个确立, 三个集群); statistics write digits
            if (chinese && value.compareTo(BigDecimal.valueOf(11)) < 0 && qualifier == null && magnitude.compareTo(BigDecimal.ONE) == 0) continue;
            BigDecimal factor = magnitude.multiply(unit.factor());
            BigDecimal upper = upperNumber != null ? new BigDecimal(upperNumber).multiply(factor) : null;
            // a range runs upwards (10-15亿元); a dash before a smaller number joins two figures or a date, not a range
            if (upper != null && upper.compareTo(value.multiply(factor)) <= 0) upper = null;
            String atEnd = FigureRules.startsWithAny(text, end, qualifiersEnd);
            if (atEnd != null) qualifier = atEnd;
            // a bare 百 / 千 / 万 is a number only with a qualifier (近百亿元, 千余家, 超万人); else it is a word (百强, 万元GDP)
            if (chinese && BARE_NUMERALS.contains(number) && qualifier == null) continue;
            out.add(new Quantity(start, m.start(), end, value.multiply(factor).stripTrailingZeros(),
                    upper == null ? null : upper.stripTrailingZeros(), unit.unit(), qualifier, text.substring(m.start(), end)));
        }
        // 与上年持平: a change of nothing, read where the text says so
        for (FirstChars.Finder u = UNCHANGED.finder(text); u.find(); )
            out.add(new Quantity(u.start(), u.start(), u.end(), BigDecimal.ZERO, null, Figure.Unit.PERCENT, null, u.group(), Form.UNCHANGED));
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static BigDecimal value(String number, BigDecimal magnitude) {
        BigDecimal v = ChineseNumbers.parse(number);
        return v == null ? BigDecimal.ZERO : v.multiply(magnitude).stripTrailingZeros();
    }

    /** Whether the text at {@code p} goes on with a word after a magnitude (3亿人, 1.2亿吨 are other units, read above). */
    private static boolean continuesWord(String text, int p) {
        return p < text.length() && FigureText.isCjk(text.charAt(p)) && FigureRules.startsWithAny(text, p, BARE_MONEY_AFTER) == null;
    }

    /** 九成 but not 一成不变: a numeral from one to nine before the tenths word. */
    private static boolean tenths(String text, int p, String number) {
        if (!text.startsWith(TENTHS, p) || number.length() != 1 || text.startsWith(NEGATION, p + TENTHS.length())) return false;
        BigDecimal v = ChineseNumbers.parse(number);
        return v != null && v.signum() > 0 && v.compareTo(BigDecimal.TEN) < 0;
    }

    /** 5000万元以上项目: a threshold in a name, not a figure; 7%以上的目标 qualifies a figure. */
    private static boolean threshold(String text, int end) {
        String word = FigureRules.startsWithAny(text, end, THRESHOLDS);
        if (word == null) return false;
        int next = end + word.length();
        return next < text.length() && FigureText.isCjk(text.charAt(next)) && !text.startsWith(POSSESSIVE, next);
    }

    /** How far before a numeral the quotation it is in may open. */
    private static final int QUOTE_REACH = 15;

    /** A Chinese numeral inside a short quotation (“六项任务”) names the thing quoted. */
    private static boolean insideQuotes(String text, int at) {
        // only a quotation opened within reach counts: neither search reads further back than it
        int open = FigureRules.lastIndexWithin(text, "“", at, at - QUOTE_REACH);
        if (open < 0) return false;
        return FigureRules.lastIndexWithin(text, "”", at, open) < 0;
    }
}
