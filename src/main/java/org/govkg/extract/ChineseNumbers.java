package org.govkg.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Numbers as the genre writes them: 427.8, 1,234, 十二, 两千, 一百二十三, 三万五千, 〇. */
public final class ChineseNumbers {
    /** lexicon/numerals.tsv: a digit's value, and a unit's multiplier (十, 百, 千 within a section; 万, 亿 close it). */
    private static final Map<Character, Integer> DIGITS = new HashMap<>();
    private static final Map<Character, Long> UNITS = new HashMap<>();

    static {
        for (String[] r : Tsv.load("/org/govkg/lexicon/numerals.tsv", 3)) {
            if (r[0].length() != 1) throw new IllegalStateException("lexicon/numerals.tsv: not one character: " + r[0]);
            switch (r[2]) {
                case "digit" -> DIGITS.put(r[0].charAt(0), Integer.parseInt(r[1]));
                case "unit" -> UNITS.put(r[0].charAt(0), Long.parseLong(r[1]));
                default -> throw new IllegalStateException("lexicon/numerals.tsv: kind " + r[2] + " of " + r[0]);
            }
        }
    }

    private ChineseNumbers() {}

    public static boolean isChineseNumeral(char c) {
        return DIGITS.containsKey(c) || UNITS.containsKey(c);
    }

    /** The value of an Arabic or Chinese numeral, or null when it is neither. */
    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) return null;
        String t = s.replace(",", "");
        if (t.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parseChinese(t);
    }

    static BigDecimal parseChinese(String s) {
        long total = 0, section = 0, digit = -1;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Integer d = DIGITS.get(c);
            if (d != null) {
                digit = d;
                any = true;
                continue;
            }
            long unit = UNITS.getOrDefault(c, -1L);
            if (unit < 0) return null;
            any = true;
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                if (section == 0) section = 1;
                total = (total + section) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (!any) return null;
        if (digit > 0) section += digit;
        return BigDecimal.valueOf(total + section);
    }
}
