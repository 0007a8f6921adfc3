package org.govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an anaphor in the clause before '[' (where the indicator starts) stands for; "" when nothing. */
class AnaphoraTest {
    private static final Anaphora ANAPHORA = new Anaphora(FigureTexts.LEX);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a park word means the park named most  # 青石产业园与白鹭湾产业园签约。白鹭湾产业园扩区。园区[新签约项目6个          # ZONE:青石产业园;ZONE:白鹭湾产业园 # 白鹭湾产业园
            this park is the one named last        # 白鹭湾产业园扩区，青石产业园提档。该园区[新签约项目6个                   # ZONE:白鹭湾产业园;ZONE:青石产业园 # 青石产业园
            after a period and a vow               # 白鹭湾产业园扩区。今年力争园区[工业总产值突破90亿元                      # ZONE:白鹭湾产业园                  # 白鹭湾产业园
            a project word opening its clause      # 云岭大道改造项目开工。该项目[总投资12亿元                               # PROJECT:云岭大道改造项目           # 云岭大道改造项目
            a project word inside a clause is a noun # 云岭大道改造项目开工。全县签约项目[12个                              # PROJECT:云岭大道改造项目           #
            a word inside a name is no anaphor     # 白鹭湾产业园[新签约项目6个                                              # ZONE:白鹭湾产业园                  #
            nothing of its class named             # 青禾县经济平稳。园区[新签约项目6个                                      # DIVISION:青禾县                    #
            """)
    void resolves_an_anaphor(String name, String marked, String mentions, String expected) {
        int phraseStart = marked.indexOf('[');
        String text = marked.replace("[", "");
        FigureText doc = FigureTexts.of(text, LocalDate.of(2026, 7, 20), mentions);
        Mention meant = ANAPHORA.resolve(doc, doc.layout().clauseStart(phraseStart), phraseStart);
        assertEquals(expected == null ? "" : expected.strip(), meant == null ? "" : meant.name());
    }
}
