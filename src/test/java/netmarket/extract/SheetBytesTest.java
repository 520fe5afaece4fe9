package netmarket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading rows from the sheet XML's bytes gives exactly the rows the XML parser gives, for what
 * writers produce and for what the byte reader hands over to the parser part way through.
 */
class SheetBytesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<dimension ref=\"A1:D9\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>";
    private static final String TAIL = "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:D1\"/></mergeCells>"
            + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        // what Excel and WPS write: spans, styles, inline strings, numbers, formulas with cached values
        "<row r=\"1\" spans=\"1:4\"><c r=\"A1\" t=\"inlineStr\"><is><t>名录</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 前后空格 </t></is></c><c r=\"B2\"><v>28530.5</v></c>"
                + "<c r=\"C2\"><f>B2*2</f><v>57061</v></c><c r=\"D2\" t=\"str\"><f t=\"shared\" ref=\"D2:D3\" si=\"0\"/><v>文本</v></c></row>",
        // rich text runs, phonetic runs, entities, character references, line breaks in text
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/><rFont val=\"宋体\"/></rPr><t>甲</t></r><r><t>乙&amp;丙</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ジ</t></rPh><phoneticPr fontId=\"1\"/></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>&lt;a&gt; &#34;q&#x22; &apos;</t></is></c>"
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>第一行\r\n第二行\r第三行</t></is></c></row>",
        // self-closing cells and values, rows and cells without r, booleans, errors, an empty row
        "<row><c t=\"inlineStr\"><is><t/></is></c><c s=\"2\"/><c><v/></c><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#REF!</v></c></row><row r=\"7\"/>"
                + "<row r=\"8\"><c r=\"D8\" t=\"inlineStr\"><is><t>跳过的列</t></is></c></row>",
        // a comment part way: rows before it from the bytes, the rest from the parser
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>二</t></is></c></row>"
                + "<!-- 注释 --><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>三</t></is></c></row>",
        // an unknown element inside a row, and CDATA: the parser reads on from there
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><x><y/></x><c r=\"A2\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t><![CDATA[<原样>]]></t></is></c></row>",
    })
    void givesTheRowsTheXmlParserGives(String rows) throws Exception {
        Path file = xlsx(HEAD + rows + TAIL);
        List<SheetRow> fromBytes = rows(new XlsxFile(file, true));
        List<SheetRow> fromParser = rows(new XlsxFile(file, false));
        assertTrue(!fromParser.isEmpty());
        assertEquals(fromParser, fromBytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x:", "ns0:"})
    void prefixedElementsAreLeftToTheParser(String prefix) throws Exception {
        String xml = "<?xml version=\"1.0\"?><" + prefix.replace(":", "") + ":worksheet xmlns:" + prefix.replace(":", "")
                + "=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><" + prefix + "sheetData><" + prefix + "row r=\"1\"><" + prefix
                + "c r=\"A1\"><" + prefix + "v>5</" + prefix + "v></" + prefix + "c></" + prefix + "row></" + prefix + "sheetData></"
                + prefix + "worksheet>";
        Path file = xlsx(xml.replace("<" + prefix.replace(":", "") + ":worksheet", "<" + prefix + "worksheet"));
        assertEquals(rows(new XlsxFile(file, false)), rows(new XlsxFile(file, true)));
    }

    private static List<SheetRow> rows(XlsxFile book) {
        List<SheetRow> out = new ArrayList<>();
        try (book; SheetCursor c = book.openSheet(book.sheetNames().get(0))) {
            SheetRow r;
            while ((r = c.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Path xlsx(String sheet) throws Exception {
        Path file = dir.resolve("t" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
