package netmarket.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import netmarket.extract.CsvFile;
import netmarket.extract.InputFileException;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;
import netmarket.extract.SpreadsheetFile;
import netmarket.source.SourceDefinition;

/**
 * Reads the sheets of one file being loaded: each sheet's header found, its rows before the data
 * counted as skipped, its data rows to the bulk route or the row interpreter, every row counted;
 * and what the file says about itself (its release or export date, the region it covers as a
 * whole) for the load's record. One per file load.
 */
final class SheetLoader {

    private static final int MAX_RAW = 200;

    /** The load the sheets go into: its connection, file, definition, id, counts and appenders. */
    record Load(Connection conn, Path file, String name, SourceDefinition def, long loadId, LoadCounts counts, TableAppender target,
            TableAppender rejects) {}

    private final Load load;
    private final LoadContext ctx;
    private final LoadProgress progress;
    private final boolean bulkRoute;
    private SpreadsheetFile book;
    /** The release or export date the file states, and where ("title", "filename"); null when none. */
    private LocalDate released;
    private String releasedFrom;
    /** The region the file covers as a whole, as its first sheet or its definition says; null when none. */
    private String coversRegion;
    /** Sheets that were not tables of the feed (with {@code sheet: "*"}). */
    private int sheetsSkipped;
    /** A record count stated in a footer of the sheet being read ("共计4443条"), or -1. */
    private long statedInFooter = -1;

    SheetLoader(Load load, LoadContext ctx, LoadProgress progress, boolean bulkRoute) {
        this.load = load;
        this.ctx = ctx;
        this.progress = progress;
        this.bulkRoute = bulkRoute;
    }

    LocalDate released() {
        return released;
    }

    String releasedFrom() {
        return releasedFrom;
    }

    String coversRegion() {
        return coversRegion;
    }

