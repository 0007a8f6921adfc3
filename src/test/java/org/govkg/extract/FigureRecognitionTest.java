package org.govkg.extract;

import org.govkg.resolve.Entity;
import org.govkg.resolve.Observation;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.testing.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures read from sentences of the genre (written for this test, not taken from any corpus). Each
 * case is a text dated by its first line and exactly the figures expected, in order, one per ';' in the
 * debug form indicator|value|unit|kind|changeRate|changePoints|start..end|area-label, the indicator as the
 * text names it.
 */
class FigureRecognitionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            level with a yoy change   # 2023年7月20日\\n上半年，吴兴区实现地区生产总值612.5亿元，同比增长6.8%。 # 地区生产总值|61250000000|CNY|Level|6.8||2023-01-01..2023-06-30|吴兴区
            a decline is negative     # 2023年7月20日\\n1-5月，吴兴区规上工业增加值下降3.2%。 # 规上工业增加值|-3.2|Percent|Growth|-3.2||2023-01-01..2023-05-31|吴兴区
            growth itself is the rate # 2022年12月1日\\n年初以来，新都区产业类投资同比增长74.3%。 # 产业类投资|74.3|Percent|Growth|74.3||2022-01-01..2022-12-01|新都区
            points are not percent    # 2023年10月20日\\n前三季度，新都区固定资产投资增长9.1%，增速回落1.2个百分点。 # 固定资产投资|9.1|Percent|Growth|9.1|-1.2|2023-01-01..2023-09-30|新都区
            a comparison is its own   # 2023年10月20日\\n前三季度，新都区地区生产总值增速高于全省2.1个百分点。 # 地区生产总值增速高于全省|2.1|PercentagePoint|Growth|||2023-01-01..2023-09-30|新都区
            yi and wan scale          # 2024年5月3日\\n今年以来，鄢陵县完成一般公共预算收入8.36亿元，税收收入4807万元。 # 一般公共预算收入|836000000|CNY|Level|||2024-01-01..2024-05-03|鄢陵县;税收收入|48070000|CNY|Level|||2024-01-01..2024-05-03|鄢陵县
            usd                       # 2023年3月16日\\n肥东县签约外资项目总投资3.5亿美元。 # 签约外资项目总投资|350000000|USD|Level|||..|肥东县
            counts after the number   # 2023年3月16日\\n肥东县新增规上工业企业23家，培育12个数字化车间。 # 新增规上工业企业|23|Count|Level|||..|肥东县;培育数字化车间|12|Count|Level|||..|肥东县
            a target                  # 2023年3月16日\\n肥东县力争全年固定资产投资达到450亿元。 # 固定资产投资|45000000000|CNY|Target|||2023-01-01..2023-12-31|肥东县
            a rank                    # 2023年7月20日\\n上半年，吴兴区跨境电商交易额达到31.4亿元，在全市排名第二。 # 跨境电商交易额|3140000000|CNY|Level|||2023-01-01..2023-06-30|吴兴区;跨境电商交易额全市排名|2|Rank|Rank|||2023-01-01..2023-06-30|吴兴区
            a share                   # 2023年7月20日\\n上半年，吴兴区高新技术产业增加值占规上工业比重达62.4%。 # 高新技术产业增加值占规上工业比重|62.4|Percent|Share|||2023-01-01..2023-06-30|吴兴区
            an end of period          # 2023年7月20日\\n截至6月底，吴兴区金融机构存款余额2160亿元。 # 金融机构存款余额|216000000000|CNY|Level|||..2023-06-30|吴兴区
            a qualifier               # 2023年7月20日\\n吴兴区今年引进项目总投资超过50亿元。 # 引进项目总投资|5000000000|CNY|Level|||2023-01-01..2023-07-20|吴兴区
            tenths are a share        # 2024年5月3日\\n鄢陵县标准化厂房入驻率达到九成。 # 标准化厂房入驻率|90|Percent|Share|||..|鄢陵县
            chinese numerals count    # 2024年5月3日\\n鄢陵县项目建设提速。年初以来，全县新签约亿元以上项目十二个，入驻企业两千余家。 # 新签约亿元以上项目|12|Count|Level|||2024-01-01..2024-05-03|鄢陵县;入驻企业|2000|Count|Level|||2024-01-01..2024-05-03|鄢陵县
            the clause's own area     # 2023年7月21日\\n新都区投资持续扩大。成都蜀轨智能装备有限公司新一代城轨车辆项目加快建设，全区省市重点项目完成投资143.6亿元。 # 省市重点项目完成投资|14360000000|CNY|Level|||..|新都区
            two lists, in order       # 2024年1月9日\\n2023年，北流市城镇、农村居民人均可支配收入分别达到35210元和15866元，分别增长5.6%和7.2%。 # 城镇居民人均可支配收入|35210|CNY|Level|5.6||2023-01-01..2023-12-31|北流市;农村居民人均可支配收入|15866|CNY|Level|7.2||2023-01-01..2023-12-31|北流市
            an announced target list  # 2024年1月9日\\n2024年是关键之年。北流市主要预期目标是：地区生产总值增长7%左右；固定资产投资增长10%。 # 地区生产总值|7|Percent|Target|7||2024-01-01..2024-12-31|北流市;固定资产投资|10|Percent|Target|10||2024-01-01..2024-12-31|北流市
            a dated period goes on    # 2024年8月16日\\n南海区数智产业园管委会介绍，截至7月底，园区入驻企业达到128家，其中规上企业37家。 # 入驻企业|128|Count|Level|||..2024-07-31|南海区;规上企业|37|Count|Level|||..2024-07-31|南海区
            rates of two clauses      # 2024年1月9日\\n2023年，北流市全年接待游客1860万人次，实现旅游综合收入136.2亿元，分别增长21.3%和26.8%。 # 接待游客|18600000|PersonTime|Level|21.3||2023-01-01..2023-12-31|北流市;旅游综合收入|13620000000|CNY|Level|26.8||2023-01-01..2023-12-31|北流市
            this park is the last one # 2024年8月16日\\n中卫市沙坡头区数字经济产业园入驻企业128家。镇罗枸杞精深加工产业园加快建设，该园区今年新签约项目6个。 # 入驻企业|128|Count|Level|||2024-01-01..2024-08-16|数字经济产业园;新签约项目|6|Count|Level|||2024-01-01..2024-08-16|镇罗枸杞精深加工产业园
            respectively              # 2024年1月9日\\n2023年，北流市城镇、农村居民人均可支配收入分别增长6.3%和8.7%。 # 城镇居民人均可支配收入|6.3|Percent|Growth|6.3||2023-01-01..2023-12-31|北流市;农村居民人均可支配收入|8.7|Percent|Growth|8.7||2023-01-01..2023-12-31|北流市
            a heading before a colon  # 2024年1月9日\\n对外经济:北流市进出口总额(不含加工贸易)12.6亿美元。 # 进出口总额|1260000000|USD|Level|||..|北流市
            a vow names no indicator  # 2024年1月9日\\n2023年，北流市地区生产总值增长7%，力争7.5%。 # 地区生产总值|7|Percent|Growth|7||2023-01-01..2023-12-31|北流市;地区生产总值|7.5|Percent|Target|||2023-01-01..2023-12-31|北流市
            a share of the figure before # 2024年3月1日\\n2023年，萧山区第三产业增加值1380亿元，增长6.5%，占生产总值的比重为55.2%，比上年提高了1.2个百分点。 # 第三产业增加值|138000000000|CNY|Level|6.5||2023-01-01..2023-12-31|萧山区;第三产业增加值占生产总值的比重|55.2|Percent|Share||1.2|2023-01-01..2023-12-31|萧山区
            counts before their noun  # 2024年4月18日\\n一季度，南海区集中开工13个重点项目，68家规模以上工业企业完成技术改造。 # 集中开工重点项目|13|Count|Level|||2024-01-01..2024-03-31|南海区;规模以上工业企业|68|Count|Level|||2024-01-01..2024-03-31|南海区
            a rank's field is no figure # 2024年3月1日\\n2023年，萧山区地区生产总值2180亿元，在全省90个县（市、区）中排名第5位，增长6.1%。 # 地区生产总值|218000000000|CNY|Level|6.1||2023-01-01..2023-12-31|萧山区;地区生产总值全省排名|5|Rank|Rank|||2023-01-01..2023-12-31|萧山区
            a basis between level and rate # 2024年1月20日\\n2023年，萧山区地区生产总值2180亿元，按可比价计算增长6.1%。 # 地区生产总值|218000000000|CNY|Level|6.1||2023-01-01..2023-12-31|萧山区
            a rank of a group of figures # 2024年1月9日\\n2023年，北流市规上工业增加值增长12.1%、固定资产投资增长9.5%，两项指标增速均排名全市第一。 # 规上工业增加值|12.1|Percent|Growth|12.1||2023-01-01..2023-12-31|北流市;固定资产投资|9.5|Percent|Growth|9.5||2023-01-01..2023-12-31|北流市;规上工业增加值增速全市排名|1|Rank|Rank|||2023-01-01..2023-12-31|北流市;固定资产投资增速全市排名|1|Rank|Rank|||2023-01-01..2023-12-31|北流市
            tasks, bounds and sizes of work # 2024年1月9日\\n北流市重点做好8方面工作，通报列出投资总额前30位和后30位的园区，对10万亩玉米增施钾肥，实施1000亩水稻覆膜，北流市新增市场主体1.2万户。 # 新增市场主体|12000|Count|Level|||..|北流市
            units of real pages       # 2024年3月1日\\n2023年，萧山区发电量13.56亿度，增加8.6倍，黄金产量4463公斤，地方财政收入突破百亿大关，总人口1.2亿。 # 发电量|1356000000|KilowattHour|Level|860||2023-01-01..2023-12-31|萧山区;黄金产量|4463|Kilogram|Level|||2023-01-01..2023-12-31|萧山区;地方财政收入|10000000000|CNY|Level|||2023-01-01..2023-12-31|萧山区
            a joint list and its rates # 2024年1月9日\\n2023年，北流市城乡居民人均可支配收入分别达到35210元和15866元，同口径增长5.6%、7.2%。 # 城镇居民人均可支配收入|35210|CNY|Level|5.6||2023-01-01..2023-12-31|北流市;农村居民人均可支配收入|15866|CNY|Level|7.2||2023-01-01..2023-12-31|北流市
            a headline restated       # 2023年7月25日\\n萧山区上半年地区生产总值增长7.2%\\n上半年，萧山区实现地区生产总值980.6亿元，同比增长7.2%。 # 地区生产总值|98060000000|CNY|Level|7.2||2023-01-01..2023-06-30|萧山区
            examples restate a count  # 2024年4月18日\\n一季度，南海区集中开工6个项目，包括物流园二期、滨江大道改造等6个项目。 # 集中开工项目|6|Count|Level|||2024-01-01..2024-03-31|南海区
            a threshold is no figure  # 2023年7月20日\\n吴兴区5000万元以上项目开复工率达到98%。 # 5000万元以上项目开复工率|98|Percent|Share|||..|吴兴区
            """)
    void reads_figures_of_the_genre(String name, String text, String expected) {
        assertFigures(text, expected, false);
    }

    /**
     * The patterns of the ontology contract (section Observations), one sentence each, in the long debug
     * form indicator|value|unit|kind|changeRate|changePoints|start..end|area|qualifier|valueUpper. The list
     * is exact: a comparison is not another figure's change, a summary line restating a rate is no figure.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            wan yi yuan                   # 2024年1月15日\\n2023年，佛山市规上工业总产值突破1.2万亿元。 # 规上工业总产值|1200000000000|CNY|Level|||2023-01-01..2023-12-31|佛山市|突破|
            yi with yu                    # 2024年5月3日\\n年初以来，鄢陵县争取上级资金3亿余元。 # 上级资金|300000000|CNY|Level|||2024-01-01..2024-05-03|鄢陵县|余|
            nearly a hundred yi           # 2023年12月28日\\n今年以来，南康区家具产业招商引资到位资金近百亿元。 # 家具产业招商引资到位资金|10000000000|CNY|Level|||2023-01-01..2023-12-28|南康区|近|
            more than                     # 2023年7月20日\\n吴兴区今年引进项目总投资超过50亿元。 # 引进项目总投资|5000000000|CNY|Level|||2023-01-01..2023-07-20|吴兴区|超过|
            a range with a hyphen         # 2024年5月3日\\n年初以来，鄢陵县完成交通投资10-15亿元。 # 交通投资|1000000000|CNY|Level|||2024-01-01..2024-05-03|鄢陵县||1500000000
            a range with a tilde          # 2024年5月3日\\n年初以来，鄢陵县完成交通投资10～15亿元。 # 交通投资|1000000000|CNY|Level|||2024-01-01..2024-05-03|鄢陵县||1500000000
            a range with both magnitudes  # 2024年5月3日\\n年初以来，鄢陵县完成交通投资10亿至15亿元。 # 交通投资|1000000000|CNY|Level|||2024-01-01..2024-05-03|鄢陵县||1500000000
            us dollars                    # 2023年8月10日\\n上半年，南海区实际使用外资1.86亿美元，新设外资企业注册资本4500万美元。 # 实际使用外资|186000000|USD|Level|||2023-01-01..2023-06-30|南海区||;新设外资企业注册资本|45000000|USD|Level|||2023-01-01..2023-06-30|南海区||
            a decline                     # 2023年7月25日\\n上半年，萧山区社会消费品零售总额86.3亿元，同比下降2.9%。 # 社会消费品零售总额|8630000000|CNY|Level|-2.9||2023-01-01..2023-06-30|萧山区||
            points against last year      # 2023年10月25日\\n前三季度，萧山区地区生产总值同比增长6.2%，增速比去年同期提高1.5个百分点。 # 地区生产总值|6.2|Percent|Growth|6.2|1.5|2023-01-01..2023-09-30|萧山区||
            points fall back              # 2023年10月25日\\n前三季度，萧山区规上工业增加值增长5.3%，增速回落1.2个百分点。 # 规上工业增加值|5.3|Percent|Growth|5.3|-1.2|2023-01-01..2023-09-30|萧山区||
            a comparison after a rate     # 2023年10月25日\\n前三季度，萧山区规上工业增加值增长8.1%，高于全省2.1个百分点。 # 规上工业增加值|8.1|Percent|Growth|8.1||2023-01-01..2023-09-30|萧山区||;规上工业增加值增速高于全省|2.1|PercentagePoint|Growth|||2023-01-01..2023-09-30|萧山区||
            first in the city             # 2023年7月20日\\n上半年，北流市工业投资增速位居全市第一。 # 工业投资增速全市排名|1|Rank|Rank|||2023-01-01..2023-06-30|北流市||
            among the top ten             # 2024年1月9日\\n2023年，北流市县域经济综合实力跻身全区前十。 # 县域经济综合实力全区排名|10|Rank|Rank|||2023-01-01..2023-12-31|北流市|前|
            a share with zhanbi           # 2023年7月20日\\n上半年，吴兴区数字经济核心产业增加值占比达到14.2%。 # 数字经济核心产业增加值占比|14.2|Percent|Share|||2023-01-01..2023-06-30|吴兴区||
            a share with bizhong          # 2023年7月20日\\n上半年，吴兴区民间投资占固定资产投资比重为61.5%。 # 民间投资占固定资产投资比重|61.5|Percent|Share|||2023-01-01..2023-06-30|吴兴区||
            an estimate of the year ending # 2023年12月20日\\n肥东县预计全年完成一般公共预算收入52亿元。 # 一般公共预算收入|5200000000|CNY|Level|||2023-01-01..2023-12-31|肥东县|预计|
            an estimate of last year      # 2024年1月12日\\n2023年，南康区预计实现地区生产总值310亿元，增长6.2%。 # 地区生产总值|31000000000|CNY|Level|6.2||2023-01-01..2023-12-31|南康区|预计|
            an estimate of a past quarter # 2024年4月22日\\n2024年一季度，南海区经济稳中有进。初步预计，地区生产总值增长6.4%以上。 # 地区生产总值|6.4|Percent|Growth|6.4||2024-01-01..2024-03-31|南海区|以上|
            an expected rate ahead        # 2023年3月16日\\n肥东县预计全年固定资产投资增长12%。 # 固定资产投资|12|Percent|Target|12||2023-01-01..2023-12-31|肥东县||
            a growth target               # 2024年2月1日\\n2024年南康区主要预期目标是：地区生产总值增长6.5%左右。 # 地区生产总值|6.5|Percent|Target|6.5||2024-01-01..2024-12-31|南康区|左右|
            strive for                    # 2024年2月1日\\n今年南康区力争新签约亿元以上项目60个。 # 新签约亿元以上项目|60|Count|Target|||2024-01-01..2024-12-31|南康区||
            counts after the noun         # 2024年4月18日\\n一季度，南海区新签约项目32个，新增市场主体1.2万户。 # 新签约项目|32|Count|Level|||2024-01-01..2024-03-31|南海区||;新增市场主体|12000|Count|Level|||2024-01-01..2024-03-31|南海区||
            chinese numerals              # 2024年5月3日\\n年初以来，鄢陵县新签约项目十二个，新入驻企业两千余家。 # 新签约项目|12|Count|Level|||2024-01-01..2024-05-03|鄢陵县||;新入驻企业|2000|Count|Level|||2024-01-01..2024-05-03|鄢陵县|余|
            a hundred and six             # 2024年3月1日\\n2023年，萧山区新认定高新技术企业一百二十六家。 # 新认定高新技术企业|126|Count|Level|||2023-01-01..2023-12-31|萧山区||
            thirty percent                # 2024年5月3日\\n鄢陵县花木产业产值占全县农业总产值的三成。 # 花木产业产值占全县农业总产值|30|Percent|Share|||..|鄢陵县||
            one tenth                     # 2024年5月3日\\n年初以来，鄢陵县民间投资占比超过一成。 # 民间投资占比|10|Percent|Share|||2024-01-01..2024-05-03|鄢陵县|超过|
            many figures in one sentence  # 2023年7月28日\\n上半年，谷城县规上工业增加值增长9.2%，固定资产投资增长6.5%，社会消费品零售总额68.4亿元，同比增长7.3%。 # 规上工业增加值|9.2|Percent|Growth|9.2||2023-01-01..2023-06-30|谷城县||;固定资产投资|6.5|Percent|Growth|6.5||2023-01-01..2023-06-30|谷城县||;社会消费品零售总额|6840000000|CNY|Level|7.3||2023-01-01..2023-06-30|谷城县||
            of which                      # 2023年6月20日\\n1-5月，南康区固定资产投资同比增长8.6%。其中，工业投资增长12%。 # 固定资产投资|8.6|Percent|Growth|8.6||2023-01-01..2023-05-31|南康区||;工业投资|12|Percent|Growth|12||2023-01-01..2023-05-31|南康区||
            the first quarter             # 2023年4月20日\\n一季度，萧山区实现地区生产总值486.2亿元，同比增长5.1%。 # 地区生产总值|48620000000|CNY|Level|5.1||2023-01-01..2023-03-31|萧山区||
            until the end of june         # 2023年7月20日\\n截至6月底，南海区市场主体总数达到42.6万户。 # 市场主体总数|426000|Count|Level|||..2023-06-30|南海区||
            the five-year plan so far     # 2024年3月1日\\n“十四五”以来，萧山区累计完成交通投资600亿元。 # 交通投资|60000000000|CNY|Level|||2021-01-01..2024-03-01|萧山区||
            the five-year plan            # 2024年3月1日\\n“十四五”期间，萧山区计划完成交通投资600亿元。 # 计划完成交通投资|60000000000|CNY|Target|||2021-01-01..2025-12-31|萧山区||
            a whole past year             # 2024年1月20日\\n2023年全年，萧山区实现地区生产总值2180亿元，同比增长6.1%。 # 地区生产总值|218000000000|CNY|Level|6.1||2023-01-01..2023-12-31|萧山区||
            the year from the text        # 2023年7月20日\\n2022年上半年，吴兴区地区生产总值增长4.1%。 # 地区生产总值|4.1|Percent|Growth|4.1||2022-01-01..2022-06-30|吴兴区||
            last year is a basis          # 2023年7月20日\\n上半年，吴兴区税收收入38.2亿元，比去年同期增长6.4%。 # 税收收入|3820000000|CNY|Level|6.4||2023-01-01..2023-06-30|吴兴区||
            two comparisons and a rank    # 2023年10月25日\\n前三季度，萧山区规上工业增加值增长8.1%，高于全省2.1个百分点、高于全市1.4个百分点，位居全市第一。 # 规上工业增加值|8.1|Percent|Growth|8.1||2023-01-01..2023-09-30|萧山区||;规上工业增加值增速高于全省|2.1|PercentagePoint|Growth|||2023-01-01..2023-09-30|萧山区||;规上工业增加值增速高于全市|1.4|PercentagePoint|Growth|||2023-01-01..2023-09-30|萧山区||;规上工业增加值增速全市排名|1|Rank|Rank|||2023-01-01..2023-09-30|萧山区||
            a summary line restates       # 2023年7月25日\\n——地区生产总值同比增长7.2%\\n上半年，萧山区实现地区生产总值980.6亿元，同比增长7.2%。 # 地区生产总值|98060000000|CNY|Level|7.2||2023-01-01..2023-06-30|萧山区||
            a capacity per year           # 2024年3月1日\\n肥东县合肥晶科光伏有限公司项目建成后可形成年产8GW光伏组件的生产能力。 # 光伏组件年产能|8000000|Kilowatt|Level|||..|合肥晶科光伏有限公司项目||
            a duration                    # 2024年3月1日\\n今年以来，南康区企业开办平均用时压缩至2个工作日，不动产登记平均用时缩短至3天。 # 企业开办平均用时|2|Day|Level|||2024-01-01..2024-03-01|南康区||;不动产登记平均用时|3|Day|Level|||2024-01-01..2024-03-01|南康区||
            """)
    void reads_the_contract_patterns(String name, String text, String expected) {
        assertFigures(text, expected, true);
    }

    /** Why each figure of the text has its area (Figure.AreaReason), in order: indicator|reason. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a name in the clause          # 2023年7月20日\\n上半年，吴兴区实现地区生产总值612.5亿元。                                   # 地区生产总值|CLAUSE_NAME
            a comparison compares         # 2023年10月25日\\n前三季度，萧山区规上工业增加值增长8.1%，高于全省2.1个百分点。           # 规上工业增加值|CLAUSE_NAME;规上工业增加值增速高于全省|COMPARED_SUBJECT
            an area word                  # 2023年7月21日\\n新都区投资持续扩大。全区省市重点项目完成投资143.6亿元。                 # 省市重点项目完成投资|AREA_WORD
            the head of the sentence      # 2023年7月20日\\n吴兴区上半年实现地区生产总值612.5亿元，税收收入38.2亿元。               # 地区生产总值|CLAUSE_NAME;税收收入|SENTENCE_HEAD
            the figure before             # 2023年7月20日\\n上半年，吴兴区实现地区生产总值612.5亿元，税收收入38.2亿元。             # 地区生产总值|CLAUSE_NAME;税收收入|PREVIOUS_FIGURE
            nothing says                  # 2023年7月20日\\n上半年，新签约项目23个。                                                 # 新签约项目|ARTICLE_DEFAULT
            """)
    void records_why_a_figure_has_its_area(String name, String text, String expected) {
        var engine = Engines.get();
        List<String> got = engine.extractor().extract(Engines.doc("t", text.replace("\\n", "\n"))).figures().stream()
                .map(f -> f.indicatorLabel() + "|" + f.area().reason()).toList();
        assertEquals(java.util.Arrays.stream(expected.strip().split(";")).map(String::strip).toList(), got);
    }

    /** The observations of the text, in order, are exactly the expected ones (labels as the text names them). */
    private static void assertFigures(String text, String expected, boolean longForm) {
        ResolvedDocument rd = resolve(text.replace("\\n", "\n"));
        List<String> got = rd.observations().stream().map(o -> debug(o, rd, longForm)).toList();
        List<String> want = java.util.Arrays.stream(expected.strip().split(";")).map(String::strip).toList();
        assertEquals(want, got);
    }

    static ResolvedDocument resolve(String text) {
        var engine = Engines.get();
        return engine.resolver().resolve(engine.extractor().extract(Engines.doc("t", text)));
    }

    static String debug(Observation o, ResolvedDocument rd, boolean longForm) {
        Figure f = o.figure();
        String area = rd.entities().stream().filter(e -> e.key().equals(o.areaKey())).map(Entity::prefLabel).findFirst().orElse(o.areaKey());
        String period = f.period() == null ? ".." : (f.period().start() == null ? "" : f.period().start()) + ".." + (f.period().end() == null ? "" : f.period().end());
        String shortForm = String.join("|", f.indicatorLabel(), plain(f.value()), f.unit().localName(), f.kind().localName(), plain(f.changeRate()), plain(f.changePoints()), period, area);
        return longForm ? shortForm + "|" + (f.qualifier() == null ? "" : f.qualifier()) + "|" + plain(f.upper()) : shortForm;
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    static String entities(ResolvedDocument rd) {
        return rd.entities().stream().map(e -> e.type() + ":" + e.prefLabel()).collect(Collectors.joining(", "));
    }
}
