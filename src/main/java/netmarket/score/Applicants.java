package netmarket.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.store.Sql;

/**
 * Which regions the monthly job scores, and against which rubric: every region with an expert
 * assessment sheet (the mark of an applicant) plus any named in the settings, each against the
 * rubric configured for its province in jobs/rubrics/province-rubrics.csv, else the national one.
 */
public final class Applicants {

    private Applicants() {}

    /** Rubric id to the region codes it scores. */
    public static Map<String, List<String>> byRubric(Connection conn, Collection<String> extraRegions) throws SQLException {
        return byRubric(conn, extraRegions, false);
    }

    /** As above; with {@code onlyThese}, just the given regions, applicants or not. */
    public static Map<String, List<String>> byRubric(Connection conn, Collection<String> extraRegions, boolean onlyThese)
            throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("""
                WITH wanted AS (
                    SELECT DISTINCT region_code FROM fact.expert_score WHERE NOT ?
                    UNION SELECT unnest(?::VARCHAR[])
                )
                SELECT coalesce(pr.rubric_id, 'national') AS rubric_id, w.region_code
                FROM wanted w
                JOIN mart.region_context rc ON rc.region_code = w.region_code
                LEFT JOIN ref.province_rubric pr ON pr.province_code = rc.province_code
                ORDER BY 1, 2
                """);
        Sql.on(conn).each(sql.toString(), rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)),
                onlyThese, conn.createArrayOf("VARCHAR", new ArrayList<>(extraRegions).toArray()));
        return out;
    }
}
