package org.govkg.extract;

import org.govkg.resolve.Entity;
import org.govkg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities read from sentences written for this test; each assertion states what a careful reader sees. */
class EntityRecognitionTest {
    private static ResolvedDocument read(String text) {
        return FigureRecognitionTest.resolve(text);
    }

    private static Entity find(ResolvedDocument rd, EntityType type, String label) {
        return rd.entities().stream().filter(e -> e.type() == type && e.labels().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " labelled " + label + " among " + FigureRecognitionTest.entities(rd)));
    }

    @Test
    void meeting_numbers_are_read_from_both_forms_and_name_one_meeting() {
        ResolvedDocument rd = read("9月20日上午，中共湘潭市雨湖区委第九届委员会第四次全体会议召开。会议回顾了区委九届三中全会以来的工作。\n"
                + "与会同志一致认为，要把区委九届四次全会的部署落到实处。");
        Entity fourth = find(rd, EntityType.MEETING, "中共湘潭市雨湖区委第九届委员会第四次全体会议");
        assertEquals(9, fourth.facts().term());
        assertEquals(4, fourth.facts().session());
        assertTrue(fourth.labels().contains("区委九届四次全会"), () -> "labels " + fourth.labels());
        Entity third = find(rd, EntityType.MEETING, "区委九届三中全会");
        assertEquals(3, third.facts().session());
        assertEquals(fourth.facts().organizer(), third.facts().organizer());
    }

    @Test
    void a_district_name_is_read_by_the_city_the_article_names() {
        assertEquals("division/220104", find(read("长春市朝阳区今年上半年经济运行平稳，朝阳区消费持续回升。"), EntityType.DIVISION, "朝阳区").key());
        assertEquals("division/110105", find(read("北京市朝阳区今年上半年经济运行平稳，朝阳区消费持续回升。"), EntityType.DIVISION, "朝阳区").key());
    }

    @Test
    void an_ambiguous_district_name_without_evidence_keeps_its_candidates_and_no_code() {
        Entity e = find(read("鼓楼区召开经济运行分析会，鼓楼区各街道负责人参加。"), EntityType.DIVISION, "鼓楼区");
        assertTrue(e.key().startsWith("division/x-"), e.key());
        assertNull(e.facts().code());
        assertTrue(e.facts().candidates().contains("320106"), e.facts().toString());
    }

    @Test
    void a_bare_committee_is_the_committee_of_the_articles_district() {
        ResolvedDocument rd = read("南京市鼓楼区召开全区经济工作会议。区委书记张建国主持会议，鼓楼区委、区政府主要负责同志出席。");
        Entity committee = find(rd, EntityType.ORGANIZATION, "区委");
        assertTrue(committee.labels().contains("鼓楼区委"), () -> "labels " + committee.labels());
        assertEquals("中共南京市鼓楼区委", committee.prefLabel());
        assertEquals("division/320106", committee.facts().jurisdiction());
        Entity government = find(rd, EntityType.ORGANIZATION, "区政府");
        assertEquals("鼓楼区人民政府", government.prefLabel());
        Entity person = find(rd, EntityType.PERSON, "张建国");
        assertEquals("区委书记", person.facts().role());
    }

    @Test
    void zones_projects_and_enterprises_are_read_by_their_heads_and_lists() {
        ResolvedDocument rd = read("湖州市吴兴区八里店智能制造产业园内，安徽锐驰新能源科技有限公司年产10GWh储能电池项目正式开工，"
                + "美欣达、久立等12家企业入驻。");
        find(rd, EntityType.ZONE, "八里店智能制造产业园");
        find(rd, EntityType.ENTERPRISE, "安徽锐驰新能源科技有限公司");
        find(rd, EntityType.PROJECT, "安徽锐驰新能源科技有限公司年产10GWh储能电池项目");
        find(rd, EntityType.ENTERPRISE, "美欣达");
        find(rd, EntityType.ENTERPRISE, "久立");
    }

    @Test
    void quoted_campaigns_are_initiatives_but_quoted_sayings_are_not() {
        ResolvedDocument rd = read("吴兴区深入实施“双招双引”，全力推进“3+2”产业发展战略，以“咬定青山不放松”的韧劲抓落实。");
        find(rd, EntityType.INITIATIVE, "双招双引");
        find(rd, EntityType.INITIATIVE, "3+2");
        assertFalse(rd.entities().stream().anyMatch(e -> e.labels().contains("咬定青山不放松")), FigureRecognitionTest.entities(rd));
    }

    @Test
    void the_same_name_in_two_articles_about_one_district_is_one_iri() {
        String a = "长春市朝阳区旭阳中法智能产业园投产在即。", b = "朝阳区（长春）：旭阳中法智能产业园完成设备安装。";
        Entity x = find(read(a), EntityType.ZONE, "旭阳中法智能产业园"), y = find(read(b), EntityType.ZONE, "旭阳中法智能产业园");
        assertEquals(x.key(), y.key());
        assertNotNull(x.facts().locatedIn());
    }

    @Test
    void a_named_event_is_a_meeting_with_its_period() {
        ResolvedDocument rd = read("7月20日，成都市新都区召开2023年上半年经济运行情况新闻发布会。");
        find(rd, EntityType.MEETING, "2023年上半年经济运行情况新闻发布会");
    }

    @Test
    void a_source_line_names_the_publisher() {
        ResolvedDocument rd = read("园区去年实现工业总产值248.6亿元。\n来源：佛山日报");
        find(rd, EntityType.ORGANIZATION, "佛山日报");
        assertNotNull(rd.publisherKey());
    }

    @Test
    void the_byline_gives_the_author() {
        ResolvedDocument rd = read("吴兴区召开会议\n本报记者 王晓东 通讯员 李明\n会议指出，要抓好项目建设。");
        assertEquals(List.of("王晓东", "李明"), rd.extraction().meta().authors().stream().map(Mention::surface).toList());
    }

    @Test
    void a_declared_short_name_is_the_same_company() {
        ResolvedDocument rd = read("黄陂区与武汉恒驰新能源汽车零部件有限公司（以下简称“恒驰零部件”）签订投资协议。恒驰零部件将投资20亿元建设电驱系统生产基地项目。");
        Entity company = find(rd, EntityType.ENTERPRISE, "武汉恒驰新能源汽车零部件有限公司");
        assertTrue(company.labels().contains("恒驰零部件"), () -> "labels " + company.labels());
        assertEquals(1, rd.entities().stream().filter(e -> e.type() == EntityType.ENTERPRISE).count(), FigureRecognitionTest.entities(rd));
    }

    @Test
    void a_project_named_again_in_short_is_one_project() {
        ResolvedDocument rd = read("仪式上，湖北楚天新材料科技有限公司年产5万吨碳纤维复合材料项目现场签约。其中，楚天碳纤维复合材料项目总投资18亿元。");
        Entity project = find(rd, EntityType.PROJECT, "湖北楚天新材料科技有限公司年产5万吨碳纤维复合材料项目");
        assertTrue(project.labels().contains("楚天碳纤维复合材料项目"), () -> "labels " + project.labels());
        assertEquals(1, rd.entities().stream().filter(e -> e.type() == EntityType.PROJECT).count(), FigureRecognitionTest.entities(rd));
        assertEquals(project.key(), rd.observations().get(0).areaKey());
    }

    @Test
    void two_projects_with_a_shared_ending_stay_apart() {
        ResolvedDocument rd = read("今年，江宁区智能制造产业园一期项目竣工，秣陵街道智能制造产业园二期项目开工。");
        assertEquals(2, rd.entities().stream().filter(e -> e.type() == EntityType.PROJECT).count(), FigureRecognitionTest.entities(rd));
    }

    /** Names several divisions share, each read by what the article says around it (codes from GB/T 2260). */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '#', textBlock = """
            鼓楼区 # 福州市鼓楼区召开全区经济运行分析会，鼓楼区前三季度地区生产总值增长6.1%。 # 350102
            鼓楼区 # 南京市鼓楼区召开全区经济运行分析会，鼓楼区前三季度地区生产总值增长5.4%。 # 320106
            鼓楼区 # 徐州市鼓楼区今年以来新签约项目42个。鼓楼区将持续优化营商环境。 # 320302
            鼓楼区 # 开封市鼓楼区文旅消费持续升温，鼓楼区接待游客增长18%。 # 410204
            西湖区 # 杭州市西湖区数字经济核心产业增加值增长9.8%，西湖区创新活力持续增强。 # 330106
            西湖区 # 南昌市西湖区社会消费品零售总额增长7.2%，西湖区商贸经济稳中有进。 # 360103
            新城区 # 西安市新城区召开区委全会。新城区将加快推进城市更新。 # 610102
            新城区 # 呼和浩特市新城区今年以来固定资产投资增长12%，新城区项目建设提速。 # 150102
            新城区 # 新城区召开区委全会。会议指出，西安市要加快建设国际化大都市，新城区要当好排头兵。 # 610102
            """)
    void a_shared_district_name_is_read_by_its_city(String name, String text, String code) {
        assertEquals("division/" + code, find(read(text), EntityType.DIVISION, name).key());
    }

    @Test
    void a_common_town_name_is_the_town_of_the_county_the_article_names() {
        ResolvedDocument rd = read("襄阳市谷城县城关镇今年新增规上工业企业8家，城关镇工业园区建设加快推进。");
        Entity town = find(rd, EntityType.DIVISION, "城关镇");
        assertTrue(town.key().startsWith("division/420625"), town.key());
    }

    @Test
    void a_common_town_name_without_its_county_is_no_division() {
        ResolvedDocument rd = read("城关镇今年新增规上工业企业8家。");
        assertFalse(rd.entities().stream().anyMatch(e -> e.type() == EntityType.DIVISION && e.labels().contains("城关镇")), FigureRecognitionTest.entities(rd));
    }

    @Test
    void a_province_named_short_stays_the_province_when_named_again() {
        ResolvedDocument rd = read("长春市二道区召开区委全会。全会强调，推动吉林全面振兴取得新突破，忠实践行习近平总书记视察吉林重要讲话精神。");
        assertEquals("division/220000", find(rd, EntityType.DIVISION, "吉林").key());
        assertFalse(rd.entities().stream().anyMatch(e -> e.key().equals("division/220200")), FigureRecognitionTest.entities(rd));
    }

    @Test
    void a_project_named_by_its_capacity_keeps_it() {
        ResolvedDocument rd = read("绥化市望奎县新入驻企业9家，黑龙江望丰生物科技有限公司投资建设的年产30万吨玉米深加工项目总投资12.5亿元。");
        find(rd, EntityType.PROJECT, "年产30万吨玉米深加工项目");
    }

    @Test
    void a_department_named_by_its_short_form_is_an_organisation() {
        ResolvedDocument rd = read("记者从河北省发展改革委了解到，一季度全省集中签约开工重大项目总投资1.2万亿元。");
        find(rd, EntityType.ORGANIZATION, "河北省发展改革委");
    }

    @Test
    void a_quoted_five_year_plan_is_no_initiative() {
        ResolvedDocument rd = read("甘州区召开全会。“十四五”以来，全区地区生产总值年均增长6.2%，要以“两个确保”为抓手推动“一区三园”协同发展。");
        assertFalse(rd.entities().stream().anyMatch(e -> e.labels().contains("十四五")), FigureRecognitionTest.entities(rd));
    }

    @Test
    void a_development_zone_listed_among_towns_is_a_zone() {
        ResolvedDocument rd = read("张掖市甘州区召开会议。张掖经济技术开发区新引进企业23家，实现规上工业产值近百亿元。");
        find(rd, EntityType.ZONE, "张掖经济技术开发区");
        assertFalse(rd.entities().stream().anyMatch(e -> e.type() == EntityType.DIVISION && e.labels().contains("张掖经济技术开发区")), FigureRecognitionTest.entities(rd));
    }
}
