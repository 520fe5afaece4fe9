package netmarket.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * One agency feed as declared in jobs/*.yml: which files, which sheet, where the header is, how
 * region and period are found, which rows to skip, and what each column holds. A new layout is a
 * new definition, not new code. Built only by {@link SourceDefinitions}, which has checked it.
 * {@code released} says where the file's release or export date is: a column (one per row,
 * "发布日期"), the title, the file name, or fixed; null: the title, else the file name, else the
 * day the file is loaded. {@code covers}: the region a record file covers as a whole (a city's
 * ledger covering its counties), from the title, the file name or fixed; null: a file-level
 * {@code region}, else the regions of its rows.
 */
public record SourceDefinition(
        String id,
        String name,
        String agency,
        Frequency frequency,
        List<String> files,
        List<String> sheets,
        Header header,
        Place region,
        Place period,
        Place released,
        Place covers,
        Skip skip,
        String target,
        List<ValueColumn> values,
        Map<String, Field> fields,
        Map<String, Object> constants,
        char delimiter,
        Path definitionFile,
        String definitionSha256) {

    /**
     * Where the header is: a fixed 1-based row, or the first row containing one of {@code find}
     * from which every required column can be found (or any such row when find is empty); how many
     * rows it has; and texts it must contain for a file to be routed to this definition.
     */
    public record Header(Integer row, List<String> find, int rows, List<ColumnMatch> requires) {}

    /** Where a region or period is read from. */
    public enum From { COLUMN, TITLE, FILENAME, SHEET_NAME, COLUMN_HEADER, FIXED }

    /**
     * Where a row's region or period comes from: a column (by header), the title rows, the file
     * name, the sheet name, each value column's own header, or a fixed value. For periods,
     * yearColumn names a separate year column. {@code mostSpecific}: a text naming a region and
     * its ancestor ("东营区（山东省）") means the most specific one; otherwise that is an error.
     */
    public record Place(From from, ColumnMatch column, ColumnMatch yearColumn, String fixed, boolean mostSpecific) {}

    /** Rows to skip: notes (first cell starts with), totals (the region/key cell equals). */
    public record Skip(List<String> notes, List<String> totals) {}

    /**
     * A column of figures. {@code metric} is null when the row's label column names the metric
     * (a long sheet). {@code perColumn}: every column whose header matches is one such column
     * (one per year, one per region), each with its own period or region from {@code period}
     * and {@code region} (usually from its header).
     */
    public record ValueColumn(ColumnMatch header, String metric, String kind, String unit, boolean required,
            boolean perColumn, Place period, Place region) {}

    /**
     * A named field: the column it is read from (or the title, file name or sheet name it is
     * found in), its type, its unit for amounts, and values mapped to stored codes.
     * {@code perColumn}: every matching column gives one record per non-blank cell (years as
     * columns); a field {@code from: column_header} then takes its value from that column's header.
     * {@code baseUnit}: what an amount is stored in (元), from jobs/reference/targets.yml.
     */
    public record Field(String name, ColumnMatch header, FieldType type, String unit, boolean required, From from,
            Map<String, String> map, boolean perColumn, String baseUnit) {}

    public boolean matches(Path relative) {
        String unix = relative.toString().replace('\\', '/');
        for (String glob : files) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(Path.of(unix)) || m.matches(relative.getFileName())) {
                return true;
            }
        }
        return false;
    }

    public boolean isMetricTarget() {
        return "metric_value".equals(target);
    }

    /** The field read once per column of a years-as-columns record table, if any. */
    public Field perColumnField() {
        return fields.values().stream().filter(Field::perColumn).findFirst().orElse(null);
    }
}
