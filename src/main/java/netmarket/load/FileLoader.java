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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import netmarket.extract.CsvFile;
import netmarket.extract.InputFileException;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;
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

    private static final int MAX_RAW = 200;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FileLoader.class.getName());

    private final LoadContext ctx;
    private final LoadRegistry registry;
    private final LoadProgress progress;
    private final boolean bulkRoute;
    /** The release or export date the file being read states, and where ("title", "filename"); null when none. */
    private java.time.LocalDate released;
    private String releasedFrom;
    /** The region the file being read covers as a whole, as its first sheet or its definition says; null when none. */
    private String coversRegion;
    /** Sheets of the file being read that were not tables of the feed (with {@code sheet: "*"}). */
    private int sheetsSkipped;
    /** A record count stated in a footer of the sheet being read ("共计4443条"), or -1. */
    private long statedInFooter = -1;

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
            released = null;
            releasedFrom = null;
            coversRegion = null;
            readInto(conn, loadId, file, name, def, counts);
            registry.released(conn, loadId, released, releasedFrom, coversRegion);
            if (replaces != null) {
                registry.supersede(conn, replaces, loadId);
            }
            String message = java.util.stream.Stream.of(replaces == null ? null : previous.reason(), counts.warnings())
                    .filter(java.util.Objects::nonNull).reduce((a, b) -> a + "；" + b).orElse(null);
            return registry.finish(conn, loadId, name, def.id(), "loaded", counts, message, replaces);
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
        return registry.finish(conn, loadId, name, def.id(), "failed", new LoadCounts(), message, null);
    }

    private LoadOutcome failedBeforeReading(Connection conn, String name, List<SourceDefinition> candidates, String sha, long bytes,
            Long jobExecutionId, String reason) throws SQLException {
        String sourceId = String.join("|", candidates.stream().map(SourceDefinition::id).toList());
        String defSha = candidates.size() == 1 ? candidates.get(0).definitionSha256() : "routing";
        long loadId = registry.begin(conn, sourceId, name, sha, defSha, bytes, jobExecutionId, null);
        registry.fileRejected(conn, loadId, name, reason);
        return registry.finish(conn, loadId, name, sourceId, "failed", new LoadCounts(), reason, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return m != null ? m : t.getClass().getSimpleName();
    }

    private void readInto(Connection conn, long loadId, Path file, String name, SourceDefinition def, LoadCounts counts)
            throws SQLException {
        try (SpreadsheetFile book = Spreadsheets.open(file, def.delimiter());
                TableAppender target = new TableAppender(conn, "fact", def.target());
                TableAppender rejects = new TableAppender(conn, "meta", "reject")) {
            List<String> sheets = sheetsToRead(book, def);
            sheetsSkipped = 0;
            for (String sheet : sheets) {
                try (SheetCursor cursor = book.openSheet(sheet)) {
                    readSheet(new Sheet(conn, file, book, cursor), loadId, name, def, counts, target, rejects);
                }
            }
            if (sheetsSkipped == sheets.size()) {
                throw new InputFileException("没有一个工作表有此数据源的表头: " + counts.warnings());
            }
        }
    }

    private static boolean hasOtherSheets(SpreadsheetFile book, String sheet) {
        return book.sheetNames().size() > 1;
    }

    static List<String> sheetsToRead(SpreadsheetFile book, SourceDefinition def) {
        List<String> names = book.sheetNames();
        if (names.isEmpty()) {
            throw new InputFileException("文件中没有工作表");
        }
        if (def.sheets().isEmpty()) {
            return List.of(names.get(0));
        }
        if (def.sheets().contains("*")) {
            return names;
        }
        List<String> chosen = new ArrayList<>();
        for (String wanted : def.sheets()) {
            if (names.contains(wanted)) {
                chosen.add(wanted);
            } else if (wanted.matches("\\d+") && Integer.parseInt(wanted) < names.size()) {
                chosen.add(names.get(Integer.parseInt(wanted)));
            }
        }
        if (chosen.isEmpty()) {
            throw new InputFileException("找不到工作表 " + def.sheets() + "，文件中的工作表为 " + names);
        }
        return chosen;
    }

    /** The sheet being read, with what the bulk route needs to read the rest of it instead. */
    private record Sheet(Connection conn, Path file, SpreadsheetFile book, SheetCursor cursor) {}

    private void readSheet(Sheet in, long loadId, String name, SourceDefinition def, LoadCounts counts,
            TableAppender target, TableAppender rejects) throws SQLException {
        SheetCursor cursor = in.cursor();
        String sheet = cursor.sheetName().isEmpty() ? null : cursor.sheetName();
        HeaderSearch.Ahead read = HeaderSearch.readAhead(cursor, def);
        List<SheetRow> ahead = read.rows();
        boolean clipped = read.clipped();
        SheetRow row;
        if (read.allBlank()) {
            ahead.forEach(r -> {
                counts.read();
                counts.skipped("blank");
            });
            return; // an empty sheet: nothing to load, nothing lost
        }
        HeaderSearch.Found found;
        try {
            found = HeaderSearch.find(def, ahead, cursor.merges(), cursor.sheetName(), name, ctx);
        } catch (InputFileException e) {
            if (!def.sheets().contains("*") || !hasOtherSheets(in.book(), cursor.sheetName())) {
                throw e;
            }
            // every sheet is read, and this one (a 说明 or 目录 sheet) is not a table of the feed: count its rows, say so
            long rows = ahead.size();
            while (cursor.next() != null) {
                rows++;
            }
            for (long i = 0; i < rows; i++) {
                counts.read();
                counts.skipped("other_sheet");
            }
            counts.warn("工作表「" + cursor.sheetName() + "」不是此数据源的表格，未读取（" + rows + " 行记为跳过）: " + e.getMessage());
            sheetsSkipped++;
            return;
        }
        for (int i = 0; i < found.dataIndex(); i++) {
            counts.read();
            counts.skipped(found.skipKind(i, ahead));
        }
        if (coversRegion == null && found.layout().coversRegion != null && found.layout().coversRegion.code().length() > 1) {
            coversRegion = found.layout().coversRegion.code();
        }
        if (released == null && found.layout().releasedOn != null) {
            released = found.layout().releasedOn; // the file's release or export date, as its first sheet or its definition states it
            releasedFrom = found.layout().releasedFrom;
        }
        SheetRow lastHeader = ahead.get(found.dataIndex() - 1);
        SheetCursor data;
        if (clipped) {
            // a row kept clipped for the search may be data: read the sheet again from the top
            cursor.close();
            data = in.book().openSheet(cursor.sheetName());
            while ((row = data.next()) != null && row.rowNumber() < lastHeader.rowNumber()) {
                // already counted above
            }
        } else {
            data = new ReplayCursor(ahead.subList(found.dataIndex(), ahead.size()), cursor);
        }
        long dataBefore = counts.rowsLoaded() + counts.rowsRejected();
        statedInFooter = -1;
        try (SheetCursor rows = data) {
            readData(in, rows, found, lastHeader, loadId, name, sheet, def, counts, target, rejects);
        }
        checkStatedCount(found.title(), statedInFooter, counts.rowsLoaded() + counts.rowsRejected() - dataBefore, sheet, counts);
    }

    /** An export that states its record count ("共 4,443 条") above its header or in a footer must have that many data rows. */
    private static void checkStatedCount(String title, long footer, long dataRows, String sheet, LoadCounts counts) {
        long above = netmarket.normalize.StatedCount.find(title).orElse(-1L);
        for (long stated : new long[] {above, footer}) {
            if (stated >= 0 && stated != dataRows) {
                counts.warn((sheet == null ? "" : "工作表「" + sheet + "」") + (stated == above ? "表头上方" : "表尾") + "注明共 " + stated
                        + " 条记录，实际读到 " + dataRows + " 条数据行（已加载或拒绝），请核对导出是否完整 / the export states "
                        + stated + " records, " + dataRows + " data rows were read");
            }
        }
    }

    private void readData(Sheet in, SheetCursor cursor, HeaderSearch.Found found, SheetRow lastHeader, long loadId, String name,
            String sheet, SourceDefinition def, LoadCounts counts, TableAppender target, TableAppender rejects) throws SQLException {
        SheetLayout layout = found.layout();
        RowInterpreter interpreter = new RowInterpreter(def, layout, ctx);
        SheetCursor leftover = null;
        if (bulkRoute && BulkRecordLoad.eligible(def, layout)) {
            BulkRecordLoad bulk = new BulkRecordLoad(in.conn(), def, layout, ctx);
            if (in.book() instanceof CsvFile csv) {
                leftover = bulk.loadCsv(in.file(), csv.encoding(), lastHeader.rowNumber(), loadId, name, counts, progress);
            } else {
                leftover = bulk.loadRows(cursor, r -> readRow(r, interpreter, loadId, name, sheet, counts, target, rejects),
                        loadId, name, sheet, counts, progress);
            }
        }
        try (SheetCursor rest = leftover) {
            readRows(rest != null ? rest : cursor, interpreter, loadId, name, sheet, counts, target, rejects);
        }
    }

    private void readRows(SheetCursor cursor, RowInterpreter interpreter, long loadId, String name, String sheet, LoadCounts counts,
            TableAppender target, TableAppender rejects) throws SQLException {
        SheetRow row;
        long sinceProgress = 0;
        while ((row = cursor.next()) != null) {
            readRow(row, interpreter, loadId, name, sheet, counts, target, rejects);
            if (++sinceProgress == LoadProgress.EVERY) {
                progress.rowsRead(name, counts.rowsRead(), cursor.fraction());
                sinceProgress = 0;
            }
        }
        progress.rowsRead(name, counts.rowsRead(), 1.0);
    }

    /** One row, one by one: interpreted, then stored, rejected with its reasons, or skipped, and counted. */
    private void readRow(SheetRow row, RowInterpreter interpreter, long loadId, String name, String sheet, LoadCounts counts,
            TableAppender target, TableAppender rejects) throws SQLException {
        {
            counts.read();
            RowResult result = storable(interpreter.interpret(row), target);
            if (result instanceof RowResult.Skipped s) {
                counts.skipped(s.kind());
                if (s.kind().equals("note")) {
                    netmarket.normalize.StatedCount.find(row.firstText()).ifPresent(n -> statedInFooter = n);
                }
            } else if (result instanceof RowResult.Rejected r) {
                counts.rejected();
                for (RowResult.Reject reason : r.reasons()) {
                    Map<String, Object> m = new HashMap<>();
                    m.put("load_id", loadId);
                    m.put("file_name", name);
                    m.put("sheet_name", sheet);
                    m.put("row_number", row.rowNumber());
                    m.put("column_name", reason.column());
                    m.put("raw_value", clip(reason.rawValue()));
                    m.put("reason", reason.reason());
                    rejects.append(m);
                }
            } else if (result instanceof RowResult.Loaded l) {
                for (Map<String, Object> m : l.rows()) {
                    m.put("load_id", loadId);
                    m.put("file_name", name);
                    m.put("sheet_name", sheet);
                    m.put("row_number", row.rowNumber());
                    target.append(m);
                }
                counts.loaded(l.rows().size());
            }
        }
    }

    /** A row whose values its table cannot hold exactly (too many digits or decimals) is rejected, not the file. */
    private static RowResult storable(RowResult result, TableAppender target) {
        if (result instanceof RowResult.Loaded l) {
            for (Map<String, Object> m : l.rows()) {
                TableAppender.Unfit unfit = target.unfit(m);
                if (unfit != null) {
                    boolean metricValue = m.containsKey("column_name"); // names the sheet's column and keeps the text as written
                    String column = metricValue ? (String) m.get("column_name") : unfit.column();
                    String raw = metricValue ? (String) m.get("source_value") : unfit.value();
                    return new RowResult.Rejected(List.of(new RowResult.Reject(column, raw, unfit.reason())));
                }
            }
        }
        return result;
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_RAW ? s : s.substring(0, MAX_RAW) + "…（共" + s.length() + "字符）";
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
