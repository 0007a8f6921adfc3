package org.govkg.extract;

import org.govkg.ingest.TextLayout;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a sentence states before a point in it (the date a project reached a stage).
 *
 * <p>Contract: {@code before(text, at, refDate)} reads the sentence of {@code text} (by its {@link TextLayout})
 * up to {@code at} and gives
 * the last date in it that has a year: 2023年10月 (a month, 2023-10), 去年3月16日 (a day, 2023-03-16 in a
 * 2024 article), 3月 (this year's, when the month is not after the article's month). A month range (3-5月)
 * is no date; a day that does not exist cancels what came before it; without a year to put it in, none (null).
 */
final class StatedDates {
    private static final Pattern DATE = NamedRules.load("/org/govkg/rules/relation-parts.tsv").pattern("date");

    private StatedDates() {}

    static String before(TextLayout text, int at, LocalDate refDate) {
        Matcher m = DATE.matcher(text.text().substring(text.sentenceStart(at), at));
        String found = null;
        while (m.find()) {
            Integer year = null;
            if (m.group(1) != null) year = Integer.valueOf(m.group(1));
            else if (refDate != null && m.group(2) != null) year = refDate.getYear() + PeriodResolver.relativeYearOffset(m.group(2));
            else if (refDate != null && Integer.parseInt(m.group(3)) <= refDate.getMonthValue()) year = refDate.getYear();
            if (year == null) continue;
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) continue;
            if (m.group(4) == null) { found = String.format("%04d-%02d", year, month); continue; }
            try {
                found = LocalDate.of(year, month, Integer.parseInt(m.group(4))).toString();
            } catch (RuntimeException bad) {
                found = null;
            }
        }
        return found;
    }
}
