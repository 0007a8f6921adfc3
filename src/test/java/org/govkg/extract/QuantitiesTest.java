package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.govkg.extract.FigureTexts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every quantity of a sentence, as stated|value|unit|qualifier|upper, in order; "" when it has none. The scan
 * resumes after the number, so the upper end of a range that repeats the magnitude (10亿至15亿元) is scanned
 * again as a quantity of its own: no phrase stands before it, so it never becomes a figure (see
 * FigureRecognitionTest, a range with both magnitudes).
 */
class QuantitiesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            yi yuan                          # 青禾县实现地区生产总值427.8亿元                 # 427.8亿元|42780000000|CNY||
            wan households                   # 全县新增市场主体1.2万户                         # 1.2万户|12000|Count||
            a rate and points                # 增长8.4%，增速回落1.2个百分点                  # 8.4%|8.4|Percent||;1.2个百分点|1.2|PercentagePoint||
            a qualifier after the magnitude  # 争取上级资金3亿余元                             # 3亿余元|300000000|CNY|余|
            a qualifier before the number    # 项目总投资超过50亿元                            # 50亿元|5000000000|CNY|超过|
            a qualifier after the unit       # 地区生产总值增长7%左右                          # 7%|7|Percent|左右|
            a range with a hyphen            # 完成交通投资10-15亿元                           # 10-15亿元|1000000000|CNY||1500000000
            a dash down is no range          # 完成交通投资15-10亿元                           # 15-10亿元|1500000000|CNY||
            a range repeating the magnitude  # 完成交通投资10亿至15亿元                        # 10亿至15亿元|1000000000|CNY||1500000000;15亿元|1500000000|CNY||
            us dollars                       # 实际使用外资1.86亿美元                          # 1.86亿美元|186000000|USD||
            tenths are a percent             # 标准化厂房入驻率达到九成                        # 九成|90|Percent||
            tenths negated are a word        # 云岭区的规划一成不变                            #
            chinese numerals count           # 新签约项目十二个                                # 十二个|12|Count||
            chinese numerals with a yu       # 入驻企业两千余家                                # 两千余家|2000|Count|余|
            small chinese numerals name      # 认真落实八项规定                                #
            an ordinal is no figure          # 综合实力位列第3名                               #
            a threshold names a class        # 5000万元以上项目开复工率达到98%                 # 98%|98|Percent||
            a threshold before de qualifies  # 力争实现7%以上的增长                            # 7%|7|Percent|以上|
            a bare hundred with a qualifier  # 白鹭湾产业园招商引资到位资金近百亿元            # 百亿元|10000000000|CNY|近|
            a bare hundred alone is a word   # 青禾县成功入选全国百强县                        #
            a capacity in gigawatts          # 形成年产8GW光伏组件的能力                       # 8GW|8000000|Kilowatt||
            working days                     # 企业开办时间压缩至2个工作日                     # 2个工作日|2|Day||
            a quoted chinese numeral         # 实施“五个一百”工程                              #
            a number without a unit          # 2026年青禾县稳中有进                            #
            kilograms                        # 黄金产量4463公斤                               # 4463公斤|4463|Kilogram||
            yi du of electricity             # 发电量13.56亿度                                # 13.56亿度|1356000000|KilowattHour||
            yi without yuan                  # 税收收入38.2亿，增长6%                          # 38.2亿|3820000000|CNY||;6%|6|Percent||
            a hundred yi barrier             # 地方财政收入突破百亿大关                        # 百亿|10000000000|CNY|突破|
            a yi before a word is no money   # 打造百亿级产业集群                              #
            a unit opening another word      # 重点做好8方面工作                               #
            the bounds of a ranked list      # 列出投资总额前30位和后30位的园区                #
            times more                       # 发电量增加8.6倍                                 # 8.6倍|860|Percent||
            times as much                    # 是上年的2.3倍                                   # 2.3倍|130|Percent||
            no change                        # 产值1200万元，与去年持平                        # 1200万元|12000000|CNY||;与去年持平|0|Percent||
            """)
    void scans_every_quantity(String name, String text, String expected) {
        String got = FigureTexts.QUANTITIES.scan(text).stream()
                .map(q -> String.join("|", q.stated(), plain(q.value()), q.unit().localName(), q.qualifier() == null ? "" : q.qualifier(), plain(q.upper())))
                .collect(Collectors.joining(";"));
        assertEquals(expected == null ? "" : expected.strip(), got, text);
    }
}
