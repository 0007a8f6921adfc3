package org.govkg.extract;

import org.govkg.resolve.ResolvedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every magnitude and unit scales to its base unit (亿 is 1e8, 万 1e4; a range keeps its upper end). */
class UnitScaleTest {
    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2万亿元      | 1200000000000 | CNY              |
            427.8亿元      | 42780000000   | CNY              |
            3亿余元         | 300000000     | CNY              |
            4807万元       | 48070000      | CNY              |
            2100元         | 2100          | CNY              |
            3.5亿美元       | 350000000     | USD              |
            28.6平方公里     | 28.6          | SquareKilometre  |
            42万平方米       | 420000        | SquareMetre      |
            320亩          | 320           | Mu               |
            1.68万户        | 16800         | Count            |
            860套          | 860           | Count            |
            1860万人次       | 18600000      | PersonTime       |
            5000吨         | 5000          | Tonne            |
            12.4亿千瓦时      | 1240000000    | KilowattHour     |
            10-15亿元       | 1000000000    | CNY              | 1500000000
            """)
    void scales_to_the_base_unit(String stated, String value, String unit, String upper) {
        ResolvedDocument rd = FigureRecognitionTest.resolve("2023年7月20日\n上半年，吴兴区完成指标总量" + stated.strip() + "。");
        Figure f = rd.observations().stream().map(o -> o.figure()).findFirst().orElse(null);
        assertNotNull(f, () -> "no figure in " + stated);
        assertEquals(0, new BigDecimal(value.strip()).compareTo(f.value()), () -> stated + " gave " + f.value());
        assertEquals(unit.strip(), f.unit());
        if (upper != null && !upper.isBlank()) assertEquals(0, new BigDecimal(upper.strip()).compareTo(f.upper()));
    }
}
