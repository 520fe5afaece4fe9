package netmarket.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import netmarket.store.Sql;

/** Keeps meta.load: one row per file looked at, its content hash, status and reconciled counts. */
final class LoadRegistry {

    /**
     * What is known of these bytes: null when they were never loaded, nor failed with this
     * definition; else the load that decides (see {@link Earlier}). A loaded one is loaded again
     * when its definition changed since, or when the reload command asked for it (once: a reload that
     * fails is not tried again until asked again or the definition changes); a failed one is retried
     * only when the definition changed since.
     */
    Earlier previous(Connection conn, String sha, String definitionSha) throws SQLException {
        return Sql.on(conn).first(
                "SELECT load_id, file_name, source_id, status, message, definition_sha256 = ?, coalesce(reload_requested, false) "
                        + "FROM meta.load WHERE content_sha256 = ? AND (status = 'loaded' OR (status = 'failed' AND definition_sha256 = ?)) "
                        + "ORDER BY (status = 'loaded' AND coalesce(reload_requested, false)) DESC, load_id DESC LIMIT 1",
                LoadRegistry::earlier, definitionSha, sha, definitionSha).orElse(null);
    }

    private static Earlier earlier(ResultSet rs) throws SQLException {
        long loadId = rs.getLong(1);
        boolean loaded = rs.getString(4).equals(LoadStatus.LOADED.code());
        if (loaded && !rs.getBoolean(6)) {
            return new Earlier(loadId, null, "数据源定义已修改，重新加载（替换加载批次 " + loadId + "）");
        }
        if (loaded && rs.getBoolean(7)) {
            return new Earlier(loadId, null, "按 reload 命令重新加载（替换加载批次 " + loadId + "）");
        }
        String status = (loaded ? LoadStatus.ALREADY_LOADED : LoadStatus.ALREADY_FAILED).code();
        String message = loaded
                ? "内容与已加载的文件 " + rs.getString(2) + "（加载批次 " + loadId + "）相同，未重复加载"
                : "此前加载失败且数据源定义未修改: " + rs.getString(5);
        return new Earlier(loadId, new LoadOutcome(loadId, rs.getString(2), rs.getString(3), status, 0, 0, 0, 0, 0, Map.of(),
                message, 0, null), null);
    }

    /**
     * Asks the next run to load these bytes again (the reload command): marks their current load.
     * Returns the hashes that had one.
     */
    List<String> requestReload(Connection conn, Collection<String> shas) throws SQLException {
        if (shas.isEmpty()) {
            return new ArrayList<>();
        }
        return Sql.on(conn).list("UPDATE meta.load SET reload_requested = true "
                + "WHERE status = 'loaded' AND list_contains(string_split(?, ','), content_sha256) RETURNING content_sha256",
                rs -> rs.getString(1), String.join(",", shas)); // hexadecimal digests: no comma in them
    }

    /** A reload asked for by the command failed: the old load stays, and is not reloaded again unless asked again. */
    void reloadFailed(Connection conn, long oldLoadId) throws SQLException {
        Sql.on(conn).update("UPDATE meta.load SET reload_requested = false WHERE load_id = ?", oldLoadId);
    }

    /**
     * The newest load of the same bytes: either {@code unchanged} (already loaded or already failed with
     * this definition: nothing to do) or, with {@code reason}, a load to replace by a new one.
     */
    record Earlier(long loadId, LoadOutcome unchanged, String reason) {}

