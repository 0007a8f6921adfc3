package org.govkg.extract;

import org.govkg.resolve.Entity;
import org.govkg.resolve.ResolvedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Meetings of the whole genre (MeetingRecognizer, EventMeetings) on sentences written for govkg with invented people,
 * and places invented (岚溪县, 桐溪县: no gazetteer name) or real where a test needs the gazetteer. Each row lists every
 * meeting node as its preferred label and, after @, the day it was held (none when the text gives none), sorted.
 */
class MeetingsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # text (\\n: a line break)                                                                    | meetings                                                   | why
            2024年3月5日，岚溪县举行2024年一季度重大项目集中开工仪式。                                            | 2024年一季度重大项目集中开工仪式@2024-03-05                    | an event's name runs from the verb that held it
            2024年5月8日，岚溪县2024年5月招商引资项目集中签约仪式在县会展中心举行。                               | 岚溪县2024年5月招商引资项目集中签约仪式@2024-05-08             | an event's name opening a clause keeps its division
            2024年6月3日上午，岚溪县召开2024年第二季度项目建设讲评会。县领导出席讲评会。                          | 2024年第二季度项目建设讲评会@2024-06-03                        | a bare head (讲评会) names no second event
            2024年4月2日，岚溪县举办“山水岚溪、开放共赢”文旅招商推介会，签约项目12个。                           | “山水岚溪、开放共赢”文旅招商推介会@2024-04-02                   | a quoted title with 、 is part of the name
            会议传达学习了中央、省委和市委经济工作会议精神。                                                      |                                                            | the last of a list of higher meetings referred to is no node
            会议传达学习了中央经济工作会议精神。                                                                  | 中央经济工作会议                                             | a higher meeting written in full is one
            会议要求深入贯彻党的二十大和中央经济工作会议精神。                                                    | 中央经济工作会议 ; 党的二十大                                 | 和 after a congress is no list of level words
            2024年2月20日，全县经济工作会议在县会议中心召开。会议传达了中央和省、市经济工作会议精神。              | 全县经济工作会议@2024-02-20                                    | the county's own conference, not the higher ones it studies
            会议要求认真贯彻经济工作会议精神。                                                                     |                                                            | a work conference named by its topic alone is no node
            岚溪县召开2024年度工作总结大会\\n2025年1月9日，岚溪县召开2024年度工作总结大会，表彰先进集体。           | 2024年度工作总结大会@2025-01-09                                | headline and body name one event
            全市第一季度重点项目拉练代表来岚溪观摩\\n1月16日，市领导带领全市2024年第一季度重点项目拉练与会人员深入岚溪。 | 全市2024年第一季度重点项目拉练                              | a short and a full name of one event are one node, by the full name
            2023年1月10日，中国共产党岚溪县第十五次代表大会隆重开幕。大会总结了县第十四次党代会以来的工作。        | 中国共产党岚溪县第十五次代表大会@2023-01-10 ; 县第十四次党代会    | a local party congress after the party and its county, and one after a level word
            大会选举产生了共青团岚溪县第十二次代表大会代表。                                                      |                                                            | a congress of another body is no party congress
            2024年7月9日，中共岚溪县委第十三届委员会第五次全体（扩大）会议暨全县经济工作会议召开。                | 中共岚溪县委第十三届委员会第五次全体（扩大）会议@2024-07-09 ; 全县经济工作会议@2024-07-09 | an enlarged plenary, and the conference joined to it by 暨
            会议传达了市委七届五次全体（扩大）会议精神。                                                          | 市委七届五次全体（扩大）会议                                     | an enlarged plenary after its organizer
            2024年1月5日，湘潭市第十六届人民代表大会第三次会议开幕。代表们回顾了市十六届人大二次会议以来的工作。   | 湘潭市十六届人大二次会议 ; 湘潭市第十六届人民代表大会第三次会议@2024-01-05 | a session after a level word is named with the city the text names
            2024-01-08\\n昨日，湘潭市第十六届人民代表大会第四次会议隆重开幕。                                       | 湘潭市第十六届人民代表大会第四次会议@2024-01-07                  | 昨日 is the day before the publication
            """)
    void meetings(String text, String expected, String why) {
        ResolvedDocument rd = FigureRecognitionTest.resolve(text.replace("\\n", "\n"));
        String got = rd.entities().stream().filter(e -> e.type() == EntityType.MEETING)
                .map(e -> e.prefLabel() + (e.facts().date() == null ? "" : "@" + e.facts().date()))
                .sorted().collect(Collectors.joining(" ; "));
        assertEquals(expected == null ? "" : expected, got, why);
    }
}
