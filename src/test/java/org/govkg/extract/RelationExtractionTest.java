package org.govkg.extract;

import org.govkg.resolve.Entity;
import org.govkg.resolve.ReportTitle;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.Statement;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relations read from sentences of the genre, written for this test (real places, invented companies
 * and people). Each statement is compared in the form kind|subject|object|title|stage|date, with the
 * resolved labels of the things (a document's title), empty fields at the end left out.
 */
class RelationExtractionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            investor before the project      # 2024年3月8日\\n江宁区新签约项目中，南京恒拓新能源有限公司投资建设的动力电池回收利用项目进展顺利。 # investor|动力电池回收利用项目|南京恒拓新能源有限公司||
            investor after 由                 # 2024年3月8日\\n江宁区智慧物流园项目由江苏顺驰物流集团有限公司投资，总投资12亿元。 # investor|智慧物流园项目|江苏顺驰物流集团有限公司||
            contractor                        # 2024年3月8日\\n黄陂区临空经济区标准厂房项目由中建三局集团有限公司承建。 # contractor|临空经济区标准厂房项目|中建三局集团有限公司||
            operator                          # 2024年3月8日\\n建成后，该冷链物流中心项目由湖北楚运供应链管理有限公司负责运营。 # operator|冷链物流中心项目|湖北楚运供应链管理有限公司||
            a zone in a town                  # 2024年3月8日\\n位于长沙县星沙街道的星沙智能装备产业园，今年新入驻企业21家。 # locatedIn|星沙智能装备产业园|星沙街道||
            a dated start                     # 2024年6月20日\\n今年4月，江宁区高端医疗器械产业化项目正式开工。 # stage|高端医疗器械产业化项目|||Started|2024-04
            a date before ；is another sentence's # 2024年6月20日\\n今年4月完成用地报批；江宁区高端医疗器械产业化项目正式开工。 # stage|高端医疗器械产业化项目|||Started|
            a day-dated signing               # 2024年6月20日\\n2024年6月18日，江宁区新材料产业基地项目签约。 # stage|新材料产业基地项目|||Signed|2024-06-18
            a whole list signs                # 2024年6月20日\\n仪式上，江宁区锂电隔膜项目、江宁区光伏支架项目等5个项目进行集中签约。 # stage|锂电隔膜项目|||Signed|;stage|光伏支架项目|||Signed|
            completion                        # 2024年6月20日\\n去年，长沙县会展中心二期项目建成投产。 # stage|会展中心二期项目|||InOperation|
            adopted a titled decision         # 2023年12月28日\\n中共长沙县委十四届六次全会审议通过了《中共长沙县委关于加快建设现代化新长沙县的决定》。 # adopted|中共长沙县委十四届六次全会|中共长沙县委关于加快建设现代化新长沙县的决定||
            the report someone gave           # 2023年12月28日\\n中共长沙县委十四届六次全会12月27日召开。县委书记陈思远代表县委常委会作工作报告。 # deliveredBy|工作报告|陈思远||;onBehalfOf|工作报告|中共长沙市长沙县委常委会||;heard|中共长沙县委十四届六次全会|工作报告||
            a party secretary's post          # 2023年12月28日\\n长沙县委书记陈思远出席会议并讲话。 # post|陈思远|中共长沙市长沙县委|书记|
            two posts before one name         # 2023年12月28日\\n长沙县委副书记、县长刘佳宁主持会议。 # post|刘佳宁|中共长沙市长沙县委|副书记|;post|刘佳宁|长沙县人民政府|县长|
            a department head                 # 2023年12月28日\\n长沙县发展和改革局局长周文涛介绍了项目情况。 # post|周文涛|长沙县发展和改革局|局长|
            a company chairman                # 2023年12月28日\\n湖南星达智能科技有限公司董事长何志勇表示，公司将扩大投资。 # post|何志勇|湖南星达智能科技有限公司|董事长|
            """)
    void reads_relations_of_the_genre(String name, String text, String expected) {
        ResolvedDocument rd = resolve(text.replace("\\n", "\n"));
        List<String> got = rd.statements().stream().map(s -> debug(s, rd)).toList();
        for (String want : expected.strip().split(";")) {
            assertTrue(got.contains(trim(want.strip())), () -> "expected " + want + "\n got " + String.join("\n     ", got));
        }
    }

    @Test
    void a_planned_start_is_no_stage() {
        ResolvedDocument rd = resolve("2024年3月8日\n江宁区将推动高端医疗器械产业化项目年内开工，力争新材料产业基地项目早日投产。");
        assertEquals(List.of(), rd.statements().stream().filter(s -> s.kind().equals("stage")).map(s -> debug(s, rd)).toList());
    }

    @Test
    void signing_with_a_project_is_not_the_project_signing() {
        ResolvedDocument rd = resolve("2024年3月8日\n江宁区5家企业与南京智能制造产业基地项目签订配套合作协议。");
        assertEquals(List.of(), rd.statements().stream().filter(s -> s.kind().equals("stage")).map(s -> debug(s, rd)).toList());
    }

    @Test
    void a_named_investor_outranks_the_company_in_the_project_name() {
        ResolvedDocument rd = resolve("2024年3月8日\n南康区由香港鸿睿投资有限公司投资的江西鸿睿家居有限公司年产30万套定制家具项目开工。");
        List<String> investors = rd.statements().stream().filter(s -> s.kind().equals("investor")).map(s -> debug(s, rd)).toList();
        assertEquals(List.of("investor|江西鸿睿家居有限公司年产30万套定制家具项目|香港鸿睿投资有限公司"), investors);
    }

    @Test
    void every_statement_has_evidence_that_covers_its_things() {
        String text = "2024年6月20日\n今年4月，江宁区高端医疗器械产业化项目由南京恒拓医疗科技有限公司投资建设，已正式开工。";
        ResolvedDocument rd = resolve(text);
        assertTrue(!rd.statements().isEmpty());
        for (Statement s : rd.statements()) {
            String evidence = rd.extraction().document().text().substring(s.start(), s.end());
            assertTrue(evidence.contains("高端医疗器械产业化项目"), evidence);
            assertTrue(s.confidence() > 0 && s.confidence() <= 1);
        }
    }

    private static ResolvedDocument resolve(String text) {
        var engine = Engines.get();
        return engine.resolver().resolve(engine.extractor().extract(Engines.doc("t", text)));
    }

    /** kind|subject|object|title|stage|date, without the empty fields at the end. */
    private static String debug(Statement s, ResolvedDocument rd) {
        return trim(String.join("|", s.kind(), label(s.subjectKey(), rd), label(s.objectKey(), rd),
                s.kind().equals("post") ? s.value() : "", s.kind().equals("stage") ? s.value() : "", s.date() == null ? "" : s.date()));
    }

    private static String trim(String form) {
        return form.replaceAll("\\|+$", "");
    }

    private static String label(String key, ResolvedDocument rd) {
        if (key == null) return "";
        for (ReportTitle d : rd.documents()) if (d.key().equals(key)) return d.title();
        return rd.entities().stream().filter(e -> e.key().equals(key)).map(Entity::prefLabel).findFirst().orElse(key);
    }
}
