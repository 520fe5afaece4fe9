package netmarket.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import netmarket.normalize.Period;
import netmarket.store.Sql;

/**
 * Scores regions for a period against a rubric (score.evaluate, in SQL) and keeps the result as an
 * immutable snapshot. Scoring the same inputs again gives the same content hash and no new
 * version; changed inputs give version n+1. A snapshot made while the period's data is incomplete
 * is provisional: the next scoring of the same region, rubric and period replaces it under its
 * version number instead of adding a version after it. All of it set-based, in the caller's transaction.
 */
public final class SnapshotWriter {

    /** One region's snapshot after a scoring: its id and version, and whether it is new. */
    public record Result(long snapshotId, String rubricId, String rubricName, String regionCode, String regionName, int version, boolean created,
            java.math.BigDecimal total, java.math.BigDecimal maxPoints, String verdict, String verdictReason, String provisionalReason) {

        public boolean provisional() {
            return provisionalReason != null;
        }

        /** The verdict as people read it: "不合格（优化服务得分 16 分，…）"; empty when the rubric has no pass rule. */
        public String verdictText() {
            return verdict == null ? "" : verdictReason == null ? verdict : verdict + "（" + verdictReason + "）";
        }
    }

    private SnapshotWriter() {}

    public static List<Result> score(Connection conn, String rubricId, Collection<String> regions, YearMonth period,
            Long jobExecutionId) throws SQLException {
        return score(conn, rubricId, regions, period, jobExecutionId, null);
    }

    /** As {@link #score(Connection, String, Collection, YearMonth, Long)}; {@code provisionalReason} non-null makes the snapshots provisional. */
    public static List<Result> score(Connection conn, String rubricId, Collection<String> regions, YearMonth period,
            Long jobExecutionId, String provisionalReason) throws SQLException {
        Scoring s = new Scoring(conn, rubricId, period);
        s.evaluate(regions);
        s.compare(provisionalReason);
        s.store(jobExecutionId, provisionalReason);
        List<Result> results = s.results();
        Sql.on(conn).execute("DROP TABLE score_request", "DROP TABLE score_eval", "DROP TABLE score_group", "DROP TABLE score_new");
        return results;
    }

    /** One rubric and period being scored, step by step through temporary tables (score_eval, score_group, score_new). */
    private static final class Scoring {
        /** The snapshots this scoring made, by region: a subquery of the statements that fill in their parts. */
        private static final String NEW_SNAPSHOTS = """
                (SELECT s.snapshot_id, s.region_code FROM score.snapshot s JOIN score_new n
                   ON n.region_code = s.region_code AND n.version = s.version AND n.changed
                 WHERE s.rubric_id = ? AND s.period_kind = ? AND s.period_year = ? AND s.period_month = ?)
                """;

        private final Sql sql;
        private final String rubricId;
        private final YearMonth period;
        private final String periodKind;

        Scoring(Connection conn, String rubricId, YearMonth period) {
            this.sql = Sql.on(conn);
            this.rubricId = rubricId;
            this.period = period;
            this.periodKind = Period.scoredIn(period).kindCode();
        }

        /** Every item of the rubric for the regions (score.evaluate), and each group's points and rate denominator. */
        void evaluate(Collection<String> regions) throws SQLException {
            sql.update("CREATE OR REPLACE TEMP TABLE score_request (region_code VARCHAR)");
            sql.batch("INSERT INTO score_request VALUES (?)", regions.stream().map(r -> new Object[] {r}).toList());
            sql.update("CREATE OR REPLACE TEMP TABLE score_eval AS SELECT e.* FROM score.evaluate(?, ?, ?) e "
                    + "JOIN score_request USING (region_code)", rubricId, period.getYear(), period.getMonthValue());
            sql.update("""
                    CREATE OR REPLACE TEMP TABLE score_group AS
                    SELECT e.region_code, g.group_no, g.group_name, sum(e.points) AS points, sum(e.max_points) AS max_points,
                           g.stated_points,
                           CASE WHEN r.group_rate_denominator = 'stated' THEN g.stated_points ELSE sum(e.max_points) END AS denominator,
                           r.pass_group_rate_min_pct
                    FROM score_eval e
                    JOIN ref.rubric_group g ON g.rubric_id = e.rubric_id AND g.group_name = e.group_name
                    JOIN ref.rubric r ON r.rubric_id = e.rubric_id
                    GROUP BY e.region_code, g.group_no, g.group_name, g.stated_points, r.group_rate_denominator, r.pass_group_rate_min_pct
                    """);
        }