    /**
     * Replaces load {@code oldLoadId} by {@code newLoadId}, in the caller's transaction: every row of
     * the old load is deleted from the fact tables, meta.reject and meta.load_skip, and its meta.load
     * row stays as history, status 'superseded', superseded_by the new load.
     */
    void supersede(Connection conn, long oldLoadId, long newLoadId) throws SQLException {
        Sql sql = Sql.on(conn);
        List<String> tables = sql.list("SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE schema_name = 'fact' "
                + "UNION ALL SELECT 'meta.reject' UNION ALL SELECT 'meta.load_skip' ORDER BY 1", rs -> rs.getString(1));
        for (String table : tables) {
            sql.update("DELETE FROM " + table + " WHERE load_id = ?", oldLoadId);
        }
        int marked = sql.update("UPDATE meta.load SET status = 'superseded', superseded_by = ?, reload_requested = false "
                + "WHERE load_id = ? AND status = 'loaded'", newLoadId, oldLoadId);
        if (marked != 1) {
            throw new IllegalStateException("加载批次 " + oldLoadId + " 已不是已加载状态，无法替换 / load " + oldLoadId + " is no longer loaded");
        }
    }

    /**
     * Registers a new load, status 'loading' until {@link #finish}. A load that will replace
     * {@code replaces} takes its place among the vintages (its first_load_id); any other comes after
     * every earlier one.
     */
    long begin(Connection conn, String sourceId, String fileName, String sha, String definitionSha, long bytes,
            Long jobExecutionId, Long replaces) throws SQLException {
        Sql sql = Sql.on(conn);
        long loadId = sql.longValue("SELECT nextval('meta.load_id_seq')");
        sql.update("INSERT INTO meta.load (load_id, source_id, file_name, content_sha256, definition_sha256, file_bytes, status, "
                + "job_execution_id, started_at, first_load_id) VALUES (?, ?, ?, ?, ?, ?, 'loading', ?, ?, "
                + "coalesce((SELECT first_load_id FROM meta.load WHERE load_id = ?), ?))",
                loadId, sourceId, fileName, sha, definitionSha, bytes, jobExecutionId, Timestamp.valueOf(LocalDateTime.now()), replaces, loadId);
        return loadId;
    }

    /** The file's release date as it states it, else the day it was loaded (flagged load_time); the region it covers as a whole. */
    void released(Connection conn, long loadId, java.time.LocalDate on, String from, String coversRegion) throws SQLException {
        Sql.on(conn).update("UPDATE meta.load SET released_on = coalesce(?, CAST(started_at AS DATE)), released_from = ?, covers_region = ? "
                + "WHERE load_id = ?", on, on == null ? "load_time" : from, coversRegion, loadId);
    }

    /** Removes what a file that failed midway had appended, in the same transaction. */
    void discardRows(Connection conn, long loadId, String targetTable) throws SQLException {
        for (String table : new String[] {"fact." + targetTable, "meta.reject", "meta.load_skip"}) {
            Sql.on(conn).update("DELETE FROM " + table + " WHERE load_id = ?", loadId);
        }
    }

    void fileRejected(Connection conn, long loadId, String fileName, String reason) throws SQLException {
        Sql.on(conn).update("INSERT INTO meta.reject (load_id, file_name, reason) VALUES (?, ?, ?)", loadId, fileName, reason);
    }

    LoadOutcome finish(Connection conn, long loadId, String fileName, String sourceId, LoadStatus status, LoadCounts c,
            String message, Long replaced) throws SQLException {
        Sql sql = Sql.on(conn);
        sql.update("UPDATE meta.load SET status = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, rows_skipped = ?, "
                + "values_loaded = ?, message = ?, finished_at = ? WHERE load_id = ?", status.code(), c.rowsRead(), c.rowsLoaded(),
                c.rowsRejected(), c.rowsSkipped(), c.valuesLoaded(), message, Timestamp.valueOf(LocalDateTime.now()), loadId);
        List<Object[]> skips = new ArrayList<>();
        c.skippedByKind().forEach((kind, rows) -> skips.add(new Object[] {loadId, kind, rows}));
        sql.batch("INSERT INTO meta.load_skip (load_id, kind, rows) VALUES (?, ?, ?)", skips);
        return new LoadOutcome(loadId, fileName, sourceId, status.code(), c.rowsRead(), c.rowsLoaded(), c.rowsRejected(),
                c.rowsSkipped(), c.valuesLoaded(), c.skippedByKind(), message, c.rowsInBulk(), replaced);
    }
}
