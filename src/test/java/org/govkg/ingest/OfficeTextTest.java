package org.govkg.ingest;

import org.govkg.testing.OfficeFiles;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDF and Word files, made here with the same libraries, read back to the article's text. */
class OfficeTextTest {
    static final String P1 = "龙泉驿区2023年国民经济和社会发展统计公报";
    static final String P2 = "全年全区实现地区生产总值1587.3亿元，比上年增长6.2%。";

    @Test
    void a_docx_gives_its_paragraphs_and_its_table_rows_as_sentences() throws Exception {
        Document d = DocumentReader.fromBytes("longquanyi-2023", "longquanyi-2023.docx", OfficeFiles.docx(P1, P2), ReadOptions.DEFAULTS, ".docx");
        assertEquals(P1 + "\n\n" + P2 + "\n\n第二产业增加值全年812.4亿元，增长7.1%。\n\n第三产业增加值全年731.2亿元，增长5.4%。", d.text());
    }

    @Test
    void a_pdf_gives_its_text_lines() throws Exception {
        Document d = DocumentReader.fromBytes("longquanyi-2023", "longquanyi-2023.pdf", OfficeFiles.pdf(P1, P2), ReadOptions.DEFAULTS, ".pdf");
        assertTrue(d.text().contains(P1), d.text());
        assertTrue(d.text().contains(P2), d.text());
    }

    @Test
    void a_pdf_renamed_txt_is_read_as_a_pdf() throws Exception {
        Document d = DocumentReader.fromBytes("x", "x.txt", OfficeFiles.pdf(P2));
        assertTrue(d.text().contains(P2), d.text());
    }

    @Test
    void a_damaged_pdf_or_docx_is_refused_with_the_library_reason() throws Exception {
        byte[] pdf = OfficeFiles.pdf(P1);
        byte[] cut = java.util.Arrays.copyOf(pdf, 40);
        InputException e = assertThrows(InputException.class, () -> DocumentReader.fromBytes("p", "p.pdf", cut, ReadOptions.DEFAULTS, ".pdf"));
        assertTrue(e.getMessage().startsWith("not a readable PDF"), e.getMessage());
        byte[] docx = java.util.Arrays.copyOf(OfficeFiles.docx(P1, P2), 200);
        e = assertThrows(InputException.class, () -> DocumentReader.fromBytes("w", "w.docx", docx, ReadOptions.DEFAULTS, ".docx"));
        assertTrue(e.getMessage().startsWith("not a readable Word .docx file"), e.getMessage());
    }

    @Test
    void a_word_97_file_is_refused_with_what_to_do() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        InputException e = assertThrows(InputException.class, () -> DocumentReader.fromBytes("d", "d.doc", ole, ReadOptions.DEFAULTS, ".doc"));
        assertTrue(e.getMessage().contains("save it as .docx or PDF"), e.getMessage());
    }
}
