package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 分别 lists: which item each figure belongs to, and which figure each rate changes. */
class RespectivelyTest {
    private static final Respectively RESPECTIVELY = new Respectively(new IndicatorPhrase(FigureTexts.LEX,
            new IndicatorLexicon(List.of(new IndicatorLexicon.Concept("gdp", "地区生产总值", List.of())))));

    /** figure→item label|sign of the change verb after 分别, in text order; "" when the list pairs nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            items share the last one's tail  # 青禾县城镇、农村居民人均可支配收入分别增长6.3%和8.7%      # 6.3%→城镇居民人均可支配收入|1;8.7%→农村居民人均可支配收入|1
            levels have no sign              # 城镇、农村居民人均可支配收入分别达到41356元和21872元       # 41356元→城镇居民人均可支配收入|0;21872元→农村居民人均可支配收入|0
            a decline                        # 青禾县进口、出口总额分别下降12.1%和9.6%                    # 12.1%→进口总额|-1;9.6%→出口总额|-1
            the counts must agree            # 城镇、农村居民人均可支配收入分别增长6.3%                   #
            the list ends at a comma         # 城镇、农村居民人均可支配收入分别增长6.3%，比上年提高8.7%    #
            a joint word holds the items     # 城乡居民人均可支配收入分别达到41356元和21872元             # 41356元→城镇居民人均可支配收入|0;21872元→农村居民人均可支配收入|0
            a list ends at an ascii comma    # 城镇、农村居民人均可支配收入分别达到41356元和21872元,同比增长6%和7% # 41356元→城镇居民人均可支配收入|0;21872元→农村居民人均可支配收入|0
            """)
    void pairs_items_with_figures(String name, String text, String expected) {
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), text.startsWith("青禾县") ? "DIVISION:青禾县" : null);
        List<Quantities.Quantity> qs = FigureTexts.QUANTITIES.scan(text);
        Map<Integer, Respectively.Item> items = RESPECTIVELY.items(doc, qs);
        String got = qs.stream().filter(q -> items.containsKey(q.start()))
                .map(q -> q.stated() + "→" + items.get(q.start()).label() + "|" + items.get(q.start()).sign()).collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected.strip(), got);
    }

    /** rate→the figure it changes|sign, in text order; "" when none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            rates of two clauses             # 全年接待游客1860万人次，实现旅游综合收入136.2亿元，分别增长21.3%和26.8%  # 21.3%→1860万人次|1;26.8%→136.2亿元|1
            rates of a list of levels        # 城镇、农村居民人均可支配收入分别达到41356元和21872元，分别增长6.1%和7.9% # 6.1%→41356元|1;7.9%→21872元|1
            the last figures as many as rates # 青禾县新增企业300家，接待游客1860万人次，旅游收入136.2亿元，分别下降2.1%和3.4% # 2.1%→1860万人次|-1;3.4%→136.2亿元|-1
            no change verb                   # 接待游客1860万人次，旅游收入136.2亿元，分别为21.3%和26.8%               #
            one rate is no list              # 接待游客1860万人次，分别增长21.3%                                      #
            not across sentences             # 接待游客1860万人次。旅游收入136.2亿元，分别增长21.3%和26.8%            #
            rates after levels, no fenbie    # 城镇、农村居民人均可支配收入分别达到41356元和21872元，增长6.1%、7.9%    # 6.1%→41356元|1;7.9%→21872元|1
            a basis before the rates         # 城镇、农村居民人均可支配收入分别达到41356元和21872元,同口径年均增长6.1%和7.9% # 6.1%→41356元|1;7.9%→21872元|1
            ascii commas end the clause      # 财政总收入52.4亿元,其中税收收入31.5亿元,年均分别增长12%和14.8%;城镇居民收入增长9%和10% # 12%→52.4亿元|1;14.8%→31.5亿元|1
            rates must match the levels      # 城镇、农村居民人均可支配收入分别达到41356元和21872元，增长6.1%                 #
            """)
    void pairs_rates_with_figures(String name, String text, String expected) {
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), null);
        List<Quantities.Quantity> qs = FigureTexts.QUANTITIES.scan(text);
        Map<Integer, Respectively.Rate> rates = RESPECTIVELY.rates(doc, qs);
        String got = qs.stream().filter(q -> rates.containsKey(q.start()))
                .map(q -> q.stated() + "→" + stated(qs, rates.get(q.start()).figureStart()) + "|" + rates.get(q.start()).sign()).collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected.strip(), got);
    }

    private static String stated(List<Quantities.Quantity> qs, int start) {
        return qs.stream().filter(q -> q.start() == start).findFirst().orElseThrow().stated();
    }
}
