package netmarket.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import netmarket.store.Sql;

/**
 * Every snapshot's items as Parquet for BI tools, Spark or Trino, in two datasets partitioned by
 * period (hive layout, period=2025-06/): {@code snapshots/} with every version of every snapshot,
 * and {@code latest/} with only the newest version of each region, rubric and period that is not
 * withdrawn, so that a BI tool summing points over {@code latest/} gets each region's total. Every
 * row carries snapshot_id, version, is_latest, provisional and withdrawn; codes are text (region_code
 * is a column, not a partition value a reader would turn into a number). Written by DuckDB into a
 * temporary folder that then replaces the published one.
 */
public final class ParquetExport {

    /** One row per item per snapshot version; is_latest marks the newest version not withdrawn. */
    private static final String ROWS = """
            WITH s AS (
                SELECT s.*, format('{}-{}', s.period_year, lpad(s.period_month::VARCHAR, 2, '0')) AS period,
                       s.withdrawn_at IS NULL AND s.version = max(s.version) FILTER (WHERE s.withdrawn_at IS NULL)
                           OVER (PARTITION BY s.rubric_id, s.region_code, s.period_kind, s.period_year, s.period_month) AS is_latest
                FROM score.snapshot s
            )
            SELECT s.period, s.region_code::VARCHAR AS region_code, r.name AS region_name, s.rubric_id, s.period_kind,
                   s.snapshot_id, s.version, s.is_latest, coalesce(s.provisional, false) AS provisional, s.provisional_reason,
                   s.withdrawn_at IS NOT NULL AS withdrawn, s.withdrawn_reason, s.total_points, s.verdict, v.verdict_reason,
                   i.indicator_no, i.sub_item, i.group_name, i.subgroup_name, i.indicator_name, i.kind,
                   i.rule, i.max_points, i.points, i.status, i.value, i.numerator, i.denominator, i.baseline,
                   i.detail, i.missing, i.next_point, i.inputs, i.capped
            FROM s JOIN score.snapshot_item i USING (snapshot_id) JOIN ref.region r ON r.code = s.region_code
            LEFT JOIN score.snapshot_verdict v USING (snapshot_id)
            """;

    private ParquetExport() {}

    public static Path write(Connection conn, Path target) throws SQLException, IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        Sql.on(conn).execute(
                "COPY (" + ROWS + " ORDER BY s.period, s.region_code, s.rubric_id, s.version, i.indicator_no, i.sub_item) TO "
                        + quote(tmp.resolve("snapshots").toString()) + " (FORMAT PARQUET, PARTITION_BY (period))",
                "COPY (" + ROWS + " WHERE s.is_latest ORDER BY s.period, s.region_code, s.rubric_id, i.indicator_no, i.sub_item) TO "
                        + quote(tmp.resolve("latest").toString()) + " (FORMAT PARQUET, PARTITION_BY (period))");
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

    /** Deletes a folder and everything in it; nothing when it is not there. */
    static void deleteTree(Path dir) throws IOException {
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
