package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an article's year comes from, in order: its date line, its headline, the year its text states most, its id. */
class ArticleYearTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            the date line first           # 2032-03-01 # 2031年青禾县统计公报 # 2030年，全县经济平稳。2030年…                    # a-2029 # 2032|DATE_LINE
            else the headline's year      #            # 2031年青禾县国民经济和社会发展统计公报 # 2030年第四季度以来，2030年…  # a-2029 # 2031|HEADLINE
            not a date in the headline    #            # 2031年3月5日青禾县召开大会 # 2030年，全县经济平稳。                # a-2029 # 2030|TEXT
            else the text's most stated   #            # 青禾县统计公报 # 2031年青禾，2031年白鹭，2030年松川                # a-2029 # 2031|TEXT
            a comparison's basis aside    #            # 在青禾县第十四次代表大会上的报告 # 生产总值比2010年翻一番。今年是“十四五”规划开局之年 # a # 2021|TEXT
            the party's anniversary       #            # 在青禾县第十四次代表大会上的报告 # 在中国共产党成立100周年之际召开 # a # 2021|TEXT
            the plan's last year          #            # 青禾县工作报告 # 今年是“十三五”收官之年 # a # 2020|TEXT
            else the id                   #            # 青禾县统计公报 # 全年全县生产总值82.4亿元。                        # news-2029-01 # 2029|DOCUMENT_ID
            """)
    void comes_from_the_first_source_that_has_one(String name, String date, String headline, String text, String id, String expected) {
        ArticleMeta meta = new ArticleMeta(headline, null, List.of(), null, -1, date == null ? null : LocalDate.parse(date));
        ArticleYear y = Extractor.articleYear(id, meta, text);
        assertEquals(expected, y.year() + "|" + y.source());
    }
}
