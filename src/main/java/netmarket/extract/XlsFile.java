package netmarket.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a legacy .xls (BIFF8) workbook. The format caps a sheet at 65,536 rows, so reading it
 * whole stays small; the file is opened read-only.
 */
public final class XlsFile implements SpreadsheetFile {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;

    XlsFile(Path path) {
        try {
            this.fs = new POIFSFileSystem(path.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new InputFileException("无法作为 XLS 打开（文件损坏或不是 Excel 文件）: " + XlsxFile.rootMessage(e), e);
        }
        try {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new InputFileException("文件有密码保护，无法读取；请提供未加密的文件");
            }
            this.workbook = new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            close();
            throw new InputFileException("文件有密码保护，无法读取；请提供未加密的文件", e);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException("XLS 文件结构无法读取: " + XlsxFile.rootMessage(e), e);
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public SheetCursor openSheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new InputFileException("文件中没有工作表「" + name + "」");
        }
        List<CellRange> merges = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            merges.add(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
        Iterator<Row> rows = sheet.rowIterator();
        int lastRow = sheet.getLastRowNum();
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        return new SheetCursor() {
            @Override
            public String sheetName() {
                return name;
            }

            @Override
            public List<CellRange> merges() {
                return merges;
            }

            private int at = -1;

            @Override
            public double fraction() {
                return lastRow > 0 ? Math.min(1.0, (at + 1) / (double) (lastRow + 1)) : -1;
            }

            @Override
            public SheetRow next() {
                if (!rows.hasNext()) {
                    return null;
                }
                Row row = rows.next();
                at = row.getRowNum();
                List<CellValue> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(value(row.getCell(c), date1904));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                return new SheetRow(row.getRowNum() + 1, cells);
            }

            @Override
            public void close() {}
        };
    }

    private static CellValue value(Cell cell, boolean date1904) {
        if (cell == null) {
            return CellValue.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> CellValue.text(cell.getRichStringCellValue().getString());
            case NUMERIC -> isDateFormatted(cell)
                    ? ExcelNumbers.date(cell.getNumericCellValue(), date1904)
                    : ExcelNumbers.number(cell.getNumericCellValue());
            case BOOLEAN -> new CellValue(CellValue.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new CellValue(CellValue.Kind.ERROR, errorText(cell.getErrorCellValue()));
            default -> CellValue.BLANK;
        };
    }

    private static boolean isDateFormatted(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return style != null && DateUtil.isValidExcelDate(cell.getNumericCellValue())
                && ExcelNumbers.isDateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only file system: nothing to flush
        }
    }
}
