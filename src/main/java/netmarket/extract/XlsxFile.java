package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

/**
 * Streams an .xlsx sheet with StAX, row by row: memory depends on the widest row and the shared
 * strings, not on the number of rows. The package is opened read-only (the agency's file is
 * never rewritten), through POI's zip-bomb checks, with DTDs and external entities disabled.
 */
public final class XlsxFile implements SpreadsheetFile {

    private final Path path;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> sheetNames = new ArrayList<>();
    private final boolean byteReader;

    XlsxFile(Path path) {
        this(path, true);
    }

    /** With {@code byteReader} false every sheet is read by the XML parser (what the byte reader is tested against). */
    XlsxFile(Path path, boolean byteReader) {
        this.path = path;
        this.byteReader = byteReader;
        try {
            this.pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new InputFileException("无法作为 XLSX 打开（文件损坏或不是 Excel 文件）: " + rootMessage(e), e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            this.strings = SharedStrings.read(() -> sharedStringsData(reader), SharedStrings.IN_MEMORY_CHARS);
            this.styles = reader.getStylesTable();
            this.date1904 = readDate1904(reader);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    sheetNames.add(it.getSheetName());
                }
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            pkg.revert();
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException("XLSX 文件结构无法读取: " + rootMessage(e), e);
        }
    }

    /** The sharedStrings part, or null for a workbook without one (only numbers or inline strings). */
    private static InputStream sharedStringsData(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    @Override
    public SheetCursor openSheet(String name) {
        try {
            List<CellRange> merges = readMerges(name);
            return new XlsxSheetCursor(name, sheetStream(name), merges, () -> sheetStream(name),
                    new XlsxSheetCursor.Workbook(strings, styles, date1904), byteReader);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException("工作表「" + name + "」无法读取: " + rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        strings.close();
        pkg.revert(); // read-only: never write back
    }

    private InputStream sheetStream(String name) throws IOException {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                InputStream in = it.next();
                if (it.getSheetName().equals(name)) {
                    return in;
                }
                in.close();
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        throw new InputFileException("文件中没有工作表「" + name + "」: " + path.getFileName());
    }

    /**
     * Merged ranges sit after the rows in the sheet XML, so a first pass collects them: a byte
     * scan, or for a sheet with a DOCTYPE the XML parser (which then refuses its entities).
     */
    private List<CellRange> readMerges(String name) throws IOException, XMLStreamException {
        try (InputStream in = sheetStream(name)) {
            List<CellRange> scanned = MergeScan.scan(in);
            if (scanned != null) {
                return scanned;
            }
        }
        List<CellRange> merges = new ArrayList<>();
        try (InputStream in = sheetStream(name)) {
            XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                        merges.add(CellRange.parse(xml.getAttributeValue(null, "ref")));
                    }
                }
            } finally {
                xml.close();
            }
        }
        return merges;
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, InvalidFormatException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                    String v = xml.getAttributeValue(null, "date1904");
                    return "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
            // POI's zip-bomb guard: its message is written for developers (how to raise the limit)
            return "疑似压缩炸弹：文件中的部件解压后远大于其压缩大小，已停止读取";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
