package netmarket.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import netmarket.extract.CsvRecords;
import netmarket.extract.SheetCursor;
import netmarket.extract.TextEncoding;
import netmarket.source.FieldType;
import netmarket.source.SourceDefinition;
import netmarket.store.Sql;

/**
 * The bulk route for files of one-row-per-record feeds (the register of online operators): the
 * data records are sorted in Java as they are read ({@link PlainRecords}): a plain record's
 * finished values go to a staging CSV that DuckDB inserts in one statement, every other record
 * to a spill the row interpreter reads like any other file. Which route a row takes never
 * changes what is stored (BulkRouteEquivalenceTest).
 */
final class BulkRecordLoad {

    private static final Logger LOG = Logger.getLogger(BulkRecordLoad.class.getName());
    private static final Set<FieldType> TYPES = java.util.EnumSet.of(FieldType.TEXT, FieldType.REGION, FieldType.DATE, FieldType.OPERATOR_ID,
            FieldType.PHONE);

    private final Connection conn;
    private final SourceDefinition def;
    private final SheetLayout layout;
    private final LoadContext ctx;

    BulkRecordLoad(Connection conn, SourceDefinition def, SheetLayout layout, LoadContext ctx) {
        this.conn = conn;
        this.def = def;
        this.layout = layout;
        this.ctx = ctx;
    }

    /**
     * Whether a definition's rows can take this route: a record table (not metric values), every
     * field of a type the SQL rules cover, exactly one region column, and any field read from the
     * title known for the whole sheet.
     */
    static boolean eligible(SourceDefinition def, SheetLayout layout) {
        if (def.isMetricTarget() || def.region() != null || !def.values().isEmpty()) {
            return false;
        }
        int regionFields = 0;
        for (SourceDefinition.Field f : def.fields().values()) {
            if (!TYPES.contains(f.type()) || !f.map().isEmpty() || f.perColumn()) {
                return false;
            }
            if (f.from() != null) {
                if (f.type() != FieldType.DATE || !(layout.sheetFields.get(f.name()) instanceof LocalDate)) {
                    return false;
                }
            } else if (f.header() == null || !layout.fields.containsKey(f.name())) {
                return false;
            }
            if (f.type() == FieldType.REGION) {
                regionFields++;
            }
        }
        return regionFields == 1;
    }

    /**
     * Loads the plain data records of a CSV {@code file} (its first {@code headerRecords} records
     * are the title and header, already read) into the target table and counts them; returns the
     * other records as a cursor for the row interpreter, or null when the file cannot be split as
     * the row reader would read it (then nothing was written and the caller reads it row by row).
     */
    SheetCursor loadCsv(Path file, TextEncoding encoding, long headerRecords, long loadId, String name, LoadCounts counts,
            LoadProgress progress) throws SQLException {
        long before = counts.rowsRead();
        return sortAndInsert(loadId, name, null, counts, progress, (sorted, spill) -> {
            try (SortingThread sorting = new SortingThread(sorted, spill, headerRecords + 1)) {
                CsvRecords.split(file, encoding, def.delimiter(), headerRecords, new CsvRecords.Sink() {
                    private long records;

                    @Override
                    public void record(long index, byte[] bytes, int[] start, int[] end, int count) throws IOException {
                        sorting.record(index, bytes, start, end, count);
                        records++;
                    }

                    @Override
                    public void progress(double fraction) {
                        progress.rowsRead(name, before + records, 0.9 * fraction);
                    }
                });
                sorting.finish();
                return true;
            } catch (CsvRecords.NotStageable e) {
                LOG.info(() -> name + " 逐行读取（不能整批读取：" + e.getMessage() + "）");
                return false;
            }
        });
    }

    /**
     * Loads the rest of a spreadsheet's rows the same way, sorted as they are read (rows their
     * text alone does not describe go to {@code elsewhere} on the way). Never null.
     */
    SheetCursor loadRows(SheetCursor cursor, SheetStager.RowSink elsewhere, long loadId, String name, String sheet, LoadCounts counts,
            LoadProgress progress) throws SQLException {
        return sortAndInsert(loadId, name, sheet, counts, progress, (sorted, spill) -> {
            SheetStager.stage(cursor, sorted, spill, elsewhere,
                    () -> progress.rowsRead(name, counts.rowsRead(), Math.min(0.9, cursor.fraction() * 0.9)));
            return true;
        });
    }

    /** Hands every record of a file to the sorting; false when the file must be read row by row instead. */
    private interface Reading {
        boolean into(PlainRecords sorted, RowSpill spill) throws IOException, SQLException;
    }

