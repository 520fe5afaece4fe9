package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import netmarket.samples.Workbooks;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetsTest {

    @TempDir
    Path dir;

    @Test
    void anXlsRenamedXlsxOpensAsXls() throws IOException {
        // given
        Path file = Workbooks.xls("数据").row("三明市", 12.5).write(dir.resolve("renamed.xlsx"));

        // when
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            // then
            assertThat(f).isInstanceOf(XlsFile.class);
            assertThat(firstRowTexts(f, "数据")).containsExactly("三明市", "12.5");
        }
    }

    @Test
    void anXlsxRenamedXlsOpensAsXlsx() throws IOException {
        // given
        Path file = Workbooks.xlsx("数据").row("三明市", 12.5).write(dir.resolve("renamed.xls"));

        // when
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            // then
            assertThat(f).isInstanceOf(XlsxFile.class);
            assertThat(firstRowTexts(f, "数据")).containsExactly("三明市", "12.5");
        }
    }

    @Test
    void textNamedXlsxOpensAsCsv() throws IOException {
        // given
        Path file = dir.resolve("export.xlsx");
        Files.write(file, "地区,数值\n三明市,12.5\n".getBytes(StandardCharsets.UTF_8));

        // when
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            // then
            assertThat(f).isInstanceOf(CsvFile.class);
            assertThat(firstRowTexts(f, "")).containsExactly("地区", "数值");
        }
    }

    @Test
    void anEmptyFileIsRejectedAsZeroBytes() throws IOException {
        // given
        Path file = Files.createFile(dir.resolve("empty.xlsx"));

        // when / then
        assertThatThrownBy(() -> Spreadsheets.open(file, ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("0 字节");
    }

    @Test
    void aMissingFileIsAnInputFileError() {
        // given
        Path file = dir.resolve("absent.xlsx");

        // when / then
        assertThatThrownBy(() -> Spreadsheets.open(file, ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("无法读取文件");
    }

    @Test
    void randomBytesNamedXlsxAreTakenAsCsvAndFailAsUndecodableText() throws IOException {
        // given: bytes that are neither a zip, nor OLE2, nor text in any encoding
        byte[] noise = new byte[4096];
        new Random(20240601L).nextBytes(noise);
        noise[0] = (byte) 0x80; // not a PK or OLE2 signature, and not a byte GB18030 can start with
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);

        // when
        try (SpreadsheetFile f = Spreadsheets.open(file, ',')) {
            // then
            assertThat(f).isInstanceOf(CsvFile.class);
            assertThatThrownBy(() -> drain(f))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("GB18030");
        }
    }

    @Test
    void aPasswordProtectedXlsxIsNamedAsSuch() throws Exception {
        // given: Excel's "encrypt with password" turns the .xlsx into an OLE2 container
        Path file = dir.resolve("protected.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                wb.createSheet("数据").createRow(0).createCell(0).setCellValue("三明市");
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        // when / then
        assertThatThrownBy(() -> Spreadsheets.open(file, ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("密码保护");
    }

    @Test
    void aPasswordProtectedXlsIsNamedAsSuch() throws IOException {
        // given
        Path file = dir.resolve("protected.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("数据").createRow(0).createCell(0).setCellValue("三明市");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        // when / then
        assertThatThrownBy(() -> Spreadsheets.open(file, ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("密码保护");
    }

    @Test
    void aTruncatedXlsxIsAnInputFileError() throws IOException {
        // given: the zip signature followed by nothing usable
        Path good = Workbooks.xlsx("数据").row("三明市").write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, 200));

        // when / then
        assertThatThrownBy(() -> Spreadsheets.open(file, ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("XLSX");
    }

    @Test
    void aCorruptXlsIsAnInputFileError() throws IOException {
        // given: the OLE2 signature followed by garbage
        byte[] bytes = new byte[1024];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        Path file = Files.write(dir.resolve("corrupt.xls"), bytes);

        // when / then
        assertThatThrownBy(() -> Spreadsheets.open(file, ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("XLS");
    }

    private static List<String> firstRowTexts(SpreadsheetFile f, String sheet) {
        try (SheetCursor cursor = f.openSheet(sheet)) {
            return cursor.next().cells().stream().map(CellValue::text).toList();
        }
    }

    private static List<SheetRow> drain(SpreadsheetFile f) {
        try (SheetCursor cursor = f.openSheet("")) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            return rows;
        }
    }
}
