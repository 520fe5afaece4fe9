package netmarket.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * Row accounting of one file: every row read is loaded, rejected or skipped (by kind), and
 * the three add up to the rows read.
 */
public final class LoadCounts {

    private long read;
    private long loaded;
    private long rejected;
    private long values;
    private long inBulk;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final java.util.List<String> warnings = new java.util.ArrayList<>();

    /** Something the file says about itself that its rows do not bear out (a stated record count). */
    void warn(String warning) {
        warnings.add(warning);
    }

    /** The warnings, joined for the load's message, or null. */
    String warnings() {
        return warnings.isEmpty() ? null : String.join("；", warnings);
    }

    void read() {
        read++;
    }

    void loaded(long valuesInRow) {
        loaded++;
        values += valuesInRow;
    }

    /** Rows counted in bulk: {@code loaded} rows of one value each and {@code blank} skipped blank rows. */
    void bulk(long rows, long loadedRows, long blank) {
        read += rows;
        inBulk += rows;
        loaded += loadedRows;
        values += loadedRows;
        if (blank > 0) {
            skipped.merge(SkipKind.BLANK.code(), blank, Long::sum);
        }
    }

    void rejected() {
        rejected++;
    }

    void skipped(SkipKind kind) {
        skipped.merge(kind.code(), 1L, Long::sum);
    }

    public long rowsRead() {
        return read;
    }

    /** Rows loaded or skipped set-based by the bulk route rather than one by one. */
    public long rowsInBulk() {
        return inBulk;
    }

    public long rowsLoaded() {
        return loaded;
    }

    public long rowsRejected() {
        return rejected;
    }

    public long valuesLoaded() {
        return values;
    }

    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> skippedByKind() {
        return Map.copyOf(skipped);
    }

    public boolean reconciles() {
        return read == loaded + rejected + rowsSkipped();
    }
}
