package netmarket.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns Excel's stored numbers into the decimal text Excel shows (15 significant digits). */
final class ExcelNumbers {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final double MAX_DATE_SERIAL = 2958465; // 9999-12-31

    private ExcelNumbers() {}

    /** Decimal text for a stored number such as "27.600000000000001" (gives "27.6"). */
    static CellValue number(String raw) {
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return CellValue.text(raw);
        }
        if (value.precision() - value.scale() > 40 || value.scale() > 40) {
            return new CellValue(CellValue.Kind.ERROR, "#NUM! " + raw);
        }
        BigDecimal shown = value.round(EXCEL_PRECISION).stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return new CellValue(CellValue.Kind.NUMBER, shown.toPlainString());
    }

    static CellValue number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new CellValue(CellValue.Kind.ERROR, "#NUM!");
        }
        return number(Double.toString(value));
    }

    /**
     * Whether a cell format shows a date. Besides POI's test, the built-in ids 27-36 and 50-58 are
     * the East Asian date formats (31 is yyyy"年"m"月"d"日 in Chinese Excel): files carry no format
     * text for them, so POI alone reads such cells as plain numbers.
     */
    static boolean isDateFormat(int formatId, String formatString) {
        if (DateUtil.isADateFormat(formatId, formatString)) {
            return true;
        }
        boolean builtIn = formatString == null || formatString.startsWith("reserved-");
        return builtIn && ((formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58));
    }

    /** A date cell: the serial number in the workbook's date system. */
    static CellValue date(double serial, boolean date1904) {
        if (serial < 0 || serial > MAX_DATE_SERIAL || !DateUtil.isValidExcelDate(serial)) {
            return new CellValue(CellValue.Kind.ERROR, "#DATE! " + serial);
        }
        LocalDate date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        return new CellValue(CellValue.Kind.DATE, date.toString());
    }
}
