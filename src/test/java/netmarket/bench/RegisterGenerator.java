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
 * Realistic registers of online operators for benchmarks, at any size, shaped like the sample
 * export: each operator listed on one to four platforms (2.5 on average, one row each), one in four
 * an individual; every credit code and every personal ID unique with valid check characters; one
 * phone per operator; establishment dates in the sample's three spellings (2016-01-01, 2016/1/1,
 * 2016年1月1日) and a deregistration date for about one operator in 23; and one row in 10,000 with
 * a mistyped check character, which the load must reject ({@link #invalidRows}). Written as CSV
 * (any encoding) or as XLSX streamed by hand with a shared-strings table (what Excel writes), so
 * generating a million rows takes seconds.
 */
public final class RegisterGenerator {

    static final String HEADER = "序号,统一社会信用代码/身份证号,经营者名称,所在平台,所在地区,成立日期,注销日期,经营状态,联系电话";
    private static final String[] PLATFORMS = {"淘宝", "京东", "拼多多", "抖音", "快手", "美团", "自建网站"};
    private static final String[] COUNTIES = {"三元区", "沙县区", "永安市", "明溪县", "清流县", "宁化县", "大田县", "尤溪县", "将乐县", "泰宁县", "建宁县"};
    private static final String[] AREAS = {"350402", "350403", "350404", "350421", "350423", "350424", "350425", "350426", "350427", "350428"};
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long CODE_SPACE = 27_512_614_111L; // 31^7: the credit codes' seven free characters
    private static final int BIRTH_DAYS = 16_000; // 1960-01-01 onwards, about 44 years
    private static final LocalDate BIRTH_FROM = LocalDate.of(1960, 1, 1);
    private static final LocalDate ESTABLISHED_FROM = LocalDate.of(2010, 1, 1);
    /** One row in this many has a mistyped check character. */
    static final int INVALID_EVERY = 10_000;

    private RegisterGenerator() {}

    /** How many of the first {@code rows} rows carry a mistyped check character (and are rejected by a load). */
    public static long invalidRows(long rows) {
        return rows / INVALID_EVERY;
    }

    /** A region the operators of a register are spread over: its name (as the export writes it) and its GB/T 2260 code. */
    public record Area(String name, String code) {}

    /** The rows in file order: operator after operator, each on its platforms. */
    static final class Rows {
        private final java.util.List<Area> areas; // null: the sample's counties of 三明市
        private final long[] operatorsPerArea;
        private long row;
        private long operator = -1;
        private long individuals;
        private int platformsLeft;
        private long mix;
        private String id;
        private String name;
        private String region;
        private LocalDate established;
        private String deregistered;
        private String phone;
        private int platform;

        /** The sample's shape: operators in the counties of 三明市, numbered from the first. */
        Rows() {
            this.areas = null;
            this.operatorsPerArea = null;
        }

        /**
         * Operators spread over {@code areas}, numbered from {@code firstOperator} and
         * {@code firstIndividual} (so that registers written one after another, each from where the
         * previous one stopped, share no identifier): credit codes and personal IDs carry the
         * operator's area code, names its area's name.
         */
        Rows(java.util.List<Area> areas, long firstOperator, long firstIndividual) {
            if (areas.isEmpty()) {
                throw new IllegalArgumentException("no areas");
            }
            this.areas = java.util.List.copyOf(areas);
            this.operatorsPerArea = new long[areas.size()];
            this.operator = firstOperator - 1;
            this.individuals = firstIndividual;
        }

        /** The index the next operator will take: where a register written after this one starts. */
        long followingOperator() {
            return operator + 1;
        }

        /** The index the next individual will take. */
        long followingIndividual() {
            return individuals;
        }

        /** Operators started so far in each area, in the order the areas were given. */
        long[] operatorsPerArea() {
            return operatorsPerArea.clone();
        }

        String[] next() {
            if (platformsLeft == 0) {
                nextOperator();
            }
            platformsLeft--;
            String shownId = row % INVALID_EVERY == INVALID_EVERY - 1 ? mistyped(id) : id;
            String[] cells = {String.valueOf(row + 1), shownId, name, PLATFORMS[platform++ % PLATFORMS.length], region,
                spelled(established, row), deregistered == null ? "" : deregistered, deregistered == null ? "存续" : "注销", phone};
            row++;
            return cells;
        }

        private void nextOperator() {
            operator++;
            mix = mix(operator);
            platformsLeft = 1 + (int) (mix & 3);
            platform = (int) ((mix >>> 8) % PLATFORMS.length);
            boolean individual = ((mix >>> 16) & 3) == 3;
            if (areas == null) {
                id = individual ? personalId(individuals++) : creditCode(operator);
                name = (individual ? "个体经营者" : "三明网络科技有限公司") + (operator + 1);
                region = COUNTIES[(int) ((mix >>> 24) % COUNTIES.length)];
            } else {
                int a = (int) ((mix >>> 24) % areas.size());
                Area area = areas.get(a);
                operatorsPerArea[a]++;
                id = individual ? personalId(individuals++, area.code()) : creditCode(operator, area.code());
                name = (individual ? "个体经营者" : stem(area.name()) + "网络科技有限公司") + (operator + 1);
                region = area.name();
            }
            established = ESTABLISHED_FROM.plusDays((mix >>> 32) % 5_500);
            deregistered = (mix >>> 44) % 23 == 0 ? established.plusDays(400 + (mix >>> 50) % 1_600).toString() : null;
            phone = "1" + "35789".charAt((int) ((mix >>> 12) % 5)) + String.format("%09d", (operator * 387_420_489L) % 1_000_000_000L);
        }
    }

    /** The n-th individual's ID: a bijection of n onto (area, birth date, sequence), so no two are alike. */
    static String personalId(long n) {
        LocalDate birth = BIRTH_FROM.plusDays(n % BIRTH_DAYS);
        long seq = (n / BIRTH_DAYS) % 1000;
        String area = AREAS[(int) ((n / BIRTH_DAYS / 1000) % AREAS.length)];
        String first17 = area + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
        return first17 + PersonalId.checkCharacter(first17);
    }

    /**
     * The n-th individual's ID in {@code area}: (birth date, sequence) from n alone, unique for the
     * first 16 million individuals whatever the area.
     */
    static String personalId(long n, String area) {
        if (n >= (long) BIRTH_DAYS * 1000) {
            throw new IllegalArgumentException("more than " + BIRTH_DAYS * 1000L + " individuals");
        }
        LocalDate birth = BIRTH_FROM.plusDays(n % BIRTH_DAYS);
        String first17 = area + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), n / BIRTH_DAYS);
        return first17 + PersonalId.checkCharacter(first17);
    }

    /** The n-th operator's credit code registered in {@code area} (a 6-digit code). */
    static String creditCode(long n, String area) {
        StringBuilder code = new StringBuilder("91").append(area).append("MA");
        long v = Math.floorMod(n * 1_000_003L, CODE_SPACE);
        for (int k = 0; k < 7; k++, v /= 31) {
            code.append(ALPHABET.charAt((int) (v % 31)));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    /** A region's name without its last character (县, 区, 市): the stem company names start with. */
    private static String stem(String name) {
        return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * The n-th operator's credit code, shaped like those the market regulator issues since 2015
     * (91 + area + MA + seven characters + check): n scrambled by a multiplier prime to 31, so
     * codes are unique and not sequential.
     */
    static String creditCode(long n) {
        return creditCode(n, "350400");
    }

    /** The same identifier with another check character: a typo the check must catch. */
    static String mistyped(String id) {
        char check = id.charAt(id.length() - 1);
        char other = check == '0' ? '1' : '0';
        return id.substring(0, id.length() - 1) + other;
    }

    /** The sample's spellings, the same operator spelled differently on different platforms. */
    private static String spelled(LocalDate d, long row) {
        return switch ((int) (row % 4)) {
            case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 2 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            default -> d.toString();
        };
    }

    private static long mix(long x) { // splitmix64's finalizer
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static Path csv(Path file, int rows, Charset charset) throws IOException {
        return csv(file, new Rows(), rows, charset);
    }

    /** The next {@code rows} rows of {@code g} as a CSV export: the header, then one line a row. */
    static Path csv(Path file, Rows g, long rows, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16)) {
            w.write(HEADER);
            w.write('\n');
            for (long i = 0; i < rows; i++) {
                w.write(String.join(",", g.next()));
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
            Rows g = new Rows();
            for (int i = 0; i < rows; i++) {
                writeRow(w, i + 2, g.next(), sst);
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

    /**
     * Assigns shared-string indexes as Excel does (first use), writing each new string out at once.
     * Excel stores every distinct string once; here short values (platforms, regions, states, dates)
     * are remembered for the whole sheet and longer ones (IDs, names, phones) over the last few
     * thousand, which catches an operator's repeated listings without holding millions in the heap.
     */
    private static final class SharedStringsWriter implements AutoCloseable {
        private static final int RECENT = 4_096;
        private final Writer out;
        private final java.util.Map<String, Integer> repeated = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> recent = new java.util.LinkedHashMap<>(RECENT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, Integer> eldest) {
                return size() > RECENT;
            }
        };
        long references;
        int unique;

        SharedStringsWriter(Path file) throws IOException {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        int index(String s) throws IOException {
            references++;
            java.util.Map<String, Integer> seen = s.length() <= 10 ? repeated : recent;
            Integer known = seen.get(s);
            if (known != null) {
                return known;
            }
            seen.put(s, unique);
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
