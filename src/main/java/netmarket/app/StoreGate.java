package netmarket.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netmarket.store.RunLock;
import netmarket.store.Sql;
import netmarket.store.StoreFormat;

/**
 * The way into the store, before the application starts: one run at a time, waiting (up to a
 * configurable time, with a progress line) for another run or an analyst's read-only session to let
 * go, then refusing with exit code 4 and the holder's name; an unreadable store named and never
 * touched; and, before a run that writes, a rolling copy of the store as it was
 * ({@code <store>.prev}, checkpointed by DuckDB first) to go back to if the store is ever damaged.
 */
public final class StoreGate {

    private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

    private StoreGate() {}

    /** The run lock, once the store is free and readable (and copied, for a run that writes); the store and its log made owner-only. */
    public static RunLock enter(Path store, Path log, Duration wait, boolean writes, boolean backup, PrintStream progress) {
        long deadline = System.nanoTime() + wait.toNanos();
        Waiting waiting = new Waiting(wait, progress);
        RunLock lock = acquire(store, deadline, waiting);
        try {
            boolean created = !Files.exists(store);
            if (created) {
                createOwnerOnly(store);
            }
            open(store, writes && backup, deadline, waiting, progress);
            if (writes && backup && !created) {
                copy(store);
            }
            if (!Files.exists(log)) {
                try {
                    Files.createFile(log);
                } catch (IOException e) {
                    // logback creates it; only its mode is lost
                }
            }
            for (String suffix : new String[] {"", ".wal", ".prev"}) {
                ownerOnly(store.resolveSibling(store.getFileName() + suffix));
            }
            ownerOnly(log);
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The run lock, waiting for another run of this program until the deadline. */
    private static RunLock acquire(Path store, long deadline, Waiting waiting) {
        while (true) {
            Optional<RunLock> held = RunLock.tryAcquire(store);
            if (held.isPresent()) {
                return held.get();
            }
            String pid = RunLock.holder(store);
            if (System.nanoTime() >= deadline) {
                throw Failures.busy(store, "另一个运行，进程 " + pid, "another run, PID " + pid, waiting.waited(), null);
            }
            waiting.tick(store, "另一个运行（进程 " + pid + "）", "another run (PID " + pid + ")");
        }
    }

    /**
     * Opens the store once (waiting for another program that holds it until the deadline): checkpointed
     * when a backup is to be copied, converted when an older client wrote it.
     */
    private static void open(Path store, boolean checkpoint, long deadline, Waiting waiting, PrintStream progress) {
        while (Files.exists(store)) {
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath())) {
                if (checkpoint) {
                    Sql.on(conn).execute("CHECKPOINT");
                }
                if (convertIfNewer(conn, store, progress)) {
                    continue; // open the converted file
                }
                return;
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                Matcher holder = HOLDER.matcher(m);
                if (holder.find()) {
                    String zh = holder.group(1) + "，进程 " + holder.group(2);
                    String en = holder.group(1) + ", PID " + holder.group(2);
                    if (System.nanoTime() >= deadline) {
                        throw Failures.busy(store, zh, en, waiting.waited(), e);
                    }
                    waiting.tick(store, "另一个程序（" + zh + "）", "another program (" + en + ")");
                    continue;
                }
                UserError explained = Failures.explain(e);
                throw explained.exitCode() == UserError.BUSY ? explained : Failures.unreadable(store, e);
            }
        }
    }

