package org.govkg.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of PDF files (PDFBox) and Word .docx files (POI): 政府工作报告 and 统计公报 often come so. PDF text is
 * read in reading order, a blank line between paragraphs; lines the layout wrapped are joined later by
 * {@link TextNormalizer}. A PDF table is only positioned text, so its rows come out as lines. A .docx is read
 * paragraph by paragraph with its tables in place, each table as the HTML tables are ({@link HtmlTables}'s
 * sentences), through an HTML rendering of its cells. The libraries' own failures (a damaged or encrypted file)
 * are refused inputs with the library's reason.
 */
final class OfficeText {
    private OfficeText() {}

    static String pdf(byte[] bytes) throws InputException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent())
                throw new InputException("an encrypted PDF whose text may not be extracted");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) throw new InputException("a PDF without text (scanned pages need OCR, which govkg does not do)");
            return text;
        } catch (IOException | RuntimeException e) {
            throw new InputException("not a readable PDF: " + reason(e));
        }
    }

    static String docx(byte[] bytes) throws InputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) paragraphs.add(p.getText());
                else if (e instanceof XWPFTable t) paragraphs.addAll(HtmlTables.sentences(asHtml(t)));
            }
            String text = String.join("\n\n", paragraphs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
            if (text.isBlank()) throw new InputException("a Word document without text");
            return text;
        } catch (IOException | RuntimeException e) {
            throw new InputException("not a readable Word .docx file: " + reason(e));
        }
    }

    /** A Word table as an HTML table element, header rows as th: HtmlTables then reads both alike. */
    private static org.jsoup.nodes.Element asHtml(XWPFTable t) {
        org.jsoup.nodes.Element table = new org.jsoup.nodes.Element("table");
        boolean first = true;
        for (XWPFTableRow row : t.getRows()) {
            org.jsoup.nodes.Element tr = table.appendElement("tr");
            boolean header = row.isRepeatHeader() || (first && row.getTableCells().stream().noneMatch(c -> HtmlTables.isNumber(c.getText())));
            for (XWPFTableCell cell : row.getTableCells()) tr.appendElement(header ? "th" : "td").text(cell.getText());
            first = false;
        }
        return table;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
