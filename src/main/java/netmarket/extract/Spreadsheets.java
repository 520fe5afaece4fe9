package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an input file by what its bytes are, not by its name: an .xls renamed .xlsx (or the
 * reverse) still opens, and a password-protected workbook is named as such.
 */
public final class Spreadsheets {

    private Spreadsheets() {}

    public static SpreadsheetFile open(Path path, char csvDelimiter) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new InputFileException("无法读取文件: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new InputFileException("文件为空（0 字节）");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new XlsxFile(path);
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return new XlsFile(path); // OLE2: legacy .xls, or an encrypted .xlsx (reported as such)
        }
        return new CsvFile(path, csvDelimiter);
    }
}
