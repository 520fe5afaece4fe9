package netmarket.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;

/**
 * Realistic registers of online operators for benchmarks, at any size: credit codes with valid
 * check characters, one in four operators an individual with a valid ID number, phones, dates in
 * four spellings, Chinese names. Written as CSV (any encoding) or as XLSX streamed by hand with
 * a shared-strings table (what Excel writes), so generating a million rows takes seconds.
 */
public final class RegisterGenerator {

    static final String HEADER = "序号,统一社会信用代码/身份证号,经营者名称,所在平台,所在地区,成立日期,注销日期,经营状态,联系电话";
    private static final String[] PLATFORMS = {"淘宝", "京东", "拼多多", "抖音", "快手", "美团", "自建网站"};
    private static final String[] COUNTIES = {"三元区", "沙县区", "永安市", "明溪县", "清流县", "宁化县", "大田县", "尤溪县", "将乐县", "泰宁县", "建宁县"};
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private RegisterGenerator() {}

    static String[] row(int i) {
        String id;
        if (i % 4 == 3) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 15000);
            String first17 = "350404" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                    + String.format("%03d", i % 1000);
            id = first17 + PersonalId.checkCharacter(first17);
        } else {
            StringBuilder code = new StringBuilder("9135040");
            for (int n = i, k = 0; k < 10; k++, n /= 31) {
                code.append(ALPHABET.charAt(n % 31));
            }
            id = code.append(CreditCode.checkCharacter(code.toString())).toString();
        }
        LocalDate est = LocalDate.of(2012, 1, 1).plusDays(i % 4500);
        String estText = switch (i % 4) {
            case 0 -> est.toString();
            case 1 -> est.getYear() + "/" + est.getMonthValue() + "/" + est.getDayOfMonth();
            case 2 -> est.getYear() + "年" + est.getMonthValue() + "月" + est.getDayOfMonth() + "日";
            default -> est.toString();
        };
        boolean dereg = i % 13 == 0;
        return new String[] {String.valueOf(i + 1), id, (i % 4 == 3 ? "个体经营者" : "三明网络科技有限公司") + i, PLATFORMS[i % PLATFORMS.length],
            COUNTIES[i % COUNTIES.length], estText, dereg ? est.plusDays(400).toString() : "", dereg ? "注销" : "存续",
            "13" + (5 + i % 5) + String.format("%08d", (i * 7919L) % 100_000_000)};
    }

    public static Path csv(Path file, int rows, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                w.write(String.join(",", row(i)));
                w.write('\n');
            }
        }
        return file;
    }

    /**
     * An XLSX as Excel writes one: text in a shared-strings table (values that repeat, such as
     * platforms and regions, stored once; unique ones such as names once each), numbers as
     * numbers, the XML streamed by hand so no workbook is held in memory.
     */
    public static Path xlsx(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        Path strings = Files.createTempFile(file.getParent(), "sst", ".xml");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="经营者名录" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            SharedStringsWriter sst = new SharedStringsWriter(strings);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            w.write("<dimension ref=\"A1:I" + (rows + 1) + "\"/><sheetData>");
            writeRow(w, 1, HEADER.split(","), sst);
            for (int i = 0; i < rows; i++) {
                writeRow(w, i + 2, row(i), sst);
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            sst.close();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer head = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            head.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                    + sst.references + "\" uniqueCount=\"" + sst.unique + "\">");
            head.flush();
            Files.copy(strings, zip);
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(strings);
        }
        return file;
    }

    /** Assigns shared-string indexes as Excel does (first use), writing each new string out at once. */
    private static final class SharedStringsWriter implements AutoCloseable {
        private final Writer out;
        private final java.util.Map<String, Integer> repeated = new java.util.HashMap<>();
        long references;
        int unique;

        SharedStringsWriter(Path file) throws IOException {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        /** Short values repeat (platforms, regions, states, dates) and are kept once; longer ones are taken as unique. */
        int index(String s) throws IOException {
            references++;
            if (s.length() <= 10) {
                Integer known = repeated.get(s);
                if (known != null) {
                    return known;
                }
                repeated.put(s, unique);
            }
            out.write("<si><t>" + s + "</t></si>");
            return unique++;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static void writeRow(Writer w, int r, String[] cells, SharedStringsWriter sst) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isEmpty()) {
                continue;
            }
            String ref = (char) ('A' + c) + Integer.toString(r);
            if (c == 0 && r > 1) {
                w.write("<c r=\"" + ref + "\"><v>" + cells[c] + "</v></c>");
            } else {
                w.write("<c r=\"" + ref + "\" t=\"s\"><v>" + sst.index(cells[c]) + "</v></c>");
            }
        }
        w.write("</row>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