    /** Reads every sheet the definition names; a file none of whose sheets is a table of the feed fails. */
    void readAll(SpreadsheetFile book) throws SQLException {
        this.book = book;
        List<String> sheets = sheetsToRead(book, load.def());
        for (String sheet : sheets) {
            try (SheetCursor cursor = book.openSheet(sheet)) {
                readSheet(cursor);
            }
        }
        if (sheetsSkipped == sheets.size()) {
            throw new InputFileException("没有一个工作表有此数据源的表头: " + load.counts().warnings());
        }
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

    private void readSheet(SheetCursor cursor) throws SQLException {
        SourceDefinition def = load.def();
        LoadCounts counts = load.counts();
        String sheet = cursor.sheetName().isEmpty() ? null : cursor.sheetName();
        HeaderSearch.Ahead read = HeaderSearch.readAhead(cursor, def);
        List<SheetRow> ahead = read.rows();
        boolean clipped = read.clipped();
        if (read.allBlank()) {
            ahead.forEach(r -> {
                counts.read();
                counts.skipped(SkipKind.BLANK);
            });
            return; // an empty sheet: nothing to load, nothing lost
        }
        HeaderSearch.Found found;
        try {
            found = HeaderSearch.find(def, ahead, cursor.merges(), cursor.sheetName(), load.name(), ctx);
        } catch (InputFileException e) {
            if (!def.sheets().contains("*") || book.sheetNames().size() <= 1) {
                throw e;
            }
            skipOtherSheet(cursor, ahead.size(), e);
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
        SheetCursor data = dataAfter(lastHeader, cursor, clipped ? null : ahead.subList(found.dataIndex(), ahead.size()));
        long dataBefore = counts.rowsLoaded() + counts.rowsRejected();
        statedInFooter = -1;
        try (SheetCursor rows = data) {
            readData(rows, found, lastHeader, sheet);
        }
        checkStatedCount(found.title(), statedInFooter, counts.rowsLoaded() + counts.rowsRejected() - dataBefore, sheet, counts);
    }

    /**
     * With {@code sheet: "*"}, a sheet that is not a table of the feed (a 说明 or 目录 sheet): its
     * rows counted as skipped, and the load's warnings say why.
     */
    private void skipOtherSheet(SheetCursor cursor, long readAhead, InputFileException why) {
        long rows = readAhead;
        while (cursor.next() != null) {
            rows++;
        }
        for (long i = 0; i < rows; i++) {
            load.counts().read();
            load.counts().skipped(SkipKind.OTHER_SHEET);
        }
        load.counts().warn("工作表「" + cursor.sheetName() + "」不是此数据源的表格，未读取（" + rows + " 行记为跳过）: " + why.getMessage());
        sheetsSkipped++;
    }

    /**
     * The sheet's rows after its header: the rows read ahead for the search, then the rest; or,
     * when those rows were kept clipped ({@code aheadData} null), the sheet read again from the top.
     */
    private SheetCursor dataAfter(SheetRow lastHeader, SheetCursor cursor, List<SheetRow> aheadData) {
        if (aheadData != null) {
            return new ReplayCursor(aheadData, cursor);
        }
        cursor.close();
        SheetCursor data = book.openSheet(cursor.sheetName());
        SheetRow row;
        while ((row = data.next()) != null && row.rowNumber() < lastHeader.rowNumber()) {
            // already counted above
        }
        return data;
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

    /** The data rows: a record feed's plain records in bulk, the rest (or every row) one by one. */
    private void readData(SheetCursor cursor, HeaderSearch.Found found, SheetRow lastHeader, String sheet) throws SQLException {
        SheetLayout layout = found.layout();
        RowInterpreter interpreter = new RowInterpreter(load.def(), layout, ctx);
        SheetCursor leftover = null;
        if (bulkRoute && BulkRecordLoad.eligible(load.def(), layout)) {
            BulkRecordLoad bulk = new BulkRecordLoad(load.conn(), load.def(), layout, ctx);
            if (book instanceof CsvFile csv) {
                leftover = bulk.loadCsv(load.file(), csv.encoding(), lastHeader.rowNumber(), load.loadId(), load.name(), load.counts(), progress);
            } else {
                leftover = bulk.loadRows(cursor, r -> readRow(r, interpreter, sheet), load.loadId(), load.name(), sheet, load.counts(), progress);
            }
        }
        try (SheetCursor rest = leftover) {
            readRows(rest != null ? rest : cursor, interpreter, sheet);
        }
    }

    private void readRows(SheetCursor cursor, RowInterpreter interpreter, String sheet) throws SQLException {
        SheetRow row;
        long sinceProgress = 0;
        while ((row = cursor.next()) != null) {
            readRow(row, interpreter, sheet);
            if (++sinceProgress == LoadProgress.EVERY) {
                progress.rowsRead(load.name(), load.counts().rowsRead(), cursor.fraction());
                sinceProgress = 0;
            }
        }
        progress.rowsRead(load.name(), load.counts().rowsRead(), 1.0);
    }

    /** One row, one by one: interpreted, then stored, rejected with its reasons, or skipped, and counted. */
    private void readRow(SheetRow row, RowInterpreter interpreter, String sheet) throws SQLException {
        LoadCounts counts = load.counts();
        counts.read();
        RowResult result = storable(interpreter.interpret(row), load.target());
        if (result instanceof RowResult.Skipped s) {
            counts.skipped(s.kind());
            if (s.kind() == SkipKind.NOTE) {
                netmarket.normalize.StatedCount.find(row.firstText()).ifPresent(n -> statedInFooter = n);
            }
        } else if (result instanceof RowResult.Rejected r) {
            counts.rejected();
            for (RowResult.Reject reason : r.reasons()) {
                Map<String, Object> m = new HashMap<>();
                m.put("load_id", load.loadId());
                m.put("file_name", load.name());
                m.put("sheet_name", sheet);
                m.put("row_number", row.rowNumber());
                m.put("column_name", reason.column());
                m.put("raw_value", clip(reason.rawValue()));
                m.put("reason", reason.reason());
                load.rejects().append(m);
            }
        } else if (result instanceof RowResult.Loaded l) {
            for (Map<String, Object> m : l.rows()) {
                m.put("load_id", load.loadId());
                m.put("file_name", load.name());
                m.put("sheet_name", sheet);
                m.put("row_number", row.rowNumber());
                load.target().append(m);
            }
            counts.loaded(l.rows().size());
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
}
