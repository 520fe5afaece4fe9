package netmarket.score.edges;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One generated case: the rubric item it is aimed at ({@code target}, e.g. "11.2", or "合格规则"), a
 * plain description, the rows its region gets, and the variant of each baseline figure it relies on
 * (cases needing different variants of the same baseline go to different rounds).
 */
record Case(String rubric, String target, String label, YearMonth period, String zone, String province, List<World.Row> rows,
        Map<String, String> baselines) {

    static final String PASS_RULE = "合格规则";
}
