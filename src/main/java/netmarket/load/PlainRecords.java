package netmarket.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import netmarket.extract.CellValue;
import netmarket.normalize.DateParser;
import netmarket.normalize.OperatorIdentity;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.Region;
import netmarket.normalize.TextCleaner;
import netmarket.normalize.ValueException;
import netmarket.source.FieldType;
import netmarket.source.SourceDefinition;

/**
 * The bulk route's sorting of data records: a record is blank, plain, or for the row interpreter.
 * A plain record (cells the interpreter would read as written, an identifier that passes its
 * check, a region and dates it knows, a phone of digits) is written at once as its finished,
 * stored values (keyed hash and masked forms included) to a CSV that DuckDB inserts in one
 * statement; every other record goes back to the caller for the spill, which the interpreter
 * reads one by one, so its rejects and skips are the interpreter's own. The values come from the interpreter's own
 * rules (OperatorIdentity, DateParser, the region directory), each distinct text judged once.
 * A measured fast path (BENCHMARKS.md): it works on the cells' UTF-8 bytes, and only the texts
 * it has not seen become Strings; BulkRouteEquivalenceTest holds it to the interpreter. Longer
 * than the project's other classes because the byte checks and the finished line it writes are
 * one pass over each record.
 */
final class PlainRecords implements AutoCloseable {

    /** Cached answers per distinct text stop growing here; a hostile file of endless distinct dates cannot fill the heap. */
    private static final int CACHE_LIMIT = 100_000;
    private static final int MAX_CHARS = 1_000;
    private static final Object NOT_PLAIN = new Object();
    private static final Object NULL_DATE = new Object();
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final byte[] EMPTY_IDENTITY = ",,,,".getBytes(StandardCharsets.US_ASCII);

    /** One stored field, where its cell is, and what its texts were judged to be. */
    private record Field(SourceDefinition.Field def, FieldType type, int column, String label, ByteTextCache cache) {}

    private final List<Field> fields = new ArrayList<>();
    private final int width;
    private final Set<Integer> noteStarts = new HashSet<>();
    private final Set<String> totals = new HashSet<>();
    private final LoadContext ctx;
    private final OutputStream finished;
    private byte[] line = new byte[512];
    private int length;
    private long plain;
    private long blank;
    private boolean quotedLineBreaks;

    PlainRecords(SourceDefinition def, SheetLayout layout, LoadContext ctx, Path finishedFile) throws IOException {
        this.ctx = ctx;
        this.width = layout.labels.size();
        for (SourceDefinition.Field f : def.fields().values()) {
            if (f.from() == null) {
                int column = layout.fields.get(f.name());
                boolean identity = f.type() == FieldType.OPERATOR_ID;
                fields.add(new Field(f, f.type(), column, layout.label(column), new ByteTextCache(identity ? 4_096 : CACHE_LIMIT, identity)));
            }
        }
        def.skip().totals().forEach(t -> totals.add(TextCleaner.key(t)));
        for (String start : noteStartTexts(def)) {
            noteStarts.add(start.codePointAt(0));
        }
        this.finished = new BufferedOutputStream(Files.newOutputStream(finishedFile), 1 << 16);
    }

    /** The finished file's columns, in order, as DuckDB's read_csv takes them. */
    List<String[]> columns() {
        List<String[]> c = new ArrayList<>();
        c.add(new String[] {"row_number", "BIGINT"});
        for (Field f : fields) {
            switch (f.type()) {
                case OPERATOR_ID -> {
                    for (String n : List.of("operator_key", "credit_code", "person_id_hash", "person_id_masked")) {
                        c.add(new String[] {n, "VARCHAR"});
                    }
                }
                case PHONE -> c.add(new String[] {"phone_masked", "VARCHAR"});
                case DATE -> c.add(new String[] {f.def().name(), "DATE"});
                default -> c.add(new String[] {f.def().name(), "VARCHAR"});
            }
        }
        return c;
    }

    long plain() {
        return plain;
    }

    long blank() {
        return blank;
    }

    boolean quotedLineBreaks() {
        return quotedLineBreaks;
    }

    /** Sorts one record given as Strings (a spreadsheet's cell texts; null when empty); false: it is for the interpreter. */
    boolean accept(long rowNumber, String[] cells, int count) throws IOException {
        CellBytes c = CellBytes.of(cells, count);
        return accept(rowNumber, c.bytes(), c.start(), c.end(), count);
    }

    /**
     * Sorts one record: its row number in the file and its cells as UTF-8 bytes, cell i being
     * {@code b[start[i], end[i])}. True when it is done with (blank, or plain and written); false
     * when the interpreter must read it (the caller keeps it in the spill).
     */
    boolean accept(long rowNumber, byte[] b, int[] start, int[] end, int count) throws IOException {
        boolean empty = true;
        for (int i = 0; i < count && empty; i++) {
            empty = start[i] == end[i];
        }
        if (empty) {
            blank++;
            return true;
        }
        length = 0;
        if (!plainCells(b, start, end, count) || !finish(rowNumber, b, start, end, count)) {
            return false;
        }
        put((byte) '\n');
        finished.write(line, 0, length);
        plain++;
        return true;
    }

