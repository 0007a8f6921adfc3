package org.govkg.extract;

/**
 * The year an article is about when it gives no date of its own, and where that year comes from.
 *
 * <p>Contract: {@link Source} in the order {@code Extractor.articleYear} tries them: the date line, the headline's
 * year (2019年某县国民经济和社会发展统计公报), the year the text states most (a comparison's basis such as 比2010年
 * not counted; “十四五”规划开局之年 and 建党100周年 counted as their years), a year in the document id (the file
 * name). A period that rests on a year from the id alone is less sure: its figure's confidence is lowered.
 */
public record ArticleYear(int year, Source source) {
    public enum Source { DATE_LINE, HEADLINE, TEXT, DOCUMENT_ID }
}
