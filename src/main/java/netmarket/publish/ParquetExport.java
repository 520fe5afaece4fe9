package netmarket.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Every snapshot's items as Parquet, partitioned by region and period (hive layout:
 * region_code=350400/period=2025-06/), for BI tools, Spark or Trino. Written by DuckDB into a
 * temporary folder that then replaces the published one.
 */
public final class ParquetExport {

    private ParquetExport() {}

    public static Path write(Connection conn, Path target) throws SQLException, IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        Files.delete(tmp); // DuckDB creates it
        try (Statement st = conn.createStatement()) {
            st.execute("""
                    COPY (
                        SELECT s.region_code, format('{}-{}', s.period_year, lpad(s.period_month::VARCHAR, 2, '0')) AS period,
                               r.name AS region_name, s.rubric_id, s.period_kind, s.version, s.snapshot_id, s.total_points,
                               s.verdict, v.verdict_reason, coalesce(s.provisional, false) AS provisional, s.provisional_reason,
                               s.withdrawn_at IS NOT NULL AS withdrawn, s.withdrawn_reason, i.indicator_no, i.sub_item, i.group_name, i.subgroup_name, i.indicator_name, i.kind,
                               i.rule, i.max_points, i.points, i.status, i.value, i.numerator, i.denominator, i.baseline,
                               i.detail, i.missing, i.next_point, i.inputs, i.capped
                        FROM score.snapshot s JOIN score.snapshot_item i USING (snapshot_id) JOIN ref.region r ON r.code = s.region_code
                        LEFT JOIN score.snapshot_verdict v USING (snapshot_id)
                        ORDER BY s.region_code, s.period_year, s.period_month, s.rubric_id, s.version, i.indicator_no, i.sub_item
                    ) TO %s (FORMAT PARQUET, PARTITION_BY (region_code, period))
                    """.formatted(quote(tmp.toString())));
        }
        OutputPermissions.applyTree(tmp);
        Path old = parent.resolve("." + target.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        Files.move(tmp, target);
        deleteTree(old);
        return target;
    }

    /** A path as a SQL string literal (paths come from settings, never from input files). */
    static String quote(String path) {
        return "'" + path.replace("'", "''") + "'";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