        /**
         * Each region's content hash, totals and verdict against its latest snapshot: a new version
         * when the content changed; a provisional latest version is replaced under its own number.
         */
        void compare(String provisionalReason) throws SQLException {
            sql.update("""
                    CREATE OR REPLACE TEMP TABLE score_new AS
                    WITH content AS (
                        SELECT region_code,
                               sha256(string_agg(concat_ws('|', indicator_no, sub_item, points, status, value, numerator, denominator,
                                                           baseline, detail, missing, next_point, inputs, capped), chr(10)
                                                 ORDER BY indicator_no, sub_item) || (SELECT definition_sha256 FROM ref.rubric WHERE rubric_id = ?)) AS h,
                               sum(points) AS total, sum(max_points) AS max_points,
                               count(*) FILTER (WHERE status <> 'scored') AS not_assessable
                        FROM score_eval GROUP BY region_code
                    ),
                    latest AS (
                        SELECT region_code, max(version) AS version, arg_max(content_sha256, version) AS h,
                               arg_max(coalesce(provisional, false), version) AS provisional, arg_max(provisional_reason, version) AS reason,
                               arg_max(snapshot_id, version) AS snapshot_id
                        FROM score.snapshot
                        WHERE rubric_id = ? AND period_kind = ? AND period_year = ? AND period_month = ?
                        GROUP BY region_code
                    ),
                    verdicts AS (
                        SELECT c.region_code,
                               score.pass_verdict(?, c.total, (SELECT list({'points': g.points, 'denominator': g.denominator})
                                                               FROM score_group g WHERE g.region_code = c.region_code)) AS verdict
                        FROM content c
                    )
                    SELECT c.region_code, c.h, c.total, c.max_points, c.not_assessable, v.verdict,
                           -- a provisional latest version is replaced under its own number, never followed
                           CASE WHEN l.provisional THEN l.version ELSE coalesce(l.version, 0) + 1 END AS version,
                           CASE WHEN l.provisional THEN l.h IS DISTINCT FROM c.h OR l.reason IS DISTINCT FROM CAST(? AS VARCHAR)
                                ELSE l.h IS DISTINCT FROM c.h END AS changed,
                           CASE WHEN l.provisional THEN l.snapshot_id END AS replaces
                    FROM content c JOIN verdicts v USING (region_code) LEFT JOIN latest l USING (region_code)
                    """, rubricId, rubricId, periodKind, period.getYear(), period.getMonthValue(), rubricId, provisionalReason);
        }

        /** Stores the changed regions' snapshots with their items, groups, context and growth series. */
        void store(Long jobExecutionId, String provisionalReason) throws SQLException {
            // the provisional snapshots being replaced leave no trace: they were never a version of their own
            for (String t : List.of("score.snapshot_item", "score.snapshot_group", "score.snapshot_context", "score.snapshot_growth", "score.snapshot")) {
                sql.update("DELETE FROM " + t + " WHERE snapshot_id IN (SELECT replaces FROM score_new WHERE changed AND replaces IS NOT NULL)");
            }
            insertSnapshots(jobExecutionId, provisionalReason);
            insertParts("""
                    INSERT INTO score.snapshot_item
                    SELECT ns.snapshot_id, e.indicator_no, e.sub_item, e.group_name, e.subgroup_name, e.indicator_name, e.kind, e.rule,
                           e.max_points, e.points, e.status, e.value, e.numerator, e.denominator, e.baseline, e.detail, e.missing,
                           e.next_point, e.inputs, e.capped
                    FROM score_eval e JOIN %s ns USING (region_code)
                    """);
            insertParts("""
                    INSERT INTO score.snapshot_group (snapshot_id, group_name, points, max_points, stated_points, rate_pct, meets_rate, group_no,
                                                     rate_denominator)
                    SELECT ns.snapshot_id, g.group_name, g.points, g.max_points, g.stated_points,
                           round(g.points * 100 / g.denominator, 2),
                           CASE WHEN g.pass_group_rate_min_pct IS NULL THEN NULL ELSE g.points * 100 >= g.pass_group_rate_min_pct * g.denominator END,
                           rg.group_no, g.denominator
                    FROM score_group g JOIN %s ns USING (region_code)
                    LEFT JOIN ref.rubric_group rg ON rg.rubric_id = ? AND rg.group_name = g.group_name
                    """, rubricId);
            // what an export shows besides the items, as it is now: names, pass rule, the growth chart's series
            insertParts("""
                    INSERT INTO score.snapshot_context
                    SELECT ns.snapshot_id, ru.name, r.name, ru.pass_total_min, ru.pass_group_rate_min_pct, true
                    FROM %s ns JOIN ref.region r ON r.code = ns.region_code JOIN ref.rubric ru ON ru.rubric_id = ?
                    """, rubricId);
            insertParts("""
                    INSERT INTO score.snapshot_growth
                    SELECT ns.snapshot_id, m.name, g.year, g.growth_pct, b.growth_pct, br.name
                    FROM %s ns
                    JOIN ref.rubric ru ON ru.rubric_id = ?
                    JOIN mart.region_context rc ON rc.region_code = ns.region_code
                    JOIN ref.region br ON br.code = CASE WHEN ru.baseline = 'national' THEN '100000' ELSE rc.province_code END
                    JOIN (SELECT DISTINCT metric FROM ref.rubric_item WHERE rubric_id = ? AND rule = 'growth_vs_baseline') x ON true
                    JOIN ref.metric m ON m.metric_id = x.metric
                    JOIN mart.annual_growth g ON g.metric_id = x.metric AND g.region_code = ns.region_code AND g.year <= ?
                         AND g.growth_pct IS NOT NULL
                    LEFT JOIN mart.annual_growth b ON b.metric_id = x.metric AND b.region_code = br.code AND b.year = g.year
                    """, rubricId, rubricId, period.getYear());
        }

