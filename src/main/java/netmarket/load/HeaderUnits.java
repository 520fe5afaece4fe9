package netmarket.load;

import java.util.Optional;
import netmarket.normalize.UnitTable;

/** The units a sheet's header states: in a column's label, or in a units row under the header. */
final class HeaderUnits {

    private HeaderUnits() {}

    /** A unit in a header label: "（亿元）", "单位：万件", or a header line that is a unit ("%"). */
    static Optional<UnitTable.Unit> in(String label, LoadContext ctx) {
        Optional<UnitTable.Unit> u = ctx.units().findIn(label);
        if (u.isPresent()) {
            return u;
        }
        for (String line : label.split("/")) {
            Optional<UnitTable.Unit> exact = ctx.units().get(line);
            if (exact.isPresent()) {
                return exact;
            }
        }
        return Optional.empty();
    }

    /** The unit a units-row cell states ("亿元", "（万件）", "单位：个"), or null. */
    static UnitTable.Unit of(String cell, LoadContext ctx) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return ctx.units().get(cell).or(() -> ctx.units().findIn(cell)).orElse(null);
    }
}