    /** Writes the record's stored values into {@code line}; false when the interpreter must read it. */
    private boolean finish(long rowNumber, byte[] b, int[] start, int[] end, int count) {
        digits(rowNumber);
        for (Field f : fields) {
            int from = f.column() < count ? start[f.column()] : 0;
            int to = f.column() < count ? end[f.column()] : 0;
            if (from == to) {
                if (f.def().required()) {
                    return false;
                }
                if (f.type() == FieldType.OPERATOR_ID) {
                    put(EMPTY_IDENTITY, 0, EMPTY_IDENTITY.length);
                } else {
                    put((byte) ',');
                }
                continue;
            }
            put((byte) ',');
            switch (f.type()) {
                case TEXT -> text(b, from, to);
                case REGION, DATE, OPERATOR_ID -> {
                    Object v = judged(f, b, from, to);
                    if (v == NOT_PLAIN) {
                        return false;
                    }
                    if (v instanceof byte[] finishedText) {
                        put(finishedText, 0, finishedText.length);
                    }
                }
                case PHONE -> {
                    if (!phone(b, from, to)) {
                        return false;
                    }
                    maskedPhone(b, from, to);
                }
                default -> throw new IllegalStateException(f.type() + " is not a type of the bulk route (BulkRecordLoad.eligible)");
            }
        }
        return true;
    }

    /** The finished bytes a region, date or identifier text stands for (NULL_DATE for none), or NOT_PLAIN; each text judged once. */
    private Object judged(Field f, byte[] b, int from, int to) {
        int hash = f.cache().hash(b, from, to);
        Object known = f.cache().get(b, from, to, hash);
        if (known == null) {
            String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
            known = switch (f.type()) {
                case REGION -> region(f.label(), raw);
                case DATE -> date(raw);
                default -> identity(raw);
            };
            f.cache().put(b, from, to, hash, known);
        }
        return known;
    }

    /** The region code a plain record's region text stands for; NOT_PLAIN when the interpreter must decide (a total, a repeated header, unknown). */
    private Object region(String label, String raw) {
        if (totals.contains(TextCleaner.key(raw)) || (label != null && label.endsWith(raw))) {
            return NOT_PLAIN;
        }
        return ctx.regions().resolve(raw).map(Region::code).<Object>map(c -> c.getBytes(StandardCharsets.UTF_8)).orElse(NOT_PLAIN);
    }

    /** The date a text stands for (NULL_DATE for none), or NOT_PLAIN when it is not one (the interpreter rejects the record). */
    private static Object date(String raw) {
        try {
            LocalDate d = DateParser.parse(CellValue.text(raw));
            return d == null ? NULL_DATE : d.toString().getBytes(StandardCharsets.US_ASCII);
        } catch (ValueException e) {
            return NOT_PLAIN;
        }
    }