        /** The changed regions' snapshot rows, numbered by the sequence. */
        private void insertSnapshots(Long jobExecutionId, String provisionalReason) throws SQLException {
            sql.update("""
                INSERT INTO score.snapshot (snapshot_id, rubric_id, region_code, period_kind, period_year, period_month, version,
                                            content_sha256, total_points, max_points, verdict, items_not_assessable, job_execution_id,
                                            created_at, provisional, provisional_reason)
                SELECT nextval('score.snapshot_id_seq'), ?, region_code, ?, ?, ?, version, h, total, max_points, verdict,
                       not_assessable, ?, current_timestamp, ? IS NOT NULL, CAST(? AS VARCHAR)
                FROM score_new WHERE changed
                """, rubricId, periodKind, period.getYear(), period.getMonthValue(), jobExecutionId, provisionalReason, provisionalReason);
        }

        /** Runs one INSERT of a part of the new snapshots: its %s is NEW_SNAPSHOTS, then {@code more} parameters. */
        private void insertParts(String insert, Object... more) throws SQLException {
            List<Object> params = new ArrayList<>(List.of(rubricId, periodKind, period.getYear(), period.getMonthValue()));
            params.addAll(List.of(more));
            sql.update(insert.formatted(NEW_SNAPSHOTS), params.toArray());
        }

        /** Each region's snapshot after this scoring: the new one, or the latest one kept. */
        List<Result> results() throws SQLException {
            return read(sql, """
                    SELECT s.snapshot_id, s.region_code, s.version, n.changed, %s
                    FROM score_new n JOIN score.snapshot s ON s.region_code = n.region_code
                     AND s.version = CASE WHEN n.changed OR n.replaces IS NOT NULL THEN n.version ELSE n.version - 1 END %s
                    WHERE s.rubric_id = ? AND s.period_kind = ? AND s.period_year = ? AND s.period_month = ?
                    ORDER BY s.region_code
                    """, rubricId, period);
        }
    }

    /**
     * The latest snapshot of each region for the rubric and period, as a result that created
     * nothing (for a run whose scoring inputs did not change: ScoringInputs). Regions without one are absent.
     */
    public static List<Result> latest(Connection conn, String rubricId, Collection<String> regions, YearMonth period) throws SQLException {
        return read(Sql.on(conn), """
                SELECT s.snapshot_id, s.region_code, s.version, false, %s
                FROM score.snapshot s %s
                WHERE s.rubric_id = ? AND s.period_kind = ? AND s.period_year = ? AND s.period_month = ?
                QUALIFY s.version = max(s.version) OVER (PARTITION BY s.region_code)
                ORDER BY s.region_code
                """, rubricId, period).stream().filter(r -> regions.contains(r.regionCode())).toList();
    }

    /**
     * Runs a query of snapshots for the rubric and period whose first %s is completed with the
     * columns of a {@link Result} after the first four (id, region, version, created) and whose
     * second %s with the joins those columns read.
     */
    private static List<Result> read(Sql sql, String query, String rubricId, YearMonth period) throws SQLException {
        String columns = "s.total_points, s.max_points, s.verdict, r.name, ru.name, v.verdict_reason, "
                + "CASE WHEN s.provisional THEN s.provisional_reason END";
        String joins = "JOIN score.snapshot_verdict v ON v.snapshot_id = s.snapshot_id JOIN ref.region r ON r.code = s.region_code "
                + "JOIN ref.rubric ru ON ru.rubric_id = s.rubric_id";
        return sql.list(query.formatted(columns, joins),
                rs -> new Result(rs.getLong(1), rubricId, rs.getString(9), rs.getString(2), rs.getString(8), rs.getInt(3), rs.getBoolean(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(10), rs.getString(11)),
                rubricId, Period.scoredIn(period).kindCode(), period.getYear(), period.getMonthValue());
    }
}
