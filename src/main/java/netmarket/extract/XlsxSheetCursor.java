package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams the rows of one sheet: read from the XML's bytes (SheetBytes) while the XML is what
 * spreadsheet writers produce, and by the XML parser from the first row that is not, resuming
 * after the rows already returned.
 */
final class XlsxSheetCursor implements SheetCursor {

    /** What the cells of a workbook's sheets need from the workbook: its shared strings, styles and date system. */
    record Workbook(SharedStrings strings, StylesTable styles, boolean date1904) {}

    /** Opens the sheet's XML afresh (for the parser, when the byte reader gives it over). */
    interface Reopen {
        InputStream open() throws IOException;
    }

    private final Reopen reopen;
    private final Workbook book;
    private final String name;
    private InputStream in;
    private SheetBytes bytes;
    private XMLStreamReader xml;
    private final List<CellRange> merges;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private int lastRow = -1;
    private int dimensionRows = -1;
    private long returned;

    XlsxSheetCursor(String name, InputStream in, List<CellRange> merges, Reopen reopen, Workbook book, boolean byteReader) {
        this.reopen = reopen;
        this.book = book;
        this.name = name;
        this.in = in;
        this.merges = merges;
        if (byteReader) {
            this.bytes = new SheetBytes(in);
        } else {
            try {
                this.xml = XlsxFile.xmlFactory().createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                throw new InputFileException("工作表「" + name + "」无法读取: " + XlsxFile.rootMessage(e), e);
            }
        }
    }

    @Override
    public String sheetName() {
        return name;
    }

    @Override
    public List<CellRange> merges() {
        return merges;
    }

    /** From the sheet's declared dimension (A1:I3700), when the writer declared one. */
    @Override
    public double fraction() {
        return dimensionRows > 0 ? Math.min(1.0, (lastRow + 1) / (double) dimensionRows) : -1;
    }

    private int dimensionRows(String ref) {
        try {
            return ref == null ? -1 : CellRange.parse(ref).lastRow() + 1;
        } catch (RuntimeException e) {
            return -1; // a malformed dimension only costs the progress estimate
        }
    }

    @Override
    public SheetRow next() {
        if (bytes != null) {
            try {
                SheetBytes.RawRow raw = bytes.next();
                if (dimensionRows < 0 && bytes.dimension() != null) {
                    dimensionRows = dimensionRows(bytes.dimension());
                }
                if (raw == null) {
                    return null;
                }
                SheetRow row = toRow(raw);
                returned++;
                return row;
            } catch (XmlBytes.Unsupported e) {
                switchToParser();
            } catch (IOException | RuntimeException e) {
                throw new InputFileException("工作表「" + name + "」第 " + (lastRow + 2) + " 行附近无法读取: " + XlsxFile.rootMessage(e), e);
            }
        }
        return parseNext();
    }

    /** The same row as readRow makes from the parser's events, from the row as written. */
    private SheetRow toRow(SheetBytes.RawRow raw) {
        int rowIndex = raw.r != null ? CellRef.digits(raw.r, 0) - 1 : lastRow + 1;
        List<CellValue> cells = new ArrayList<>(raw.size);
        int nextColumn = 0;
        for (int i = 0; i < raw.size; i++) {
            int column = raw.refs[i] != null ? CellRef.parse(raw.refs[i])[1] : nextColumn;
            CellValue value = cellValue(raw.types[i], raw.styles[i], raw.values[i], raw.inlines[i]);
            nextColumn = column + 1;
            if (!value.isBlank()) {
                while (cells.size() < column) {
                    cells.add(CellValue.BLANK);
                }
                cells.add(value);
            }
        }
        lastRow = rowIndex;
        return new SheetRow(rowIndex + 1, cells);
    }

    /** From here on the XML parser reads the sheet: opened afresh, past the rows already returned. */
    private void switchToParser() {
        bytes = null;
        try {
            in.close();
            in = reopen.open();
            xml = XlsxFile.xmlFactory().createXMLStreamReader(in);
        } catch (IOException | XMLStreamException e) {
            throw new InputFileException("工作表「" + name + "」无法读取: " + XlsxFile.rootMessage(e), e);
        }
        lastRow = -1;
        for (long skipped = 0; skipped < returned; skipped++) {
            if (parseNext() == null) {
                return;
            }
        }
    }

    private SheetRow parseNext() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("row".equals(xml.getLocalName())) {
                        return readRow();
                    }
                    if ("dimension".equals(xml.getLocalName())) {
                        dimensionRows = dimensionRows(xml.getAttributeValue(null, "ref"));
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            // also an index outside the shared strings: the message then says where
            throw new InputFileException("工作表「" + name + "」第 " + (lastRow + 2) + " 行附近无法读取: " + XlsxFile.rootMessage(e), e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowIndex = r != null ? Integer.parseInt(r) - 1 : lastRow + 1;
        List<CellValue> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? CellRef.parse(ref)[1] : nextColumn;
                CellValue value = readCell();
                nextColumn = column + 1;
                if (!value.isBlank()) {
                    while (cells.size() < column) {
                        cells.add(CellValue.BLANK);
                    }
                    cells.add(value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        lastRow = rowIndex; // only once the row is read, so an error inside it names this row
        return new SheetRow(rowIndex + 1, cells);
    }

    /** Reads one c element: t="s" shared string, "inlineStr", "str" (formula text), "b", "e", else number. */
    private CellValue readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if ("v".equals(local)) {
                    value = xml.getElementText();
                } else if ("t".equals(local)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(xml.getElementText());
                } else if ("f".equals(local)) {
                    xml.getElementText(); // the formula itself is never evaluated; its cached value is used
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        return cellValue(type, style, value, inline == null ? null : inline.toString());
    }

    /** A cell from its type and style attributes, its v text and its inline-string text. */
    private CellValue cellValue(String type, String style, String value, String inline) {
        if ("inlineStr".equals(type)) {
            return CellValue.text(inline == null ? "" : inline);
        }
        if (value == null) {
            return CellValue.BLANK;
        }
        if (type == null || "n".equals(type)) {
            if (style != null && isDateStyle(Integer.parseInt(style))) {
                try {
                    return ExcelNumbers.date(Double.parseDouble(value), book.date1904());
                } catch (NumberFormatException e) {
                    return CellValue.text(value);
                }
            }
            return ExcelNumbers.number(value);
        }
        return switch (type) {
            case "s" -> CellValue.text(sharedString(value));
            case "str" -> CellValue.text(value);
            case "b" -> new CellValue(CellValue.Kind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE");
            case "e" -> new CellValue(CellValue.Kind.ERROR, value);
            case "d" -> isoDate(value);
            default -> CellValue.text(value);
        };
    }

    /** A t="d" cell holds ISO 8601 text ("2019-03-05" or "2019-03-05T00:00:00"). */
    private CellValue isoDate(String value) {
        String v = value.strip();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            try {
                return new CellValue(CellValue.Kind.DATE, java.time.LocalDate.parse(v.substring(0, 10)).toString());
            } catch (java.time.DateTimeException e) {
                return CellValue.text(v);
            }
        }
        return CellValue.text(v);
    }

    private String sharedString(String index) {
        return book.strings().get(CellRef.digits(index.strip(), 0));
    }

    private boolean isDateStyle(int styleIndex) {
        return dateStyles.computeIfAbsent(styleIndex, idx -> {
            if (book.styles() == null || idx >= book.styles().getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = book.styles().getStyleAt(idx);
            return s != null && ExcelNumbers.isDateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            in.close();
        } catch (XMLStreamException | IOException ignored) {
            // closing a read-only stream: nothing to lose
        }
    }
}
