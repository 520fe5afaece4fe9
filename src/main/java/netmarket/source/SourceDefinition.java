package netmarket.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * One agency feed as declared in jobs/*.yml: which files, which sheet, where the header is, how
 * region and period are found, which rows to skip, and what each column holds. A new layout is a
 * new definition, not new code.
 */
public record SourceDefinition(
        String id,
        String name,
        String agency,
        String frequency,
        List<String> files,
        List<String> sheets,
        Header header,
        Place region,
        Place period,
        Skip skip,
        String target,
        List<ValueColumn> values,
        Map<String, Field> fields,
        Map<String, String> constants,
        char delimiter,
        Path definitionFile) {

    /** Where the header is: a fixed 1-based row, or the first row containing a text; how many rows. */
    public record Header(Integer row, List<String> find, int rows) {}

    /**
     * Where a row's region or period comes from: a column (by header), the title rows, the file
     * name, or a fixed value. For periods, yearColumn names a separate year column.
     */
    public record Place(String from, ColumnMatch column, ColumnMatch yearColumn, String fixed) {
        public boolean fromColumn() {
            return "column".equals(from);
        }
    }

    /** Rows to skip: notes (first cell starts with), totals (the region/key cell equals). */
    public record Skip(List<String> notes, List<String> totals) {}

    /** A wide-layout column holding one metric's values. */
    public record ValueColumn(ColumnMatch header, String metric, String kind, String unit, boolean required) {}

    /** A named field: the column it is read from, its type, and (for amounts) its unit. */
    public record Field(String name, ColumnMatch header, String type, String unit, boolean required, String from,
            Map<String, String> map) {}

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
}
