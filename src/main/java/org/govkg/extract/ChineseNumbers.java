package org.govkg.extract;

import java.math.BigDecimal;

/** Numbers as the genre writes them: 427.8, 1,234, 十二, 两千, 一百二十三, 三万五千, 〇. */
public final class ChineseNumbers {
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private ChineseNumbers() {}

    public static boolean isChineseNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || "十百千万亿".indexOf(c) >= 0;
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
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = DIGIT_VALUES[d];
                any = true;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
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
