package netmarket.load;

import java.util.Map;

/** The result of looking at one file: loaded, failed, or skipped because already loaded. */
public record LoadOutcome(long loadId, String fileName, String sourceId, String status, long rowsRead, long rowsLoaded,
        long rowsRejected, long rowsSkipped, long valuesLoaded, Map<String, Long> skippedByKind, String message) {

    public boolean reconciles() {
        return rowsRead == rowsLoaded + rowsRejected + rowsSkipped;
    }
}
