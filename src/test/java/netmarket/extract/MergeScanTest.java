package netmarket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte scan finds what the XML parser would find, and steps aside for a DOCTYPE. */
class MergeScanTest {

    private static List<CellRange> scan(String xml) throws Exception {
        return MergeScan.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsEveryMergedRangeAfterTheRows() throws Exception {
        List<CellRange> merges = scan("<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mergeCell 不是元素</t></is></c></row></sheetData>"
                + "<mergeCells count=\"2\"><mergeCell ref=\"A1:B1\"/><mergeCell  ref = 'C1:C2' /></mergeCells></worksheet>");
        assertEquals(List.of(CellRange.parse("A1:B1"), CellRange.parse("C1:C2")), merges);
    }

    @Test
    void readsNamespacePrefixedElements() throws Exception {
        assertEquals(List.of(CellRange.parse("A1:D1")),
                scan("<x:worksheet xmlns:x=\"m\"><x:sheetData/><x:mergeCells><x:mergeCell ref=\"A1:D1\"/></x:mergeCells></x:worksheet>"));
    }

    @Test
    void findsNothingInASheetWithoutMerges() throws Exception {
        assertEquals(List.of(), scan("<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>"));
    }

    @Test
    void leavesASheetWithADoctypeToTheXmlParser() throws Exception {
        assertNull(scan("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>"));
    }
}
