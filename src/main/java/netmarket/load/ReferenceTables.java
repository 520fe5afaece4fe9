package netmarket.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import netmarket.normalize.Metric;
import netmarket.normalize.Region;
import netmarket.store.Sql;

/** Replaces the ref schema's tables with the current reference files, in bulk. */
public final class ReferenceTables {

    private ReferenceTables() {}

    public static void replace(Connection conn, LoadContext ctx) throws SQLException {
        Sql.on(conn).execute("DELETE FROM ref.region", "DELETE FROM ref.metric", "DELETE FROM ref.unit");
        try (TableAppender regions = new TableAppender(conn, "ref", "region")) {
            for (Region r : ctx.regions().all()) {
                Map<String, Object> m = new HashMap<>();
                m.put("code", r.code());
                m.put("name", r.name());
                m.put("level", r.level());
                m.put("parent_code", r.parentCode());
                m.put("zone", r.zone());
                m.put("aliases", r.aliases());
                regions.append(m);
            }
        }
        try (TableAppender metrics = new TableAppender(conn, "ref", "metric")) {
            for (Metric x : ctx.metrics().all()) {
                Map<String, Object> m = new HashMap<>();
                m.put("metric_id", x.id());
                m.put("name", x.name());
                m.put("base_unit", x.unit());
                m.put("agency", x.agency());
                m.put("note", x.note());
                metrics.append(m);
            }
        }
        try (TableAppender units = new TableAppender(conn, "ref", "unit")) {
            for (netmarket.normalize.UnitTable.Unit u : ctx.units().all()) {
                units.append(Map.of("unit", u.name(), "base_unit", u.baseUnit(), "factor", u.factor()));
            }
        }
    }
}
