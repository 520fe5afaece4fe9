package netmarket.load;

import java.util.Map;

/**
 * The result of looking at one file: loaded, failed, or skipped because already loaded;
 * {@code rowsInBulk} of its rows were loaded or skipped set-based (BulkRecordLoad), the rest one by one.
 * {@code replaced} is the earlier load of the same bytes this one replaced (superseded), or null:
 * the file was loaded again because its source definition changed or the reload command asked for
 * it ({@code message} says which).
 */
public record LoadOutcome(long loadId, String fileName, String sourceId, String status, long rowsRead, long rowsLoaded,
        long rowsRejected, long rowsSkipped, long valuesLoaded, Map<String, Long> skippedByKind, String message, long rowsInBulk,
        Long replaced) {

    /** Whether the file ended as {@code s}. */
    public boolean is(LoadStatus s) {
        return s.code().equals(status);
    }

    public boolean reconciles() {
        return rowsRead == rowsLoaded + rowsRejected + rowsSkipped;
    }
}
