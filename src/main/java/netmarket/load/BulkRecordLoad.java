package netmarket.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import netmarket.extract.CellRange;
import netmarket.extract.CellValue;
import netmarket.extract.CsvStager;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;
import netmarket.extract.TextEncoding;
import netmarket.normalize.DateParser;
import netmarket.normalize.Period;
import netmarket.normalize.Region;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.ValueException;
import netmarket.source.SourceDefinition;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The bulk route for CSV files of one-row-per-record feeds (the register of online operators):
 * DuckDB parses the data rows into an in-memory staging database, the rules of
 * {@code sql/migration/R__load_rules.sql} load every plain row in one statement, and the rows
 * that are not plain (odd spacing, full-width characters, invalid identifiers, unknown regions,
 * notes, repeated headers) come back as a cursor the Java row interpreter reads like any other
 * file. Which route a row takes never changes what is stored (BulkRouteEquivalenceTest).
 */
final class BulkRecordLoad {

    private static final Logger LOG = Logger.getLogger(BulkRecordLoad.class.getName());
    private static final Set<String> TYPES = Set.of("text", "region", "date", "operator_id", "phone");
    private static final String SEPARATOR = "chr(31)";

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
                if (!f.type().equals("date") || !(layout.sheetFields.get(f.name()) instanceof LocalDate)) {
                    return false;
                }
            } else if (f.header() == null || !layout.fields.containsKey(f.name())) {
                return false;
            }
            if (f.type().equals("region")) {
                regionFields++;
            }
        }
        return regionFields == 1;
    }

    /**
     * Loads the plain data rows of a CSV {@code file} (its first {@code headerRecords} records are
     * the title and header, already read) into the target table and counts them; returns the other
     * rows as a cursor for the row interpreter, or null when the file cannot be staged as it is
     * (then nothing was written and the caller reads the whole file row by row).
     */
    SheetCursor loadCsv(Path file, TextEncoding encoding, long headerRecords, long loadId, String name, LoadCounts counts,
            LoadProgress progress) throws SQLException {
        Path staged = stagingDirectory(loadId).resolve("load-" + loadId + ".csv");
        CsvStager.Staged s;
        try {
            s = CsvStager.stage(file, encoding, def.delimiter(), headerRecords, staged);
        } catch (CsvStager.NotStageable e) {
            LOG.info(() -> name + " 逐行读取（不能整批交给 DuckDB：" + e.getMessage() + "）");
            delete(staged);
            return null;
        }
        return loadStaged(s, def.delimiter(), new Numbering(false, headerRecords), loadId, name, null, counts, progress);
    }

    /**
     * Loads the rest of a spreadsheet's rows the same way: they are written to a numbered staging
     * file first (rows their text alone does not describe go to {@code elsewhere} on the way).
     * Never null: a staged file DuckDB would not read as written is a fault, not a fallback.
     */
    SheetCursor loadRows(SheetCursor cursor, SheetStager.RowSink elsewhere, long loadId, String name, String sheet, LoadCounts counts,
            LoadProgress progress) throws SQLException {
        Path staged = stagingDirectory(loadId).resolve("load-" + loadId + ".csv");
        try {
            CsvStager.Staged s = SheetStager.stage(cursor, staged, elsewhere,
                    () -> progress.rowsRead(name, counts.rowsRead(), Math.min(0.6, cursor.fraction() * 0.6)));
            SheetCursor rest = loadStaged(s, ',', new Numbering(true, 0), loadId, name, sheet, counts, progress);
            if (rest == null) { // the stager writes plain CSV; this is a fault of ours, and fails this file only
                throw new netmarket.extract.InputFileException("整批加载失败：暂存数据未能由 DuckDB 读取，请将此文件报告给维护人员");
            }
            return rest;
        } finally {
            delete(staged);
        }
    }

    /** How a staged row's number is known: written in its first column, or counted after the header. */
    private record Numbering(boolean written, long headerRecords) {
        String expression() {
            return written ? "r.rn" : "(" + headerRecords + " + r.rowid + 1)";
        }
    }

    private SheetCursor loadStaged(CsvStager.Staged s, char delimiter, Numbering numbering, long loadId, String name, String sheet,
            LoadCounts counts, LoadProgress progress) throws SQLException {
        Path staged = s.file();
        progress.rowsRead(name, counts.rowsRead(), 0.6);
        String db = "bulk_" + loadId;
        Connection side = conn.unwrap(DuckDBConnection.class).duplicate();
        boolean handedOver = false;
        try {
            side.setAutoCommit(true);
            run(side, "ATTACH ':memory:' AS " + db);
            int width = Math.max(s.maxFields() - (numbering.written() ? 1 : 0), layout.labels.size() + 1);
            if (!stage(side, db, delimiter, numbering, width, s)) {
                return null;
            }
            delete(staged);
            progress.rowsRead(name, counts.rowsRead(), 0.7);
            fillMaps(side, db);
            route(side, db, width, numbering);
            long[] routes = countRoutes(side, db);
            insertPlain(db, loadId, name, sheet);
            counts.bulk(routes[0] + routes[1], routes[0], routes[1]);
            progress.rowsRead(name, counts.rowsRead(), 0.95);
            handedOver = true;
            return new LeftoverCursor(side, db, width, numbering);
        } finally {
            delete(staged);
            if (!handedOver) {
                detach(side, db);
            }
        }
    }

    /** Parses the staged copy; false when DuckDB does not read the same records (then the file goes row by row). */
    private boolean stage(Connection side, String db, char delim, Numbering numbering, int width, CsvStager.Staged s) throws SQLException {
        Path staged = s.file();
        StringBuilder columns = new StringBuilder(numbering.written() ? "'rn': 'BIGINT', " : "");
        for (int i = 0; i < width; i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        String delimiter = delim == '\'' ? "''''" : "'" + delim + "'";
        try {
            run(side, "CREATE TABLE " + db + ".rows AS SELECT * FROM read_csv(" + literal(staged.toString())
                    + ", header = false, auto_detect = false, delim = " + delimiter + ", quote = '\"', escape = '\"', new_line = '\\n'"
                    + ", columns = {" + columns + "}, null_padding = true, strict_mode = true, max_line_size = " + (1 << 24)
                    + ", parallel = " + !s.quotedLineBreaks() + ")");
        } catch (SQLException e) {
            LOG.info(() -> staged + " 逐行读取（DuckDB 未能读取：" + e.getMessage().lines().findFirst().orElse("") + "）");
            return false;
        }
        long rows = single(side, "SELECT count(*) FROM " + db + ".rows");
        if (rows != s.records()) {
            LOG.info(() -> staged + " 逐行读取（DuckDB 读到 " + rows + " 行，应为 " + s.records() + " 行）");
            return false;
        }
        return true;
    }

    /** The region, date and identifier texts of the file, each read once by the same Java rules as a row would be. */
    private void fillMaps(Connection side, String db) throws SQLException {
        run(side, "CREATE TABLE " + db + ".region_map (raw VARCHAR, code VARCHAR)");
        run(side, "CREATE TABLE " + db + ".date_map (raw VARCHAR, value DATE)");
        Set<String> totals = new java.util.HashSet<>();
        def.skip().totals().forEach(t -> totals.add(TextCleaner.key(t)));
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() != null || !(f.type().equals("region") || f.type().equals("date") || f.type().equals("operator_id"))) {
                continue;
            }
            int col = layout.fields.get(f.name());
            if (f.type().equals("operator_id")) {
                new IdentityMap(ctx.pii()).fill(side, db, "c" + col);
                continue;
            }
            String label = layout.label(col);
            boolean region = f.type().equals("region");
            try (Statement st = side.createStatement();
                    ResultSet rs = st.executeQuery("SELECT DISTINCT c" + col + " FROM " + db + ".rows WHERE c" + col + " IS NOT NULL"
                            + (region ? "" : " EXCEPT SELECT raw FROM " + db + ".date_map"));
                    DuckDBAppender map = side.unwrap(DuckDBConnection.class).createAppender(db, "main", region ? "region_map" : "date_map")) {
                while (rs.next()) {
                    String raw = rs.getString(1);
                    if (region) {
                        String code = regionCode(raw, label, totals);
                        if (code != null) {
                            map.beginRow().append(raw).append(code).endRow();
                        }
                    } else {
                        try {
                            LocalDate d = DateParser.parse(CellValue.text(raw));
                            map.beginRow().append(raw);
                            if (d == null) {
                                map.appendNull();
                            } else {
                                map.append(d);
                            }
                            map.endRow();
                        } catch (ValueException e) {
                            // not a date: rows holding it go to the row interpreter, which rejects them
                        }
                    }
                }
            }
        }
    }

    /** The region code a plain row's region text stands for; null when the row must be read by the interpreter. */
    private String regionCode(String raw, String label, Set<String> totals) {
        if (totals.contains(TextCleaner.key(raw)) || (label != null && label.endsWith(raw.strip()))) {
            return null; // a total row, or possibly a repeated header: the interpreter decides
        }
        return ctx.regions().resolve(TextCleaner.halfWidth(raw).strip()).map(Region::code).orElse(null);
    }

    /**
     * Classifies every staged row (blank, plain, row) and computes its stored values in one pass:
     * the cells with their looked-up region, dates and identity (keyed hashes included, computed in
     * Java once per distinct identifier), then the checks and the route.
     */
    private void route(Connection side, String db, int width, Numbering numbering) throws SQLException {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < layout.labels.size(); i++) {
            cells.add("c" + i);
        }
        List<String> base = new ArrayList<>(List.of(numbering.expression() + " AS i"));
        List<String> joins = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<String> stored = new ArrayList<>(List.of("i"));
        plain.add("norm.plain_cells(concat_ws(" + SEPARATOR + ", " + String.join(", ", cells) + "))");
        for (int i = layout.labels.size(); i < width; i++) {
            plain.add("c" + i + " IS NULL");
        }
        plain.add("coalesce(left(coalesce(" + String.join(", ", cells) + "), 1) NOT IN ("
                + String.join(", ", noteStarts().stream().map(BulkRecordLoad::literal).toList()) + "), true)");
        int dateJoin = 0;
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() != null) {
                continue;
            }
            String c = "r.c" + layout.fields.get(f.name());
            String blankOk = f.required() ? "false" : c + " IS NULL";
            switch (f.type()) {
                case "text" -> {
                    plain.add(f.required() ? c + " IS NOT NULL" : "true");
                    stored.add(c + " AS " + f.name());
                }
                case "region" -> {
                    joins.add("LEFT JOIN " + db + ".region_map g ON g.raw = " + c);
                    stored.add("g.code AS " + f.name());
                    plain.add("(" + blankOk + " OR g.code IS NOT NULL)");
                }
                case "date" -> {
                    String d = "d" + dateJoin++;
                    joins.add("LEFT JOIN " + db + ".date_map " + d + " ON " + d + ".raw = " + c);
                    stored.add(d + ".value AS " + f.name());
                    plain.add("(" + blankOk + " OR " + d + ".raw IS NOT NULL)");
                }
                case "operator_id" -> {
                    joins.add("LEFT JOIN " + db + ".id_map o ON o.raw = " + c);
                    stored.addAll(List.of("o.operator_key", "o.credit_code", "o.person_id_hash", "o.person_id_masked"));
                    plain.add("(" + blankOk + " OR o.operator_key IS NOT NULL)");
                }
                case "phone" -> {
                    plain.add("(" + blankOk + " OR regexp_full_match(" + c + ", '\\+?[0-9]{7,15}'))");
                    stored.add("norm.mask_phone(" + c + ") AS phone_masked");
                }
                default -> throw new IllegalStateException(f.type());
            }
        }
        StringBuilder allNull = new StringBuilder();
        for (int i = 0; i < width; i++) {
            allNull.append(i == 0 ? "" : " AND ").append("r.c").append(i).append(" IS NULL");
        }
        String route = "CASE WHEN " + allNull + " THEN 'blank' WHEN " + String.join(" AND ", plain) + " THEN 'plain' ELSE 'row' END AS route";
        stored.set(0, numbering.expression() + " AS i");
        stored.add(route);
        run(side, "CREATE TABLE " + db + ".routed AS SELECT " + String.join(", ", stored) + " FROM " + db + ".rows r " + String.join(" ", joins));
    }

    /** First characters that may start a note row ("注：…") or a bracketed one: such rows go to the interpreter. */
    private Set<String> noteStarts() {
        Set<String> starts = new LinkedHashSet<>(List.of("【", "〔", "["));
        for (String note : def.skip().notes()) {
            for (String form : List.of(TextCleaner.key(note), note.strip())) {
                if (!form.isEmpty()) {
                    starts.add(form.substring(0, form.offsetByCodePoints(0, 1)));
                }
            }
        }
        return starts;
    }

    private long[] countRoutes(Connection side, String db) throws SQLException {
        long[] n = new long[2];
        try (Statement st = side.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FILTER (route = 'plain'), count(*) FILTER (route = 'blank') FROM " + db + ".routed")) {
            rs.next();
            n[0] = rs.getLong(1);
            n[1] = rs.getLong(2);
        }
        return n;
    }

    /** One set-based INSERT of every plain row, in the caller's transaction. */
    private void insertPlain(String db, long loadId, String name, String sheet) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("load_id", "file_name", "sheet_name", "row_number"));
        List<String> values = new ArrayList<>(List.of("$1", "$2", "$3", "i"));
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
                continue;
            }
            switch (f.type()) {
                case "operator_id" -> {
                    columns.addAll(List.of("operator_key", "credit_code", "person_id_hash", "person_id_masked"));
                    values.addAll(List.of("operator_key", "credit_code", "person_id_hash", "person_id_masked"));
                }
                case "phone" -> {
                    columns.add("phone_masked");
                    values.add("phone_masked");
                }
                default -> {
                    columns.add(f.name());
                    values.add(f.name());
                }
            }
        }
        String sql = "INSERT INTO fact." + def.target() + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + db + ".routed WHERE route = 'plain'";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.execute();
        }
    }

    /** The rows that are neither blank nor plain, in file order, for the row interpreter. */
    private static final class LeftoverCursor implements SheetCursor {
        private final Connection side;
        private final String db;
        private final int width;
        private final Statement st;
        private final ResultSet rs;

        LeftoverCursor(Connection side, String db, int width, Numbering numbering) throws SQLException {
            this.side = side;
            this.db = db;
            this.width = width;
            StringBuilder cells = new StringBuilder();
            for (int c = 0; c < width; c++) {
                cells.append(", r.c").append(c);
            }
            this.st = side.createStatement();
            this.rs = st.executeQuery("SELECT t.i" + cells + " FROM " + db + ".routed t JOIN " + db + ".rows r ON " + numbering.expression()
                    + " = t.i WHERE t.route = 'row' ORDER BY t.i");
        }

        @Override
        public String sheetName() {
            return "";
        }

        @Override
        public List<CellRange> merges() {
            return List.of();
        }

        @Override
        public double fraction() {
            return 0.95;
        }

        @Override
        public SheetRow next() {
            try {
                if (!rs.next()) {
                    return null;
                }
                List<CellValue> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(CellValue.text(rs.getString(c + 2)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                return new SheetRow(Math.toIntExact(rs.getLong(1)), cells);
            } catch (SQLException e) {
                throw new IllegalStateException("读取暂存数据失败: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                rs.close();
                st.close();
            } catch (SQLException ignored) {
                // detaching below frees everything
            }
            detach(side, db);
        }
    }

    /**
     * The staging folder next to the store, emptied of copies an interrupted load left behind (one
     * run at a time holds the store, so any other load's copy is stale).
     */
    private Path stagingDirectory(long loadId) throws SQLException {
        String path;
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT path FROM duckdb_databases() WHERE database_name = current_database()")) {
            path = rs.next() ? rs.getString(1) : null;
        }
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

    private static void detach(Connection side, String db) {
        try (side; Statement st = side.createStatement()) {
            st.execute("DETACH DATABASE IF EXISTS " + db);
        } catch (SQLException ignored) {
            // closing the connection frees the in-memory database anyway
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover staged copy is overwritten by the next load of that id
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
