package netmarket.store;

/**
 * The storage format the store is written in: DuckDB 1.4's, which DuckDB 1.4, 1.5 and 2.0 clients
 * (CLI, Python, JDBC, DBeaver) all read, while the pipeline itself runs DuckDB 2.0. A store once made
 * in a newer format is converted on the next start (see the launcher's store gate).
 */
public final class StoreFormat {

    /** The value of DuckDB's storage_compatibility_version (and ATTACH … STORAGE_VERSION) for the store. */
    public static final String STORAGE_VERSION = "v1.4.0";

    /** How duckdb_databases() tags a file written in that format. */
    public static final String TAG = STORAGE_VERSION + "+";

    private StoreFormat() {}
}
