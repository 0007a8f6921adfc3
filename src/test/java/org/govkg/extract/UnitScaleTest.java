package org.govkg.extract;

import org.govkg.resolve.ResolvedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every magnitude and unit scales to its base unit (亿 is 1e8, 万 1e4; a range keeps its upper end). */
class UnitScaleTest {
    /**
     * One case per unit written in the gold files (samples/gold, testdata/dev/gold, the shared gold), and the
     * magnitudes before them, each with its base value worked out by hand.
     */
    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2万亿元      | 1200000000000 | CNY              |
            427.8亿元      | 42780000000   | CNY              |
            3亿余元         | 300000000     | CNY              |
            近千亿元         | 100000000000  | CNY              |
            超千万元         | 10000000      | CNY              |
            4807万元       | 48070000      | CNY              |
            2100元         | 2100          | CNY              |
            35,680元       | 35680         | CNY              |
            3.5亿美元       | 350000000     | USD              |
            4500万美元      | 45000000      | USD              |
            8.4%          | 8.4           | Percent          |
            2.1个百分点      | 2.1           | PercentagePoint  |
            28.6平方公里     | 28.6          | SquareKilometre  |
            42万平方米       | 420000        | SquareMetre      |
            1000平方米      | 1000          | SquareMetre      |
            320亩          | 320           | Mu               |
            70万亩         | 700000        | Mu               |
            23家           | 23            | Count            |
            32个           | 32            | Count            |
            1.1万个         | 11000         | Count            |
            5162户         | 5162          | Count            |
            1.68万户        | 16800         | Count            |
            20项           | 20            | Count            |
            3000人         | 3000          | Count            |
            4.6万人         | 46000         | Count            |
            10名           | 10            | Count            |
            127件          | 127           | Count            |
            860套          | 860           | Count            |
            28栋           | 28            | Count            |
            23条           | 23            | Count            |
            12所           | 12            | Count            |
            800张          | 800           | Count            |
            386列          | 386           | Count            |
            2万棒          | 20000         | Count            |
            1860万人次       | 18600000      | PersonTime       |
            5000吨         | 5000          | Tonne            |
            60万吨         | 600000        | Tonne            |
            12.4亿千瓦时      | 1240000000    | KilowattHour     |
            3500万千瓦时      | 35000000      | KilowattHour     |
            5GW           | 5000000       | Kilowatt         |
            60万千伏安       | 600000        | KilovoltAmpere   |
            30万标箱        | 300000        | TEU              |
            45天           | 45            | Day              |
            15个工作日       | 15            | Day              |
            11个月         | 11            | Month            |
            10-15亿元       | 1000000000    | CNY              | 1500000000
            10～15亿元       | 1000000000    | CNY              | 1500000000
            10亿至15亿元      | 1000000000    | CNY              | 1500000000
            """)
    void scales_to_the_base_unit(String stated, String value, String unit, String upper) {
        ResolvedDocument rd = FigureRecognitionTest.resolve("2023年7月20日\n上半年，吴兴区完成指标总量" + stated.strip() + "。");
        Figure f = rd.observations().stream().map(o -> o.figure()).findFirst().orElse(null);
        assertNotNull(f, () -> "no figure in " + stated);
        assertEquals(0, new BigDecimal(value.strip()).compareTo(f.value()), () -> stated + " gave " + f.value());
        assertEquals(unit.strip(), f.unit().localName());
        if (upper != null && !upper.isBlank()) assertEquals(0, new BigDecimal(upper.strip()).compareTo(f.upper()));
    }

    /** Ranks (位次 / 位 in the gold): the position is the value, in gk:Rank. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            位居全市第一      | 1
            居全市第二位      | 2
            排名全省首位      | 1
            跻身全省前十      | 10
            列全市第三名      | 3
            """)
    void ranks_are_positions(String stated, String value) {
        ResolvedDocument rd = FigureRecognitionTest.resolve("2023年7月20日\n上半年，吴兴区规上工业增加值增速" + stated.strip() + "。");
        Figure f = rd.observations().stream().map(o -> o.figure()).filter(x -> x.unit() == Figure.Unit.RANK).findFirst().orElse(null);
        assertNotNull(f, () -> "no rank in " + stated);
        assertEquals(0, new BigDecimal(value.strip()).compareTo(f.value()), () -> stated + " gave " + f.value());
    }
}