    /**
     * A store written in a newer format than {@link netmarket.store.StoreFormat} (by an earlier version of
     * the pipeline) is copied whole (tables, views, macros, sequences, comments) into a file of that
     * format, which takes its place; the original is kept as {@code <store>.pre-v1.4}. True when converted.
     */
    private static boolean convertIfNewer(Connection conn, Path store, PrintStream progress) throws SQLException {
        record Database(String version, String name) {}
        Database db = Sql.on(conn).first("SELECT tags['storage_version'], database_name FROM duckdb_databases() "
                + "WHERE NOT internal AND path IS NOT NULL AND database_name = current_database()",
                rs -> new Database(rs.getString(1), rs.getString(2))).orElse(null);
        if (db == null || db.version() == null || db.version().equals(StoreFormat.TAG)) {
            return false;
        }
        String version = db.version();
        String name = db.name();
        Path converted = store.resolveSibling(store.getFileName() + ".convert.tmp");
        Path original = store.resolveSibling(store.getFileName() + ".pre-v1.4");
        progress.println("数据库 " + store + " 为较新的存储格式（" + version + "），转换为 DuckDB 1.4 及以后版本均可读取的格式，原文件保留为 " + original
                + " … / converting the store to the format DuckDB 1.4+ clients read; the original is kept as " + original);
        try {
            Files.deleteIfExists(converted);
            Sql.on(conn).execute("ATTACH '" + converted.toAbsolutePath().toString().replace("'", "''") + "' AS netmarket_converted "
                    + "(STORAGE_VERSION '" + StoreFormat.STORAGE_VERSION + "')",
                    "COPY FROM DATABASE \"" + name.replace("\"", "\"\"") + "\" TO netmarket_converted",
                    "DETACH netmarket_converted");
            conn.close();
            Files.move(store, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path wal = store.resolveSibling(store.getFileName() + ".wal");
            if (Files.exists(wal)) {
                Files.move(wal, original.resolveSibling(original.getFileName() + ".wal"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(converted, store);
            ownerOnly(original);
            return true;
        } catch (IOException e) {
            throw new UserError(UserError.FAILED, "转换数据库存储格式失败（" + e.getMessage() + "），原文件未改动。请检查磁盘空间与权限",
                    "converting the store's format failed; the original is unchanged. Check disk space and permissions", e);
        }
    }

    /** A new store, created empty (DuckDB's own header) and owner-only before anything is written to it. */
    private static void createOwnerOnly(Path store) {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            java.util.Properties format = new java.util.Properties();
            format.setProperty("storage_compatibility_version", netmarket.store.StoreFormat.STORAGE_VERSION);
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), format)) {
                // opening creates the file, in the format older clients read
            }
        } catch (IOException | SQLException e) {
            throw new UserError(UserError.FAILED, "无法创建数据库 " + store + "（" + e.getMessage() + "）。请检查该目录的权限与磁盘空间",
                    "cannot create the store " + store + "; check the folder's permissions and free space", e);
        }
    }

    /** The store, its log, WAL and copy are readable by their owner only: they hold hashed personal data. */
    private static void ownerOnly(Path file) {
        try {
            if (Files.exists(file) && java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change (another user's file): left as it is
        }
    }

    /** {@code <store>.prev}: the store as it was before this run, written whole or not at all. */
    private static void copy(Path store) {
        Path prev = store.resolveSibling(store.getFileName() + ".prev");
        Path tmp = store.resolveSibling(store.getFileName() + ".prev.tmp");
        try {
            Files.copy(store, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, prev, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw new UserError(UserError.FAILED, "无法在运行前保留数据库副本 " + prev + "（" + e.getMessage() + "），本次未做任何操作。"
                    + "请检查磁盘空间与权限（或用 --netmarket.backup=false 跳过副本）",
                    "could not keep the copy of the store " + prev + " before the run; nothing was done. Check disk space and permissions "
                            + "(or skip the copy with --netmarket.backup=false)", e);
        }
    }

    /** Sleeps between attempts and prints when it starts waiting and about once a minute after. */
    private static final class Waiting {
        private final Duration limit;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private long lastPrinted = -1;

        Waiting(Duration limit, PrintStream out) {
            this.limit = limit;
            this.out = out;
        }

        void tick(Path store, String zh, String en) {
            long elapsed = System.nanoTime() - started;
            if (lastPrinted < 0 || elapsed - lastPrinted >= Duration.ofMinutes(1).toNanos()) {
                out.println("数据库 " + store + " 正被" + zh + "使用，等待其释放（已等 " + minutes(elapsed) + "，最多 " + minutes(limit.toNanos())
                        + "）… / the store is in use by " + en + "; waiting (up to " + limit.toSeconds() + " s)");
                lastPrinted = elapsed;
            }
            try {
                Thread.sleep(Math.min(1000, Math.max(50, limit.toMillis() / 10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError(UserError.BUSY, "等待数据库时被中断，本次未做任何操作", "interrupted while waiting for the store; nothing was done");
            }
        }

        Duration waited() {
            return Duration.ofNanos(System.nanoTime() - started);
        }

        private static String minutes(long nanos) {
            long s = Duration.ofNanos(nanos).toSeconds();
            return s < 60 ? s + " 秒" : (s / 60) + " 分钟" + (s % 60 == 0 ? "" : " " + (s % 60) + " 秒");
        }
    }
}
