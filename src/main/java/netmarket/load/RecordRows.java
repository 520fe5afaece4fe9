package netmarket.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netmarket.extract.CellValue;
import netmarket.extract.SheetRow;
import netmarket.normalize.CreditCode;
import netmarket.normalize.PersonalId;
import netmarket.normalize.Region;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.ValueException;
import netmarket.normalize.ValueParser;
import netmarket.source.FieldType;
import netmarket.source.SourceDefinition;

/**
 * The rows of a record table (a register, a ledger, a list) from one data row: one row, or one
 * per filled column of a per-column field; every field read by its type (FieldValues), a cell
 * that is not shown only masked when it looks personal.
 */
final class RecordRows {

    private final SourceDefinition def;
    private final SheetLayout layout;
    private final RowCells cells;
    private final FieldValues values;

    RecordRows(SourceDefinition def, SheetLayout layout, RowCells cells, FieldValues values) {
        this.def = def;
        this.layout = layout;
        this.cells = cells;
        this.values = values;
    }

    List<Map<String, Object>> of(SheetRow row, List<RowResult.Reject> rejects) {
        Map<String, Object> m = new HashMap<>(def.constants());
        m.putAll(layout.sheetFields);
        if (def.region() != null) {
            Region region = cells.region(row, rejects);
            if (region != null) {
                m.put("region_code", region.code());
            }
        }
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() != null || f.perColumn()) {
                continue;
            }
            CellValue cell = cells.cell(row, f.name());
            String column = layout.label(layout.fields.getOrDefault(f.name(), -1));
            readField(m, f, cell, column, rejects);
        }
        SourceDefinition.Field perColumn = def.perColumnField();
        if (perColumn == null) {
            return List.of(personKeyed(m));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (SheetLayout.BoundColumn bc : layout.perColumn) {
            CellValue cell = row.cell(bc.index());
            if (RowCells.blankValue(cell)) {
                continue;
            }
            Map<String, Object> one = new HashMap<>(m);
            one.putAll(bc.headerValues());
            if (readField(one, perColumn, cell, bc.label(), rejects)) {
                out.add(personKeyed(one));
            }
        }
        return rejects.isEmpty() ? out : List.of();
    }

    /** Reads one field's cell into {@code m}; false (with the reason in {@code rejects}) when it cannot. */
    private boolean readField(Map<String, Object> m, SourceDefinition.Field f, CellValue cell, String column,
            List<RowResult.Reject> rejects) {
        try {
            if (cell.isBlank() || (f.type() == FieldType.DECIMAL && RowCells.blankValue(cell))) {
                if (f.required()) {
                    throw new ValueException("必填项为空");
                }
                return true;
            }
            if (!f.map().isEmpty()) {
                String mapped = f.map().get(TextCleaner.key(cell.text()));
                if (mapped == null) {
                    throw new ValueException("「" + ValueParser.abbreviate(cell.text().strip()) + "」不是可选值 " + f.map().keySet() + " 之一");
                }
                m.put(f.name(), mapped);
                return true;
            }
            values.put(m, f, cell, column);
            return true;
        } catch (ValueException e) {
            String text = cell.text().strip().toUpperCase();
            boolean personal = PersonalId.hasShape(text) || (f.type().personal() && !CreditCode.looksLike(text));
            String shown = personal ? FieldValues.masked(f.type(), cell.text().strip()) : cell.text();
            rejects.add(new RowResult.Reject(column, shown, f.name() + ": " + e.getMessage()));
            return false;
        }
    }

    /** A person known only by name (a ledger without ID numbers) is identified by the name's keyed hash. */
    private static Map<String, Object> personKeyed(Map<String, Object> m) {
        Object nameHash = m.remove(FieldValues.NAME_HASH);
        if (!m.containsKey("person_key") && nameHash != null) {
            m.put("person_key", "N" + ((String) nameHash).substring(0, 32));
        }
        return m;
    }
}
