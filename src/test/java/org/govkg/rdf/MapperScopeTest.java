package org.govkg.rdf;

import org.govkg.ingest.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document's code-point offsets, which the mapper reads from a table made once per document, are those of
 * {@link Document#codePointOffset} at every char: with characters outside the BMP (two chars, one code point), an
 * unpaired surrogate, and a text read in other characters than it is stored in.
 */
class MapperScopeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                   | stored text (\\u escapes)          | read as another text
            no surrogates                             | 青禾县2024年                        | false
            a character outside the BMP               | 青\\uD840\\uDC00县\\uD840\\uDC01年  | false
            an unpaired high and low surrogate        | 青\\uD840县\\uDC00年\\uD840         | false
            read as another text of the same length   | 青\\uD840\\uDC00縣年                | true
            """)
    void codePointOffsetsAreTheDocuments(String what, String escaped, boolean converted) {
        String stored = unescape(escaped);
        Document doc = new Document("d", "d", stored, null, "0");
        if (converted) {
            int[] toStored = new int[stored.length() + 1];
            for (int i = 0; i <= stored.length(); i++) toStored[i] = i;
            doc = doc.readAs(stored.replace('縣', '县'), toStored);
        }
        DocumentMapper.Scope scope = new DocumentMapper.Scope(doc, GK.gk("article"));
        for (int i = 0; i <= doc.text().length(); i++) assertEquals(doc.codePointOffset(i), scope.codePointOffset(i), what + " at " + i);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) { sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16)); i += 5; }
            else sb.append(s.charAt(i));
        }
        return sb.toString();
    }
}
