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
import netmarket.extract.CellValue;
import netmarket.extract.CsvFile;
import netmarket.extract.HeaderLabels;
import netmarket.extract.InputFileException;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;
import netmarket.extract.SpreadsheetFile;
import netmarket.extract.Spreadsheets;
import netmarket.source.ColumnMatch;
import netmarket.source.SourceDefinition;

/**
 * Loads one input file into the store inside the caller's transaction: every row is loaded,
 * rejected or skipped and counted; a file already loaded (same bytes, same definition) is left
 * alone, one loaded with an earlier version of its definition is loaded again and replaces it; a
 * file that turns out unreadable midway leaves none of its rows behind, only its failed load and reason.
 */
public final class FileLoader {

    private static final int HEADER_SEARCH_ROWS = 50;
    private static final int MAX_RAW = 200;
    /** The title rows' text kept to find the period, unit and date in: rows above the header are not kept. */
    private static final int MAX_TITLE = 10_000;

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

    /**
     * Loads the file; the connection must be in a transaction (auto-commit off). Bytes already
     * loaded with another version of the definition (or marked by the reload command) are loaded
     * again, and the new load replaces the old one in this same transaction; if the new load fails,
     * the old one stays as it was.
     */
    public LoadOutcome load(Connection conn, Path file, String name, SourceDefinition def, Long jobExecutionId) throws SQLException {
        String sha = sha256(file);
        String defSha = sha256(def.definitionFile());
        LoadRegistry.Earlier previous = registry.previous(conn, sha, defSha);
        if (previous != null && previous.unchanged() != null) {
            return previous.unchanged();
        }
        Long replaces = previous == null ? null : previous.loadId();
        long loadId = registry.begin(conn, def.id(), name, sha, defSha, fileSize(file), jobExecutionId, replaces);
        LoadCounts counts = new LoadCounts();
        try {
            readInto(conn, loadId, file, name, def, counts);
        } catch (InputFileException e) {
            registry.discardRows(conn, loadId, def.target());
            registry.fileRejected(conn, loadId, name, e.getMessage());
            if (replaces != null) {
                registry.reloadFailed(conn, replaces);
            }
            String message = replaces == null ? e.getMessage()
                    : e.getMessage() + "（重新加载失败，加载批次 " + replaces + " 保留不变）";
            return registry.finish(conn, loadId, name, def.id(), "failed", new LoadCounts(), message, null);
        }
        if (replaces != null) {
            registry.supersede(conn, replaces, loadId);
        }
        return registry.finish(conn, loadId, name, def.id(), "loaded", counts, replaces == null ? null : previous.reason(), replaces);
    }

    private void readInto(Connection conn, long loadId, Path file, String name, SourceDefinition def, LoadCounts counts)
            throws SQLException {
        try (SpreadsheetFile book = Spreadsheets.open(file, def.delimiter());
                TableAppender target = new TableAppender(conn, "fact", def.target());
                TableAppender rejects = new TableAppender(conn, "meta", "reject")) {
            for (String sheet : sheetsToRead(book, def)) {
                try (SheetCursor cursor = book.openSheet(sheet)) {
                    readSheet(new Sheet(conn, file, book, cursor), loadId, name, def, counts, target, rejects);
                }
            }
        }
    }

    private static List<String> sheetsToRead(SpreadsheetFile book, SourceDefinition def) {
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
        String where = name + (sheet == null ? "" : "「" + sheet + "」");
        int before = 0;
        StringBuilder title = new StringBuilder(cursor.sheetName()).append(' ');
        SheetRow headerStart = null;
        SheetRow row;
        while ((row = cursor.next()) != null) {
            counts.read();
            if (isHeaderStart(row, def)) {
                headerStart = row;
                break;
            }
            before++;
            appendTitle(title, row);
            counts.skipped(row.isBlank() ? "blank" : "title");
            if (before >= HEADER_SEARCH_ROWS) {
                break;
            }
        }
        if (headerStart == null) {
            if (before == 0) {
                return; // an empty sheet: nothing to load, nothing lost
            }
            throw new InputFileException(where + " 前 " + before + " 行内找不到表头（"
                    + (def.header().find().isEmpty() ? "第 " + def.header().row() + " 行" : "含“" + def.header().find() + "”的行") + "）");
        }
        counts.skipped("header");
        List<SheetRow> headerRows = new ArrayList<>(List.of(headerStart));
        while (headerRows.size() < def.header().rows() && (row = cursor.next()) != null) {
            counts.read();
            counts.skipped("header");
            headerRows.add(row);
        }
        List<String> labels = HeaderLabels.build(headerRows, cursor.merges());
        SheetLayout layout;
        try {
            layout = SheetLayout.resolve(def, labels, title.toString(), name, ctx);
        } catch (InputFileException e) {
            throw new InputFileException(where + ": " + e.getMessage(), e);
        }
        RowInterpreter interpreter = new RowInterpreter(def, layout, ctx);
        SheetCursor leftover = null;
        if (bulkRoute && BulkRecordLoad.eligible(def, layout)) {
            BulkRecordLoad bulk = new BulkRecordLoad(in.conn(), def, layout, ctx);
            if (in.book() instanceof CsvFile csv) {
                long headerRecords = headerRows.get(headerRows.size() - 1).rowNumber();
                leftover = bulk.loadCsv(in.file(), csv.encoding(), headerRecords, loadId, name, counts, progress);
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

    /** Adds the text of a row above the header to the sheet's title, up to {@link #MAX_TITLE} characters. */
    private static void appendTitle(StringBuilder title, SheetRow row) {
        for (CellValue c : row.cells()) {
            int room = MAX_TITLE - title.length();
            if (room <= 0) {
                return;
            }
            title.append(c.text(), 0, Math.min(c.text().length(), room)).append(' ');
        }
    }

    private static boolean isHeaderStart(SheetRow row, SourceDefinition def) {
        if (def.header().row() != null) {
            return row.rowNumber() >= def.header().row();
        }
        ColumnMatch find = ColumnMatch.of(def.header().find());
        return row.cells().stream().anyMatch(c -> !c.isBlank() && find.matches(c.text()));
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

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
