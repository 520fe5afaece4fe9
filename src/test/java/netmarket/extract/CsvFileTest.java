package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBomIsReadAsUtf8() throws IOException {
        // given
        Path file = write("plain.csv", "地区,网上零售额\n三明市,12.5\n".getBytes(StandardCharsets.UTF_8));

        // when
        CsvFile csv = open(file);
        List<SheetRow> rows = readAll(csv);

        // then
        assertThat(csv.encoding()).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
        assertThat(texts(rows)).containsExactly(List.of("地区", "网上零售额"), List.of("三明市", "12.5"));
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstCell() throws IOException {
        // given
        Path file = write("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "地区,数值\n三明市,1\n".getBytes(StandardCharsets.UTF_8)));

        // when
        CsvFile csv = open(file);
        List<SheetRow> rows = readAll(csv);

        // then
        assertThat(csv.encoding()).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3));
        assertThat(rows.get(0).cell(0).text()).isEqualTo("地区");
    }

    @Test
    void gbkWithoutBomIsDetectedAsGb18030AndDecodedRight() throws IOException {
        // given: what Chinese Excel writes as "CSV"
        Path file = write("gbk.csv", "地区,快递业务量（万件）\n东营区,1234\n".getBytes(GBK));

        // when
        CsvFile csv = open(file);
        List<SheetRow> rows = readAll(csv);

        // then
        assertThat(csv.encoding().charset()).isEqualTo(TextEncoding.GB18030);
        assertThat(texts(rows)).containsExactly(List.of("地区", "快递业务量（万件）"), List.of("东营区", "1234"));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        // given
        Path file = write("utf16.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "地区,数值\n".getBytes(StandardCharsets.UTF_16LE)));

        // when
        List<SheetRow> rows = readAll(open(file));

        // then
        assertThat(texts(rows)).containsExactly(List.of("地区", "数值"));
    }

    @Test
    void gbkBytesAfterMoreThan64KiBOfUtf8FailTheFileNamingTheLine() throws IOException {
        // given: 5,000 lines of UTF-8 (80,000 bytes, past the detection sample), then one line in GBK
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 5000; i++) {
            bytes.writeBytes("三明市,12345\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bytes.size()).isGreaterThan(64 * 1024);
        bytes.writeBytes("东营区,678\n".getBytes(GBK));
        bytes.writeBytes("合计,1\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("mixed.csv", bytes.toByteArray());
        CsvFile csv = open(file);
        assertThat(csv.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> readAll(csv))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("第 5001 行")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void gbkBytesInAFileMarkedUtf8FailTheFileNamingTheLine() throws IOException {
        // given: a UTF-8 BOM, two UTF-8 lines (one with a quoted line break), then a GBK line
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("地区,备注\n三明市,\"第一行\n第二行\"\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("东营区,无\n".getBytes(GBK));
        Path file = write("bom-mixed.csv", bytes.toByteArray());

        // when / then
        assertThatThrownBy(() -> readAll(open(file)))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("第 4 行");
    }

    @Test
    void quotedFieldsKeepTheirCommasAndNewlines() throws IOException {
        // given
        Path file = write("quoted.csv", "\"三明市,沙县区\",\"第一行\n第二行\",\"说\"\"明\"\"\"\n"
                .getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = readAll(open(file));

        // then
        assertThat(texts(rows)).containsExactly(List.of("三明市,沙县区", "第一行\n第二行", "说\"明\""));
    }

    @Test
    void blankLinesAreReturnedAsBlankRows() throws IOException {
        // given
        Path file = write("blank.csv", "地区,数值\n\n三明市,1\n".getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = readAll(open(file));

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 3);
        assertThat(rows).extracting(SheetRow::isBlank).containsExactly(false, true, false);
    }

    @Test
    void rowsOfOnlyEmptyFieldsAreBlankRows() throws IOException {
        // given: what Excel writes for an empty row of a three-column sheet
        Path file = write("commas.csv", "地区,数值,备注\n,,\n".getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows = readAll(open(file));

        // then
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(1).cells()).isEmpty();
    }

    @Test
    void fieldsAreTextCellsAndEmptyFieldsAreBlankCells() throws IOException {
        // given
        Path file = write("kinds.csv", "三明市,,12.5\n".getBytes(StandardCharsets.UTF_8));

        // when
        SheetRow row = readAll(open(file)).get(0);

        // then
        assertThat(row.cells()).containsExactly(
                new CellValue(CellValue.Kind.TEXT, "三明市"), CellValue.BLANK, new CellValue(CellValue.Kind.TEXT, "12.5"));
    }

    @Test
    void theGivenDelimiterSplitsFields() throws IOException {
        // given
        Path file = write("semi.csv", "三明市;12,5\n".getBytes(StandardCharsets.UTF_8));

        // when
        List<SheetRow> rows;
        try (SpreadsheetFile f = Spreadsheets.open(file, ';')) {
            rows = readAll(f);
        }

        // then
        assertThat(texts(rows)).containsExactly(List.of("三明市", "12,5"));
    }

    @Test
    void aCsvHasOneUnnamedSheet() throws IOException {
        // given
        Path file = write("one.csv", "a\n".getBytes(StandardCharsets.UTF_8));

        // when / then
        assertThat(open(file).sheetNames()).containsExactly("");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static CsvFile open(Path file) {
        return (CsvFile) Spreadsheets.open(file, ',');
    }

    private static List<SheetRow> readAll(SpreadsheetFile f) {
        try (SheetCursor cursor = f.openSheet("")) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<List<String>> texts(List<SheetRow> rows) {
        return rows.stream().map(r -> r.cells().stream().map(CellValue::text).toList()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
