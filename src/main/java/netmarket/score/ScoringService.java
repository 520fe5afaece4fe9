package netmarket.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Scores a period for the given regions (or every applicant), each against its province's rubric. */
public final class ScoringService {

    private ScoringService() {}

    /**
     * @param regions region codes to score; empty means every applicant (see {@link Applicants})
     * @param rubric  a rubric id to use for all of them, or null for each province's own
     */
    public static List<SnapshotWriter.Result> score(Connection conn, YearMonth period, Collection<String> regions, String rubric,
            Long jobExecutionId) throws SQLException {
        return score(conn, period, regions, rubric, jobExecutionId, null);
    }

    /** As above; {@code provisionalReason} non-null makes the snapshots provisional (the period's data is incomplete). */
    public static List<SnapshotWriter.Result> score(Connection conn, YearMonth period, Collection<String> regions, String rubric,
            Long jobExecutionId, String provisionalReason) throws SQLException {
        List<SnapshotWriter.Result> results = new ArrayList<>();
        Map<String, List<String>> byRubric = Applicants.byRubric(conn, regions, !regions.isEmpty());
        if (rubric != null) {
            List<String> all = byRubric.values().stream().flatMap(List::stream).toList();
            byRubric = all.isEmpty() ? Map.of() : Map.of(rubric, all);
        }
        for (Map.Entry<String, List<String>> e : byRubric.entrySet()) {
            results.addAll(SnapshotWriter.score(conn, e.getKey(), e.getValue(), period, jobExecutionId, provisionalReason));
        }
        return results;
    }
}
