package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.govkg.testing.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An article in traditional characters (sentences written for this test): its figures quoted as it writes them
 * (with a qualifier before the number, as any statedValue). */
class TraditionalTextTest {
    private static final Node STATED = NodeFactory.createURI("https://w3id.org/govkg/ontology#statedValue");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            yi yuan as written        # 2024年3月1日\\n2023年，蕭山區地區生產總值達812.4億元，增長6.3%。              # 達812.4億元
            a taiwan word             # 2024年3月1日\\n2023年，蕭山區新簽約專案12個，總投資達56億元。               # 12個;達56億元
            """)
    void states_figures_as_written(String name, String text, String expected) {
        var result = Engines.get().process(Engines.doc("t", text.replace("\\n", "\n")));
        List<String> stated = result.graph().find(Node.ANY, STATED, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of(expected.strip().split(";")), stated.stream().sorted().toList());
    }
}
