package netmarket.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import netmarket.extract.InputFileException;
import netmarket.extract.SpreadsheetFile;
import netmarket.normalize.ValueException;
import netmarket.extract.Spreadsheets;
import netmarket.source.SourceDefinition;

/**
 * Loads one input file into the store inside the caller's transaction: every row is loaded,
 * rejected or skipped and counted; a file already loaded (same bytes, same definition) is left
 * alone, one loaded with an earlier version of its definition is loaded again and replaces it; a
 * file that turns out unreadable midway leaves none of its rows behind, only its failed load and reason.
 */
public final class FileLoader {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FileLoader.class.getName());

    private final LoadContext ctx;
    private final LoadRegistry registry;
    private final LoadProgress progress;
    private final boolean bulkRoute;

    public FileLoader(LoadContext ctx, LoadProgress progress) {
        this(ctx, progress, true);
    }

    /** With {@code bulkRoute} false every row is read one by one (what the bulk route is tested against). */
    public FileLoader(LoadContext ctx, LoadProgress progress, boolean bulkRoute) {
        this.ctx = ctx;
        this.registry = new LoadRegistry();
        this.progress = progress;
        this.bulkRoute = bulkRoute;
    }

    /** Files up to this size are recognised as already loaded before the load step opens a transaction for them. */
    private static final long RECOGNISED_AHEAD_BYTES = 16L << 20;

    /**
     * The outcome of a small file whose content was already loaded with the same definition (or
     * failed with it), as {@link #load} would report it without loading; null when it needs loading,
     * is larger than 16 MiB (hashing it twice would cost more than the transaction it saves), or
     * cannot be read (the load says why). Lets the monthly job pass over unchanged files without one
     * transaction each.
     */
    public LoadOutcome alreadyDone(Connection conn, Path file, String name, List<SourceDefinition> candidates) throws SQLException {
        try {
            if (Files.size(file) > RECOGNISED_AHEAD_BYTES) {
                return null;
            }
            SourceDefinition def = ContentRouter.choose(file, name, candidates, ctx);
            LoadRegistry.Earlier previous = registry.previous(conn, sha256(file), def.definitionSha256());
            return previous == null ? null : previous.unchanged();
        } catch (IOException | UncheckedIOException | InputFileException e) {
            return null;
        }
    }

    /**
     * Loads the file; the connection must be in a transaction (auto-commit off). Bytes already
     * loaded with another version of the definition (or marked by the reload command) are loaded
     * again, and the new load replaces the old one in this same transaction; if the new load fails,
     * the old one stays as it was.
     */
    public LoadOutcome load(Connection conn, Path file, String name, SourceDefinition def, Long jobExecutionId) throws SQLException {
        return load(conn, file, name, List.of(def), jobExecutionId);
    }

    /**
     * Loads the file with the one of {@code candidates} (definitions whose file patterns match)
     * whose header the file has. Whatever goes wrong with the file itself (unreadable, gone since
     * the scan, fitting no definition or several, a value its table cannot take) fails this file
     * only: its load is recorded as failed with the reason and nothing of it is kept. Bytes already
     * loaded with another version of the definition (or marked by the reload command) are loaded
     * again, and the new load replaces the old one in this same transaction; if the new load
     * fails, the old one stays as it was.
     */
    public LoadOutcome load(Connection conn, Path file, String name, List<SourceDefinition> candidates, Long jobExecutionId)
            throws SQLException {
        String sha;
        long bytes;
        try {
            sha = sha256(file);
            bytes = Files.size(file);
        } catch (IOException | UncheckedIOException e) {
            return failedBeforeReading(conn, name, candidates, "unreadable", 0, jobExecutionId,
                    "无法读取文件（扫描后被删除、移动或没有读取权限）: " + rootMessage(e));
        }
        SourceDefinition def;
        try {
            def = ContentRouter.choose(file, name, candidates, ctx);
        } catch (InputFileException e) {
            return failedBeforeReading(conn, name, candidates, sha, bytes, jobExecutionId, e.getMessage());
        }
        String defSha = def.definitionSha256();
        LoadRegistry.Earlier previous = registry.previous(conn, sha, defSha);
        if (previous != null && previous.unchanged() != null) {
            return previous.unchanged();
        }
        Long replaces = previous == null ? null : previous.loadId();
        long loadId = registry.begin(conn, def.id(), name, sha, defSha, bytes, jobExecutionId, replaces);
        LoadCounts counts = new LoadCounts();
        String failure;
        try {
            SheetLoader read = readInto(conn, loadId, file, name, def, counts);
            registry.released(conn, loadId, read.released(), read.releasedFrom(), read.coversRegion());
            if (replaces != null) {
                registry.supersede(conn, replaces, loadId);
            }
            String message = java.util.stream.Stream.of(replaces == null ? null : previous.reason(), counts.warnings())
                    .filter(java.util.Objects::nonNull).reduce((a, b) -> a + "；" + b).orElse(null);
            return registry.finish(conn, loadId, name, def.id(), LoadStatus.LOADED, counts, message, replaces);
        } catch (InputFileException e) {
            failure = e.getMessage();
        } catch (UncheckedIOException | NumberFormatException | ArithmeticException | java.time.DateTimeException | ValueException e) {
            // the file's content (or the file itself, read midway) fails this file; the run goes on
            LOG.log(java.util.logging.Level.WARNING, name + " 读取时出错", e);
            failure = "读取时出错: " + rootMessage(e);
        }
        registry.discardRows(conn, loadId, def.target());
        registry.fileRejected(conn, loadId, name, failure);
        if (replaces != null) {
            registry.reloadFailed(conn, replaces);
        }
        String message = replaces == null ? failure : failure + "（重新加载失败，加载批次 " + replaces + " 保留不变）";
        return registry.finish(conn, loadId, name, def.id(), LoadStatus.FAILED, new LoadCounts(), message, null);
    }

    private LoadOutcome failedBeforeReading(Connection conn, String name, List<SourceDefinition> candidates, String sha, long bytes,
            Long jobExecutionId, String reason) throws SQLException {
        String sourceId = String.join("|", candidates.stream().map(SourceDefinition::id).toList());
        String defSha = candidates.size() == 1 ? candidates.get(0).definitionSha256() : "routing";
        long loadId = registry.begin(conn, sourceId, name, sha, defSha, bytes, jobExecutionId, null);
        registry.fileRejected(conn, loadId, name, reason);
        return registry.finish(conn, loadId, name, sourceId, LoadStatus.FAILED, new LoadCounts(), reason, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return m != null ? m : t.getClass().getSimpleName();
    }

    /** Reads the file's sheets into the store; what the file says about itself comes back with the loader. */
    private SheetLoader readInto(Connection conn, long loadId, Path file, String name, SourceDefinition def, LoadCounts counts)
            throws SQLException {
        try (SpreadsheetFile book = Spreadsheets.open(file, def.delimiter());
                TableAppender target = new TableAppender(conn, "fact", def.target());
                TableAppender rejects = new TableAppender(conn, "meta", "reject")) {
            SheetLoader sheets = new SheetLoader(new SheetLoader.Load(conn, file, name, def, loadId, counts, target, rejects), ctx, progress,
                    bulkRoute);
            sheets.readAll(book);
            return sheets;
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
