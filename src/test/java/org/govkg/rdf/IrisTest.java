package org.govkg.rdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IrisTest {
    private final Iris iris = new Iris("https://w3id.org/govkg/id/");

    @Test
    void document_ids_keep_chinese_and_percent_encode_what_an_iri_may_not_contain() {
        assertEquals("https://w3id.org/govkg/id/graph/朝阳%20全会", iris.graph("朝阳 全会").getURI());
        assertEquals("https://w3id.org/govkg/id/graph/a%3Cb%3E", iris.graph("a<b>").getURI());
    }

    @Test
    void spans_use_nif_character_offsets() {
        assertEquals("https://w3id.org/govkg/id/article/doc#char=3,9", iris.span("doc", 3, 9).getURI());
    }

    @Test
    void a_base_must_end_with_a_slash_or_hash() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("https://example.org/id"));
    }
}
