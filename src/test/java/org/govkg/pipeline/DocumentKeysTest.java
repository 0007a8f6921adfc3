package org.govkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.govkg.rdf.GK;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which keys a document graph gives the incremental links and VoID description: a key left out is a group not
 * recomputed (a stale link), so each case pins down one rule of DocumentKeys#of.
 */
class DocumentKeysTest {
    private static final String B = BuildOptions.DEFAULT_BASE;

    private static Node r(String path) {
        return NodeFactory.createURI(B + path);
    }

    private static Triple t(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static final Node OBS = r("obs/a/1"), AREA = r("division/320115"), IND = r("indicator/gdp"), KIND = GK.gk("cumulative");
    private static final Node YEAR = r("period/2024-01-01/2024-06-30"), OWN_PERIOD = r("period/a/x-0f0f0f");
    private static final Node PROJECT = r("project/1a2b"), ZONE = r("zone/3c4d"), PERSON = r("person/5e6f"), ARTICLE = r("article/a");

    static Stream<Arguments> cases() {
        List<Triple> figure = List.of(t(OBS, GK.rdfType, GK.Observation), t(OBS, GK.refArea, AREA), t(OBS, GK.indicator, IND),
                t(OBS, GK.refPeriod, YEAR), t(OBS, GK.kind, KIND));
        List<Triple> unresolved = List.of(t(OBS, GK.rdfType, GK.Observation), t(OBS, GK.refArea, AREA), t(OBS, GK.indicator, IND),
                t(OBS, GK.refPeriod, OWN_PERIOD), t(OBS, GK.kind, KIND));
        List<Triple> unstated = List.of(t(OBS, GK.rdfType, GK.Observation), t(OBS, GK.refArea, AREA), t(OBS, GK.indicator, IND),
                t(OBS, GK.refPeriod, GK.unstatedPeriod), t(OBS, GK.kind, KIND));
        List<Triple> twoAreas = new ArrayList<>(figure);
        twoAreas.add(t(OBS, GK.refArea, r("division/320100")));
        List<Triple> project = List.of(t(PROJECT, GK.rdfType, GK.gk("Project")), t(PROJECT, GK.skosPrefLabel, zh("恒拓新能源动力电池项目")),
                t(PROJECT, GK.rdfsLabel, zh("恒拓动力电池项目")), t(PROJECT, GK.locatedIn, ZONE), t(ZONE, GK.locatedIn, AREA),
                t(PROJECT, GK.mentionedIn, ARTICLE));
        List<Triple> person = List.of(t(PERSON, GK.rdfType, GK.gk("Person")), t(PERSON, GK.skosPrefLabel, zh("张三")),
                t(PERSON, GK.mentionedIn, ARTICLE));
        List<Triple> article = List.of(t(ARTICLE, GK.rdfType, GK.Article), t(ARTICLE, GK.contentHash, NodeFactory.createLiteralString("ab")));
        List<Triple> unmentioned = List.of(t(PROJECT, GK.rdfType, GK.gk("Project")), t(PROJECT, GK.skosPrefLabel, zh("某某储能电池项目")));
        List<Triple> elsewhere = List.of(t(NodeFactory.createURI("http://example.org/x"), GK.rdfType, GK.gk("Project")));
        return Stream.of(
                Arguments.of("a figure of a resolved period is a group", figure, keys(DocumentKeys::figures),
                        "[FigureKey[area=" + AREA + ", indicator=" + IND + ", period=" + YEAR + ", kind=" + KIND + "]]"),
                Arguments.of("a figure's observation is a member", figure, keys(DocumentKeys::observations), "[" + OBS + "]"),
                Arguments.of("a period of the document's own is compared with nothing", unresolved, keys(DocumentKeys::figures), "[]"),
                Arguments.of("no period: no group", unstated, keys(DocumentKeys::figures), "[]"),
                Arguments.of("a figure of two areas is in two groups", twoAreas, keys(k -> k.figures().size()), "2"),
                Arguments.of("a project is a thing owl:sameAs joins", project, keys(DocumentKeys::things), "[" + PROJECT + "]"),
                Arguments.of("a person is not", person, keys(DocumentKeys::things), "[]"),
                Arguments.of("a person is still counted by its mentions", person, keys(DocumentKeys::mentioned), "[" + PERSON + "]"),
                Arguments.of("locations: the thing, its zone and the zone's division", project, keys(DocumentKeys::located),
                        "[" + AREA + ", " + PROJECT + ", " + ZONE + "]"),
                Arguments.of("a thing's preferred name gives its last four characters", project, keys(DocumentKeys::suffixes), "[电池项目]"),
                Arguments.of("an article is an example once hashed", article, keys(k -> k.examples().size()), "1"),
                Arguments.of("a thing is an example once mentioned", project, keys(k -> k.examples().size()), "1"),
                Arguments.of("an unmentioned thing is no example", unmentioned, keys(k -> k.examples().size()), "0"),
                Arguments.of("an unmentioned thing still has its class", unmentioned, keys(k -> k.types().get(PROJECT)), "[" + GK.gk("Project") + "]"),
                Arguments.of("a subject outside the base is no entity", elsewhere, keys(k -> k.types().size()), "0"));
    }

    private static Function<DocumentKeys, String> keys(Function<DocumentKeys, Object> part) {
        return k -> {
            Object v = part.apply(k);
            if (v instanceof Set<?> s) {
                Set<String> sorted = new TreeSet<>();
                for (Object o : s) sorted.add(o.toString());
                return sorted.toString();
            }
            return String.valueOf(v);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_document_graph_gives_the_keys_of_what_it_can_change(String rule, List<Triple> graph, Function<DocumentKeys, String> part, String expected) {
        assertEquals(expected, part.apply(DocumentKeys.of(graph, B)));
    }
}
