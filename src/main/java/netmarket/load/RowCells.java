package netmarket.load;

import java.util.List;
import java.util.Optional;
import netmarket.extract.CellValue;
import netmarket.extract.SheetRow;
import netmarket.normalize.Period;
import netmarket.normalize.Region;
import netmarket.normalize.ValueException;
import netmarket.normalize.ValueParser;

/** A data row's cells by field name, and the row's region and period, as the sheet's layout binds them. */
final class RowCells {

    private final SheetLayout layout;
    private final LoadContext ctx;

    RowCells(SheetLayout layout, LoadContext ctx) {
        this.layout = layout;
        this.ctx = ctx;
    }

    CellValue cell(SheetRow row, String field) {
        Integer idx = layout.fields.get(field);
        return idx == null ? CellValue.BLANK : row.cell(idx);
    }

    /** The field's text, stripped; null when the layout has no such column. */
    String text(SheetRow row, String field) {
        Integer idx = layout.fields.get(field);
        return idx == null ? null : row.cell(idx).text().strip();
    }

    /** A reject naming the field's column and its cell as written. */
    RowResult.Reject reject(SheetRow row, String field, String reason) {
        Integer idx = layout.fields.get(field);
        return new RowResult.Reject(idx == null ? field : layout.label(idx), row == null || idx == null ? null : row.cell(idx).text(), reason);
    }

    /** Whether a value cell holds nothing ("—", "-", "…", empty); a malformed number is not blank. */
    static boolean blankValue(CellValue cell) {
        try {
            return ValueParser.parse(cell).isBlank();
        } catch (ValueException e) {
            return false;
        }
    }

    /** The row's region: the sheet's, or its region column's; null with the reason added to {@code rejects}. */
    Region region(SheetRow row, List<RowResult.Reject> rejects) {
        if (layout.fixedRegion != null) {
            return layout.fixedRegion;
        }
        Integer col = layout.regionColumn != null ? layout.regionColumn : layout.fields.get("region");
        if (col == null) {
            rejects.add(new RowResult.Reject(null, null, "数据源定义没有说明地区从何而来"));
            return null;
        }
        String raw = row.cell(col).text();
        Optional<Region> r = ctx.regions().resolve(raw);
        if (r.isEmpty()) {
            rejects.add(new RowResult.Reject(layout.label(col), raw, raw.isBlank() ? "地区为空" : unknownRegion(raw)));
        }
        return r.orElse(null);
    }

    /** The row's period: the sheet's, or its period column's (with its year column's year); null with the reason added. */
    Period period(SheetRow row, List<RowResult.Reject> rejects) {
        if (layout.sheetPeriod != null) {
            return layout.sheetPeriod;
        }
        Integer col = layout.periodColumn != null ? layout.periodColumn : layout.fields.get("period");
        if (col == null) {
            rejects.add(new RowResult.Reject(null, null, "数据源定义没有说明统计时期从何而来"));
            return null;
        }
        String raw = row.cell(col).text();
        Integer year = null;
        Integer yearCol = layout.yearColumn != null ? layout.yearColumn : layout.fields.get("year");
        if (yearCol != null) {
            try {
                year = FieldValues.year(row.cell(yearCol));
            } catch (ValueException e) {
                rejects.add(new RowResult.Reject(layout.label(yearCol), row.cell(yearCol).text(), "年份: " + e.getMessage()));
                return null;
            }
        }
        Optional<Period> p = Period.parse(raw, year);
        if (p.isEmpty()) {
            rejects.add(new RowResult.Reject(layout.label(col), raw, "无法识别统计时期"));
        }
        return p.orElse(null);
    }

    static String unknownRegion(String raw) {
        return "未知地区「" + ValueParser.abbreviate(raw) + "」，请在 jobs/reference/regions.csv 中登记";
    }
}
