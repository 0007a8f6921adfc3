package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The names of a list before its category (ListedNames, through NameRecognizer); the marker, the count and the measure
 * words come from lexicon/name-words.tsv (list-marker, list-count, list-measure).
 */
class ListedNamesTest {
    private static final NameRecognizer NAMES = new NameRecognizer(new Lexicons());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                         | mentions                               | why
            青禾、白鹭等3家企业              | ENTERPRISE:白鹭 ENTERPRISE:青禾          | a count and a measure word before the head
            推进青禾、白鹭等项目             | PROJECT:白鹭 PROJECT:青禾                | the verb before the first item is cut
            青禾、白鹭等两个园区             | ZONE:白鹭 ZONE:青禾                      | a Chinese count
            青禾、白鹭等地                  |                                        | no category head
            涵盖青禾通用机场、白鹭二期等6个招商项目 | PROJECT:白鹭二期 PROJECT:青禾通用机场 | items without a project head; the verb before the first is cut
            同时集中开工甲溪至乙岭公路改建工程、丙对河水库等3个重点项目 | PROJECT:丙对河水库 PROJECT:甲溪至乙岭公路改建工程 | a long item; 对 inside an item that follows 、 stays
            各部门负责人对青禾村拆迁安置区、白鹭村拆迁安置区等全区重大项目 | PROJECT:白鹭村拆迁安置区 PROJECT:青禾村拆迁安置区 | a determiner and a generic word before the head; the first item cut after 对
            做强配套,加快青禾路西延、经三路等工程建设 | PROJECT:经三路 PROJECT:青禾路西延 | 等工程; an ASCII comma bounds the first item
            力促青禾汽车、白鹭科技等工业大项目 | PROJECT:白鹭科技 PROJECT:青禾汽车 | generic words before 项目
            """)
    void lists(String text, String expected, String why) {
        assertEquals(expected == null ? "" : expected, Toks.show(NAMES.lists(text, List.of())), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens                                                              | mentions                                | why
            食品/n 领军/vn 企业/n 青禾/nz 食品/n 、/w 生产商/n 白鹭/nz 电脑/n 等/udeng   | ENTERPRISE:青禾食品 ENTERPRISE:白鹭电脑     | short names after their class, ending at a list mark or 等
            领头/vn 企业/n 青禾/nz 电子/n 发展/v 壮大/v 、/w                          |                                         | a verb inside: no name
            生产商/n 青禾/nz 电子/n 。/w                                             |                                         | no list mark after it
            """)
    void companies_after_their_class(String spec, String expected, String why) {
        var tokens = Toks.of(spec);
        assertEquals(expected == null ? "" : expected, Toks.show(NAMES.lists(Toks.text(tokens), tokens)), why);
    }
}
