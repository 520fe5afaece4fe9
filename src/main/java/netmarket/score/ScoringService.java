package netmarket.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a period is scored, by the monthly job and by the score command alike: the regions
 * asked for (or every applicant), each against its province's rubric (or one for all), into
 * snapshots; with {@code keepUnchanged}, a rubric whose inputs are as when it was last scored
 * (ScoringInputs) keeps its snapshots without evaluating again.
 */
public final class ScoringService {

    private static final Logger log = LoggerFactory.getLogger(ScoringService.class);

    /**
     * What to score.
     *
     * @param regions           region codes; with {@code onlyThese} just them, else every applicant (see {@link Applicants}) and them
     * @param rubric            a rubric id for all of them, or null for each province's own
     * @param jobExecutionId    the run that scores (null: a command outside the job)
     * @param provisionalReason non-null makes the snapshots provisional (the period's data is incomplete)
     * @param keepUnchanged     keep a rubric's snapshots when its scoring inputs have not changed since it was last scored
     */
    public record Request(YearMonth period, Collection<String> regions, boolean onlyThese, String rubric, Long jobExecutionId,
            String provisionalReason, boolean keepUnchanged) {}

    private ScoringService() {}

    public static List<SnapshotWriter.Result> score(Connection conn, Request request) throws SQLException {
        List<SnapshotWriter.Result> results = new ArrayList<>();
        Map<String, List<String>> byRubric = Applicants.byRubric(conn, request.regions(), request.onlyThese());
        if (request.rubric() != null) {
            List<String> all = byRubric.values().stream().flatMap(List::stream).toList();
            byRubric = all.isEmpty() ? Map.of() : Map.of(request.rubric(), all);
        }
        for (Map.Entry<String, List<String>> e : byRubric.entrySet()) {
            results.addAll(scoreRubric(conn, request, e.getKey(), e.getValue()));
        }
        return results;
    }

    private static List<SnapshotWriter.Result> scoreRubric(Connection conn, Request request, String rubric, List<String> regions)
            throws SQLException {
        YearMonth period = request.period();
        String provisional = request.provisionalReason();
        if (request.keepUnchanged()) {
            String inputs = ScoringInputs.fingerprint(conn, rubric, regions, period, provisional);
            List<SnapshotWriter.Result> kept = ScoringInputs.recorded(conn, rubric, period).filter(inputs::equals).isPresent()
                    ? SnapshotWriter.latest(conn, rubric, regions, period) : List.of();
            if (kept.size() == regions.size()) {
                log.info("评分：{} 个地区，指标体系 {}，统计期 {}：输入与上次评分相同，沿用已有快照", kept.size(), rubric, period);
                return kept;
            }
        }
        log.info("评分：{} 个地区，指标体系 {}，统计期 {}", regions.size(), rubric, period);
        List<SnapshotWriter.Result> scored = SnapshotWriter.score(conn, rubric, regions, period, request.jobExecutionId(), provisional);
        if (request.keepUnchanged()) {
            ScoringInputs.record(conn, rubric, period, ScoringInputs.fingerprint(conn, rubric, regions, period, provisional));
        }
        return scored;
    }
}
