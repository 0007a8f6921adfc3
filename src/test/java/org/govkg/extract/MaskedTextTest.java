package org.govkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A text with every name one placeholder of its kind, the way back, and its sentences (MaskedText's contract). */
class MaskedTextTest {
    private static final String TEXT = "青川新材料项目由蓝山科技有限公司投资。项目落户白石产业园；年内投产";
    private static final Mention PROJECT = mention(EntityType.PROJECT, "青川新材料项目");
    private static final Mention COMPANY = mention(EntityType.ENTERPRISE, "蓝山科技有限公司");
    private static final Mention ZONE = mention(EntityType.ZONE, "白石产业园");
    /** Inside the company's name: masked already, so skipped. */
    private static final Mention INNER = mention(EntityType.PLACE, "蓝山");

    private static Mention mention(EntityType type, String name) {
        return Mention.of(type, name, TEXT.indexOf(name), 0.9);
    }

    private final MaskedText masked = MaskedText.of(TEXT, List.of(ZONE, INNER, COMPANY, PROJECT));

    @Test
    void each_name_is_one_placeholder_of_its_kind_and_a_name_inside_another_is_skipped() {
        assertEquals("\uE000由\uE001投资。项目落户\uE003；年内投产", masked.text);
    }

    @Test
    void offsets_lead_back_to_the_text_and_placeholders_to_their_mentions() {
        assertEquals(0, masked.offset(0));
        assertEquals(TEXT.indexOf("由"), masked.offset(1));
        assertEquals(COMPANY.start(), masked.offset(2));
        assertEquals(COMPANY.end(), masked.offset(3));
        assertEquals(TEXT.length(), masked.offset(masked.text.length()));
        assertSame(COMPANY, masked.mentionAt(2));
        assertNull(masked.mentionAt(1));
        assertEquals(masked.text.indexOf('\uE003'), masked.indexOf(ZONE));
        assertEquals(-1, masked.indexOf(INNER));
    }

    @Test
    void sentences_keep_their_end_mark_and_know_the_kinds_they_hold() {
        List<MaskedText.Sentence> sentences = masked.sentences();
        // 。 and ； end a sentence (TextLayout's ends)
        assertEquals(3, sentences.size());
        assertEquals(0, sentences.get(0).start());
        assertEquals(masked.text.indexOf('。') + 1, sentences.get(0).end());
        assertEquals(masked.text.indexOf('；') + 1, sentences.get(1).end());
        assertEquals(masked.text.length(), sentences.get(2).end());
        assertFalse(sentences.get(2).holdsOneOf("\uE003"));
        assertTrue(sentences.get(0).holdsOneOf("\uE001\uE002"));
        assertFalse(sentences.get(0).holdsOneOf("\uE003"));
        assertTrue(sentences.get(1).holdsOneOf("\uE003"));
    }
}
