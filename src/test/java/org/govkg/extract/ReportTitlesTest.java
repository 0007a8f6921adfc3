package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The titles a relation's title text names (ReportTitles' contract); expected titles joined by '+'. */
class ReportTitlesTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "bracketed titles are each a document|《青川区乡村振兴三年规划》、《白石镇人居环境整治方案》|青川区乡村振兴三年规划+白石镇人居环境整治方案",
            "a bracketed title is stripped|《 青川区国土空间总体规划 》|青川区国土空间总体规划",
            "who gave a report is cut off|区委书记王明远受区委常委会委托作的工作报告|工作报告",
            "the cuts apply in the file's order|代表区人民政府所作的政府工作报告|政府工作报告",
            "a leading particle goes|代表了报告|报告",
            "fewer than two characters left is no title|委托作的报|''",
    })
    void titles(String behaviour, String raw, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\+"));
        assertEquals(want, ReportTitles.of(raw), behaviour);
    }
}
