package org.govkg.extract;

import org.govkg.resolve.Entity;
import org.govkg.resolve.Observation;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.testing.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures read from sentences of the genre (written for this test, not taken from any corpus). Each
 * case is a text dated by its first line and the figures expected, one per ';' in the debug form
 * indicator|value|unit|kind|changeRate|changePoints|start..end|area-label.
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
            usd                       # 2023年3月16日\\n肥东县签约外资项目总投资3.5亿美元。 # 总投资|350000000|USD|Level|||..|肥东县
            counts after the number   # 2023年3月16日\\n肥东县新增规上工业企业23家，培育12个数字化车间。 # 规上工业企业|23|Count|Level|||..|肥东县;数字化车间|12|Count|Level|||..|肥东县
            a target                  # 2023年3月16日\\n肥东县力争全年固定资产投资达到450亿元。 # 固定资产投资|45000000000|CNY|Target|||2023-01-01..2023-12-31|肥东县
            a rank                    # 2023年7月20日\\n上半年，吴兴区网络零售额实现25.9亿元，在全市排名第一。 # 网络零售额|2590000000|CNY|Level|||2023-01-01..2023-06-30|吴兴区;网络零售额全市排名|1|Rank|Rank|||2023-01-01..2023-06-30|吴兴区
            a share                   # 2023年7月20日\\n上半年，吴兴区高新技术产业增加值占规上工业比重达62.4%。 # 高新技术产业增加值占规上工业比重|62.4|Percent|Share|||2023-01-01..2023-06-30|吴兴区
            an end of period          # 2023年7月20日\\n截至6月底，吴兴区金融机构存款余额2160亿元。 # 金融机构存款余额|216000000000|CNY|Level|||..2023-06-30|吴兴区
            a qualifier               # 2023年7月20日\\n吴兴区今年引进项目总投资超过50亿元。 # 引进项目总投资|5000000000|CNY|Level|||2023-01-01..2023-07-20|吴兴区
            tenths are a share        # 2024年5月3日\\n鄢陵县标准化厂房入驻率达到九成。 # 标准化厂房入驻率|90|Percent|Share|||..|鄢陵县
            chinese numerals count    # 2024年5月3日\\n鄢陵县项目建设提速。年初以来，全县新签约亿元以上项目十二个，入驻企业两千余家。 # 新签约亿元以上项目|12|Count|Level|||2024-01-01..2024-05-03|鄢陵县;入驻企业|2000|Count|Level|||2024-01-01..2024-05-03|鄢陵县
            the clause's own area     # 2023年7月21日\\n新都区投资持续扩大。成都蜀轨智能装备有限公司新一代城轨车辆项目加快建设，全区省市重点项目完成投资143.6亿元。 # 省市重点项目完成投资|14360000000|CNY|Level|||..|新都区
            respectively              # 2024年1月9日\\n2023年，北流市城镇、农村居民人均可支配收入分别增长6.3%和8.7%。 # 城镇居民人均可支配收入|6.3|Percent|Growth|6.3||2023-01-01..2023-12-31|北流市;农村居民人均可支配收入|8.7|Percent|Growth|8.7||2023-01-01..2023-12-31|北流市
            a threshold is no figure  # 2023年7月20日\\n吴兴区5000万元以上项目开复工率达到98%。 # 5000万元以上项目开复工率|98|Percent|Share|||..|吴兴区
            """)
    void reads_figures_of_the_genre(String name, String text, String expected) {
        String input = text.replace("\\n", "\n");
        ResolvedDocument rd = resolve(input);
        List<String> got = rd.observations().stream().map(o -> debug(o, rd)).toList();
        for (String want : expected.strip().split(";")) {
            assertTrue(got.stream().anyMatch(g -> matches(g, want.strip())), () -> "expected " + want + "\n got " + String.join("\n     ", got));
        }
    }

    /** The indicator may be the scheme's name or the text's; compare every other field exactly. */
    private static boolean matches(String got, String want) {
        String[] g = got.split("\\|", -1), w = want.split("\\|", -1);
        if (g.length != w.length) return false;
        if (!(g[0].contains(w[0]) || w[0].contains(g[0]) || g[0].equals("~" + w[0]))) return false;
        for (int i = 1; i < w.length; i++) if (!g[i].equals(w[i])) return false;
        return true;
    }

    static ResolvedDocument resolve(String text) {
        var engine = Engines.get();
        return engine.resolver().resolve(engine.extractor().extract(Engines.doc("t", text)));
    }

    static String debug(Observation o, ResolvedDocument rd) {
        Figure f = o.figure();
        String area = rd.entities().stream().filter(e -> e.key().equals(o.areaKey())).map(Entity::prefLabel).findFirst().orElse(o.areaKey());
        String period = f.period() == null ? ".." : (f.period().start() == null ? "" : f.period().start()) + ".." + (f.period().end() == null ? "" : f.period().end());
        return String.join("|", f.indicatorLabel(), plain(f.value()), f.unit(), f.kind(), plain(f.changeRate()), plain(f.changePoints()), period, area);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    static String entities(ResolvedDocument rd) {
        return rd.entities().stream().map(e -> e.type() + ":" + e.prefLabel()).collect(Collectors.joining(", "));
    }
}