    /** The stored columns of an operator_id text (key, credit code, hash, masked ID), or NOT_PLAIN when it is none. */
    private Object identity(String raw) {
        try {
            OperatorIdentity who = OperatorIdentity.of(raw, ctx.pii());
            return (who.operatorKey() + "," + orEmpty(who.creditCode()) + "," + orEmpty(who.personIdHash()) + ","
                    + orEmpty(who.personIdMasked())).getBytes(StandardCharsets.UTF_8);
        } catch (ValueException e) {
            return NOT_PLAIN;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Cells the interpreter reads exactly as written: no value beyond the header's columns, no
     * note's first character, at most 1,000 characters, nothing {@link TextCleaner#halfWidth}
     * would change (full-width ASCII U+FF01-FF5E, ideographic space U+3000, no-break space U+00A0),
     * no control character, and no white space strip() would remove (checked anywhere, not only
     * at either end: a stricter rule sends more records to the interpreter, never fewer).
     */
    private boolean plainCells(byte[] b, int[] start, int[] end, int count) {
        int chars = 0;
        boolean first = true;
        for (int i = 0; i < count; i++) {
            int from = start[i];
            int to = end[i];
            if (from == to) {
                continue;
            }
            if (i >= width) {
                return false;
            }
            if (first && noteStarts.contains(codePointAt(b, from))) {
                return false;
            }
            first = false;
            if (b[from] == ' ' || b[to - 1] == ' ') {
                return false;
            }
            int k = from;
            for (; k + 8 <= to; k += 8) { // eight bytes at a time while none needs a closer look
                long x = (long) LONGS.get(b, k);
                if (suspect(x)) {
                    break;
                }
                chars += 8 - Long.bitCount(x & ~(x << 1) & HIGH); // continuation bytes (10xxxxxx) start no character
            }
            for (; k < to; k++) {
                int c = b[k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    chars++;
                }
                if (c < 0x20 || c == 0x7F || c >= 0xC2 && odd(b, k, to, c)) {
                    return false;
                }
            }
            if (chars > MAX_CHARS) {
                return false;
            }
            chars++; // the separator between cells, as the old joined-text rule counted it
        }
        return true;
    }

    /**
     * Whether eight bytes hold a control character (below 0x20, or 0x7F) or a lead byte that
     * {@link #odd} looks at (0xC2, 0xE1, 0xE2, 0xE3, 0xEF): then they are checked one by one.
     */
    private static boolean suspect(long x) {
        long ascii = ~x & HIGH; // bytes below 0x80
        long control = (x - 0x20 * ONES) & ascii | zero(x ^ 0x7F * ONES);
        return (control | zero(x ^ 0xC2 * ONES) | zero(x ^ 0xE1 * ONES) | zero(x ^ 0xE2 * ONES) | zero(x ^ 0xE3 * ONES)
                | zero(x ^ 0xEF * ONES)) != 0;
    }

    /** Non-zero exactly when a byte of {@code x} is zero. */
    private static long zero(long x) {
        return (x - ONES) & ~x & HIGH;
    }

    /** Whether the multi-byte character at {@code k} (lead byte {@code c}) is one the interpreter would change or strip. */
    private static boolean odd(byte[] b, int k, int to, int c) {
        int c1 = k + 1 < to ? b[k + 1] & 0xFF : 0;
        int c2 = k + 2 < to ? b[k + 2] & 0xFF : 0;
        return switch (c) {
            case 0xC2 -> c1 == 0xA0 || c1 == 0x85; // U+00A0 no-break space, U+0085 next line
            case 0xE1 -> c1 == 0x9A && c2 == 0x80; // U+1680 ogham space
            case 0xE2 -> c1 == 0x80 && (c2 <= 0x8F || c2 >= 0xA8 && c2 <= 0xAF) // U+2000-200F, U+2028-202F
                    || c1 == 0x81 && c2 == 0x9F; // U+205F
            case 0xE3 -> c1 == 0x80 && c2 == 0x80; // U+3000 ideographic space
            case 0xEF -> c1 == 0xBC && c2 >= 0x81 || c1 == 0xBD && c2 <= 0x9E // U+FF01-FF5E full-width ASCII
                    || c1 == 0xBB && c2 == 0xBF; // U+FEFF
            default -> false;
        };
    }

    private static int codePointAt(byte[] b, int from) {
        int c = b[from] & 0xFF;
        if (c < 0x80) {
            return c;
        }
        int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        return new String(b, from, Math.min(n + 1, b.length - from), StandardCharsets.UTF_8).codePointAt(0);
    }

    /** A text cell, quoted when it holds a comma, a quote or a line break. */
    private void text(byte[] b, int from, int to) {
        boolean quote = false;
        for (int k = from; k < to && !quote; k++) {
            quote = b[k] == ',' || b[k] == '"' || b[k] == '\n' || b[k] == '\r';
        }
        if (!quote) {
            put(b, from, to);
            return;
        }
        put((byte) '"');
        for (int k = from; k < to; k++) {
            if (b[k] == '"') {
                put((byte) '"');
            }
            quotedLineBreaks |= b[k] == '\n' || b[k] == '\r';
            put(b[k]);
        }
        put((byte) '"');
    }

    /** A phone number as digits, with an optional leading '+': 7 to 15 of them. */
    private static boolean phone(byte[] b, int from, int to) {
        int first = b[from] == '+' ? from + 1 : from;
        if (to - first < 7 || to - first > 15) {
            return false;
        }
        for (int k = first; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return false;
            }
        }
        return true;
    }

    private void put(byte x) {
        if (length == line.length) {
            line = java.util.Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = x;
    }

    private void put(byte[] b, int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(b, from, line, length, n);
        length += n;
    }

    private void maskedPhone(byte[] b, int from, int to) {
        if (length + (to - from) > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + (to - from)));
        }
        length = maskPhone(b, from, to, line, length);
    }

    /**
     * {@link PiiProtector#maskPhone} on the bytes of a phone number {@link #phone} accepted (ASCII):
     * writes the masked form at {@code out[at]} and returns where it ends.
     */
    static int maskPhone(byte[] b, int from, int to, byte[] out, int at) {
        int n = to - from;
        int head = n >= 11 ? 3 : 0;
        int tail = n >= 11 ? 4 : Math.min(n, 2);
        System.arraycopy(b, from, out, at, head);
        java.util.Arrays.fill(out, at + head, at + n - tail, (byte) '*');
        System.arraycopy(b, to - tail, out, at + n - tail, tail);
        return at + n;
    }

    /** A non-negative number's decimal digits. */
    private void digits(long n) {
        int count = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            count++;
        }
        if (length + count > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        for (int i = length + count - 1; i >= length; i--, n /= 10) {
            line[i] = (byte) ('0' + n % 10);
        }
        length += count;
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    /** First characters that may start a note row ("注：…") or a bracketed one: such records go to the interpreter. */
    private static Set<String> noteStartTexts(SourceDefinition def) {
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

    @Override
    public void close() throws IOException {
        finished.close();
    }
}
