package netmarket.job;

import java.util.ArrayList;
import java.util.List;
import netmarket.load.LoadOutcome;
import netmarket.load.LoadStatus;
import netmarket.publish.SafeText;

/**
 * Whether the period's data is complete enough for a final scorecard: no file of the run failed
 * (now or before, unchanged since) and no feed the period needs is missing. Otherwise the reason a
 * snapshot made now is provisional.
 */
public final class Completeness {

    private Completeness() {}

    /** Null when complete; else "数据未到齐：未能加载 …；尚缺 …". */
    public static String provisionalReason(List<LoadOutcome> outcomes, List<String> missingFeeds) {
        List<String> failed = new ArrayList<>();
        for (LoadOutcome o : outcomes) {
            if (o.is(LoadStatus.FAILED) || o.is(LoadStatus.ALREADY_FAILED)) {
                failed.add(SafeText.visible(o.fileName()));
            }
        }
        if (failed.isEmpty() && missingFeeds.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!failed.isEmpty()) {
            parts.add("未能加载 " + String.join("、", failed));
        }
        if (!missingFeeds.isEmpty()) {
            parts.add("尚缺 " + String.join("、", missingFeeds));
        }
        return "数据未到齐：" + String.join("；", parts);
    }
}
