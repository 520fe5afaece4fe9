package netmarket.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import netmarket.extract.SheetRow;
import netmarket.normalize.TextCleaner;
import netmarket.source.FieldType;
import netmarket.source.SourceDefinition;

/**
 * Turns one data row into rows of the target table: first what the row is (blank, a note, a
 * total, a repeated header, shifted past the header's columns), then its figures (MetricRows) or
 * its record (RecordRows). A row is all or nothing: one bad cell rejects the row, with every reason found.
 */
final class RowInterpreter {

    private final SourceDefinition def;
    private final SheetLayout layout;
    private final MetricRows metrics;
    private final RecordRows records;

    RowInterpreter(SourceDefinition def, SheetLayout layout, LoadContext ctx) {
        this.def = def;
        this.layout = layout;
        RowCells cells = new RowCells(layout, ctx);
        this.metrics = new MetricRows(def, layout, ctx, cells);
        this.records = new RecordRows(def, layout, cells, new FieldValues(layout, ctx));
    }

    RowResult interpret(SheetRow row) {
        if (row.isBlank()) {
            return new RowResult.Skipped(SkipKind.BLANK);
        }
        String first = TextCleaner.key(row.firstText());
        for (String note : def.skip().notes()) {
            if (first.startsWith(TextCleaner.key(note))) {
                return new RowResult.Skipped(SkipKind.NOTE);
            }
        }
        Integer keyColumn = layout.regionColumn != null ? layout.regionColumn : firstRegionField();
        String keyText = keyColumn != null ? TextCleaner.key(row.cell(keyColumn).text()) : first;
        for (String total : def.skip().totals()) {
            if (keyText.equals(TextCleaner.key(total))) {
                return new RowResult.Skipped(SkipKind.TOTAL);
            }
        }
        if (isRepeatedHeader(row)) {
            return new RowResult.Skipped(SkipKind.HEADER);
        }
        if (row.cells().size() > layout.labels.size()) {
            // a value where the header has no column: the row is shifted (an unquoted "28,530" in a CSV)
            int column = layout.labels.size();
            return new RowResult.Rejected(List.of(new RowResult.Reject("第" + (column + 1) + "列", row.cell(column).text(),
                    "该行在表头之外还有值（表头共 " + column + " 列）：可能有未加引号的逗号，数值已错位")));
        }
        List<RowResult.Reject> rejects = new ArrayList<>();
        List<Map<String, Object>> out = def.isMetricTarget() ? metrics.of(row, rejects) : records.of(row, rejects);
        if (!rejects.isEmpty()) {
            return new RowResult.Rejected(rejects);
        }
        if (out == null) {
            return new RowResult.Skipped(SkipKind.OUT_OF_SCOPE);
        }
        if (out.isEmpty()) {
            return new RowResult.Skipped(SkipKind.NO_VALUES);
        }
        return new RowResult.Loaded(out);
    }

    private Integer firstRegionField() {
        return def.fields().values().stream()
                .filter(f -> f.type() == FieldType.REGION)
                .map(f -> layout.fields.get(f.name()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private boolean isRepeatedHeader(SheetRow row) {
        int same = 0;
        int nonBlank = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                nonBlank++;
                String label = layout.label(i);
                if (label != null && label.endsWith(row.cell(i).text().strip())) {
                    same++;
                }
            }
        }
        return nonBlank >= 2 && same == nonBlank;
    }
}
