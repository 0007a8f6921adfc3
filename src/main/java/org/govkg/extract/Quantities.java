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
 * (5000万元以上项目), numbers in quotes written in Chinese, small Chinese numerals that name things (八项规定)
 * and a bare 百/千/万 without a qualifier (百强). It does not decide what a quantity means.
 */
final class Quantities {
    /** A number with its unit as written, before its meaning is read; {@code start} includes a qualifier before it. */
    record Quantity(int start, int numberStart, int end, BigDecimal value, BigDecimal upper, Figure.Unit unit,
                    String qualifier, String stated) {
        boolean isPercent() {
            return unit == Figure.Unit.PERCENT;
        }
    }

    private record UnitDef(Figure.Unit unit, BigDecimal factor) {}

    private static final Pattern NUMBER = FigureRules.pattern("number");
    /** The upper end of a range that repeats the magnitude: 10亿至15亿元, 8万—10万平方米. */
    private static final Pattern RANGE_TAIL = FigureRules.pattern("range-tail");
    private static final String ORDINAL = FigureRules.word("ordinal");
    private static final String TENTHS = FigureRules.word("tenths");
    private static final String NEGATION = FigureRules.word("negation");
    private static final String POSSESSIVE = FigureRules.word("possessive");
    private static final List<String> BARE_NUMERALS = FigureRules.words("bare-numeral");
    private static final List<String> THRESHOLDS = FigureRules.words("threshold");
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
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            boolean chinese = m.group("numeral") != null;
            String number = chinese ? m.group("numeral") : m.group("digits");
            if (chinese && insideQuotes(text, m.start())) continue;
            if (text.startsWith(ORDINAL, m.start() - ORDINAL.length())) continue;
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
            if (unitWord == null) continue;
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
            String atEnd = FigureRules.startsWithAny(text, end, qualifiersEnd);
            if (atEnd != null) qualifier = atEnd;
            // a bare 百 / 千 / 万 is a number only with a qualifier (近百亿元, 千余家, 超万人); else it is a word (百强, 万元GDP)
            if (chinese && BARE_NUMERALS.contains(number) && qualifier == null) continue;
            out.add(new Quantity(start, m.start(), end, value.multiply(factor).stripTrailingZeros(),
                    upper == null ? null : upper.stripTrailingZeros(), unit.unit(), qualifier, text.substring(m.start(), end)));
        }
        return out;
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

    /** A Chinese numeral inside a short quotation (“六项任务”) names the thing quoted. */
    private static boolean insideQuotes(String text, int at) {
        int open = text.lastIndexOf('“', at);
        if (open < 0) return false;
        int close = text.lastIndexOf('”', at);
        return close < open && at - open < 16;
    }
}
