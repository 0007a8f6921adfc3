package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The indicator phrase before a figure, and its scheme concept. */
class IndicatorPhraseTest {
    private static final IndicatorLexicon SCHEME = new IndicatorLexicon(List.of(
            new IndicatorLexicon.Concept("gdp", "地区生产总值", List.of("GDP")),
            new IndicatorLexicon.Concept("industrial-output", "工业总产值", List.of())));
    private static final IndicatorPhrase PHRASES = new IndicatorPhrase(FigureTexts.LEX, SCHEME);

    /** '|' marks where the figure (or its comparison) stands; the phrase is read from the start of the text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            period area and verb stripped    # 上半年，青禾县实现地区生产总值|427.8亿元                # DIVISION:青禾县 # true  # 地区生产总值
            opening word and change verb     # 其中，规上工业增加值增长|8.1%                           #                 # true  # 规上工业增加值
            a vow is no part of it           # 力争年内新增入驻企业|80家                               #                 # true  # 新增入驻企业
            a share keeps its whole phrase   # 云岭区数字经济核心产业增加值占规上工业的比重达到|14.2%   # DIVISION:云岭区 # true  # 数字经济核心产业增加值占规上工业的比重
            the head after de                # 全县农村居民的人均可支配收入达到|21872元                #                 # true  # 人均可支配收入
            a park word opens the clause     # 园区实现工业总产值|86亿元                               #                 # true  # 工业总产值
            a comparison keeps the change    # 地区生产总值增速|高于全省                               #                 # false # 地区生产总值增速
            a rate strips the change         # 地区生产总值增速|6%                                     #                 # true  # 地区生产总值
            an acronym                       # GDP增长|6%                                              #                 # true  # GDP
            a heading before a colon         # 对外经济:全区进出口总额|2798万美元                      #                 # true  # 进出口总额
            a heading before a space         # 综合经济 全区地区生产总值|274.68亿元                    #                 # true  # 地区生产总值
            a parenthesis at the end         # 全区进出口总额(不含加工贸易)|2798万美元                 #                 # true  # 进出口总额
            the means of a ranking           # 全区投资总额则以|20亿元                                 #                 # true  # 投资总额
            since, after its period          # 该园区今年以来新签约项目|6个                            #                 # true  # 新签约项目
            too short is none                # 达|3家                                                  #                 # true  #
            too long is none                 # 青禾县坚持把发展经济着力点放在实体经济上推动制造业高质量发展取得新签约项目总数|12个 # # true #
            """)
    void reads_the_phrase_before_a_figure(String name, String marked, String mentions, boolean stripChange, String expected) {
        int to = marked.indexOf('|');
        String text = marked.replace("|", "");
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), mentions);
        FigureText.Span span = PHRASES.preceding(doc, 0, to, stripChange);
        assertEquals(expected == null ? "" : expected.strip(), span == null ? "" : doc.at(span));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a parenthesis inside               # 农林牧渔业(含服务业)增加值         # 农林牧渔业增加值
            a place phrase inside              # 计划在城东片区投资                 # 计划投资
            nothing else                       # 新签约项目                         # 新签约项目
            """)
    void leaves_asides_out_of_a_label(String name, String label, String expected) {
        assertEquals(expected.strip(), IndicatorPhrase.withoutAsides(label.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            the scheme's own label           # 地区生产总值                         # gdp
            an alternative label             # GDP                                  # gdp
            covering at least half           # 规上工业总产值                       # industrial-output
            a long phrase keeps its wording  # 地区生产总值占全省比重的提升幅度     #
            no concept                       # 新签约项目                           #
            """)
    void maps_a_label_to_its_concept(String name, String label, String expected) {
        String id = PHRASES.conceptOf(label);
        assertEquals(expected == null ? "" : expected.strip(), id == null ? "" : id);
    }

    /** A paragraph that breaks off at a figure verb is the phrase of the figure opening the next one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            broken off at its verb      # 上半年，青禾县三十二家规模以上工业企业共计实现\\n338.1亿元，同比增长5%。          # 青禾县三十二家规模以上工业企业共计实现
            a finished paragraph        # 上半年，青禾县三十二家规模以上工业企业运行平稳。\\n338.1亿元的产值来自新产品。    #
            a paragraph too short       # 企业共计实现\\n338.1亿元，同比增长5%。                                             #
            """)
    void finds_a_dangling_clause(String name, String escaped, String expected) {
        String text = escaped.replace("\\n", "\n");
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), null);
        FigureText.Span span = PHRASES.danglingClause(doc, text.indexOf('\n') + 1);
        assertEquals(expected == null ? "" : expected.strip(), span == null ? "" : doc.at(span));
    }
}
