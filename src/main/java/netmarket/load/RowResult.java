package netmarket.load;

import java.util.List;
import java.util.Map;

/** What became of one input row: skipped (with a kind), rejected (with reasons), or loaded. */
sealed interface RowResult {

    record Skipped(SkipKind kind) implements RowResult {}

    record Rejected(List<Reject> reasons) implements RowResult {}

    record Loaded(List<Map<String, Object>> rows) implements RowResult {}

    /** One reason a row was rejected: which column, the raw text, why. */
    record Reject(String column, String rawValue, String reason) {}
}
