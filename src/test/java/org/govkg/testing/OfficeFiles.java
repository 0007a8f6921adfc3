package org.govkg.testing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Word and PDF files made with the libraries govkg reads them with, from text the tests write. */
public final class OfficeFiles {
    private OfficeFiles() {}

    /** A Word file: a title, a paragraph, and a table whose first row is its header. */
    public static byte[] docx(String title, String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(paragraph);
            XWPFTable t = doc.createTable(3, 3);
            String[][] cells = {{"指标", "全年（亿元）", "增长（%）"}, {"第二产业增加值", "812.4", "7.1"}, {"第三产业增加值", "731.2", "5.4"}};
            for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) t.getRow(r).getCell(c).setText(cells[r][c]);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF whose text is in a standard Chinese CID font that is not embedded (STSong-Light, UniGB-UTF16-H), as
     * many government PDFs are: no font file is needed to make it, and PDFBox maps its codes back to Unicode.
     */
    public static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary cidSystemInfo = new COSDictionary();
            cidSystemInfo.setString(COSName.REGISTRY, "Adobe");
            cidSystemInfo.setString(COSName.ORDERING, "GB1");
            cidSystemInfo.setInt(COSName.SUPPLEMENT, 4);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "STSong-Light");
            descriptor.setInt(COSName.FLAGS, 6);
            descriptor.setItem(COSName.FONT_BBOX, new COSArray(java.util.List.of(COSInteger.get(0), COSInteger.get(-200), COSInteger.get(1000), COSInteger.get(900))));
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 880);
            descriptor.setInt(COSName.STEM_V, 93);
            COSDictionary cid = new COSDictionary();
            cid.setItem(COSName.TYPE, COSName.FONT);
            cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            cid.setName(COSName.BASE_FONT, "STSong-Light");
            cid.setItem(COSName.CIDSYSTEMINFO, cidSystemInfo);
            cid.setItem(COSName.FONT_DESC, descriptor);
            cid.setInt(COSName.DW, 1000);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UTF16-H");
            font.setName(COSName.ENCODING, "UniGB-UTF16-H");
            font.setItem(COSName.DESCENDANT_FONTS, new COSArray(java.util.List.of(cid)));
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            try (OutputStream os = content.createOutputStream()) {
                StringBuilder ops = new StringBuilder("BT /F1 12 Tf 14 TL 50 740 Td\n");
                for (String l : lines) ops.append('<').append(HexFormat.of().formatHex(l.getBytes(StandardCharsets.UTF_16BE))).append("> Tj T*\n");
                ops.append("ET\n");
                os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