    /** Sorts a file's records as {@code reading} hands them over, inserts the plain ones, and returns the rest (null: none sorted). */
    private SheetCursor sortAndInsert(long loadId, String name, String sheet, LoadCounts counts, LoadProgress progress, Reading reading)
            throws SQLException {
        Staging staging = new Staging(loadId);
        boolean handedOver = false;
        try (PlainRecords sorted = new PlainRecords(def, layout, ctx, staging.finished)) {
            if (!reading.into(sorted, staging.spill)) {
                return null;
            }
            sorted.close();
            insert(sorted, staging.finished, loadId, name, sheet);
            counts.bulk(sorted.plain() + sorted.blank(), sorted.plain(), sorted.blank());
            progress.rowsRead(name, counts.rowsRead(), 0.95);
            handedOver = true;
            return staging.spill.cursor();
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入暂存文件 " + staging.finished, e);
        } finally {
            staging.close(handedOver);
        }
    }

    /** This load's two staging files: the finished values DuckDB reads, and the spill for the interpreter. */
    private final class Staging {
        final Path finished;
        final RowSpill spill;

        Staging(long loadId) throws SQLException {
            Path dir = stagingDirectory(loadId);
            this.finished = dir.resolve("load-" + loadId + ".csv");
            try {
                this.spill = new RowSpill(dir.resolve("load-" + loadId + ".rows"));
            } catch (IOException e) {
                throw new UncheckedIOException("无法写入暂存目录 " + dir, e);
            }
        }

        /** Deletes the finished values; the spill too unless it was handed to the interpreter (its cursor deletes it). */
        void close(boolean spillHandedOver) {
            delete(finished);
            if (!spillHandedOver) {
                spill.close();
            }
        }
    }

    /** One set-based INSERT of every plain record's finished values, in the caller's transaction. */
    private void insert(PlainRecords sorted, Path finished, long loadId, String name, String sheet) throws SQLException {
        if (sorted.plain() == 0) {
            return;
        }
        List<String> columns = new ArrayList<>(List.of("load_id", "file_name", "sheet_name"));
        List<String> values = new ArrayList<>(List.of("$1", "$2", "$3"));
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(loadId, name, sheet));
        for (Map.Entry<String, Object> c : def.constants().entrySet()) {
            columns.add(c.getKey());
            params.add(c.getValue());
            values.add("$" + params.size());
        }
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() != null) {
                columns.add(f.name());
                params.add(layout.sheetFields.get(f.name()));
                values.add("$" + params.size());
            }
        }
        StringBuilder types = new StringBuilder();
        for (String[] c : sorted.columns()) {
            columns.add(c[0]);
            values.add(c[0]);
            types.append(types.length() == 0 ? "" : ", ").append(literal(c[0])).append(": ").append(literal(c[1]));
        }
        String sql = "INSERT INTO fact." + def.target() + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM read_csv(" + literal(finished.toString()) + ", header = false, auto_detect = false, delim = ',', quote = '\"', "
                + "escape = '\"', new_line = '\\n', columns = {" + types + "}, strict_mode = true"
                + ", parallel = " + !sorted.quotedLineBreaks() + ")"; // finished lines are short: DuckDB's default buffers
        Sql run = Sql.on(conn);
        // rows keep their file order in row_number, not in storage: DuckDB then writes its row groups in parallel
        run.execute("SET preserve_insertion_order = false");
        try {
            run.update(sql, params.toArray());
        } finally {
            run.execute("RESET preserve_insertion_order");
        }
    }

    /**
     * The staging folder next to the store, emptied of copies an interrupted load left behind (one
     * run at a time holds the store, so any other load's copy is stale).
     */
    private Path stagingDirectory(long loadId) throws SQLException {
        String path = Sql.on(conn).first("SELECT path FROM duckdb_databases() WHERE database_name = current_database()",
                rs -> rs.getString(1)).orElse(null);
        try {
            if (path == null || path.isEmpty()) { // an in-memory store (never the pipeline's): a private folder
                return Files.createTempDirectory("netmarket-staging");
            }
            Path dir = Files.createDirectories(Path.of(path + ".staging"));
            ownerOnly(dir); // the staged rows hold the input's personal data, in clear, for the load's duration
            try (var stale = Files.newDirectoryStream(dir, "load-*")) {
                for (Path p : stale) {
                    if (!p.getFileName().toString().startsWith("load-" + loadId + ".")) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("无法准备暂存目录", e);
        }
    }

    private static void ownerOnly(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the store folder's own permissions apply
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover staged copy is overwritten by the next load of that id
        }
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
