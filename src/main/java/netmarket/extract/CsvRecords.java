package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Splits the data records of a CSV (everything after its header) into fields in one pass over its
 * bytes, exactly as the row-by-row reader (commons-csv) would: every line ending one record, an
 * empty line a record of one empty field, quotes removed and doubled quotes undone, so record i
 * is record {@code skipped + i + 1} of the file. What the two could read differently (a NUL byte,
 * a quote inside an unquoted field, text after a closing quote, an unclosed quote, an endless
 * record, bytes that are not the file's encoding) makes the file {@link NotStageable}; the caller
 * then reads it row by row. The measured fast path of the bulk route (BENCHMARKS.md): a byte
 * loop, not a parser library.
 */
public final class CsvRecords {

    /**
     * Receives each data record: its index among the data records and its fields as UTF-8 bytes,
     * field i being {@code bytes[start[i], end[i])} (empty when they are equal), quotes removed.
     * The arrays are reused for the next record.
     */
    public interface Sink {
        void record(long index, byte[] bytes, int[] start, int[] end, int count) throws IOException;

        /** Told every {@value #EVERY} records: the share of the file's bytes read so far. */
        default void progress(double fraction) {}

        int EVERY = 10_000;
    }

    /** The file cannot be split as the row reader would read it; the reason says why (for the log, not a reject). */
    public static final class NotStageable extends Exception {
        NotStageable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final byte delimiter;
    private final long skipRecords;
    private final Sink sink;
    private byte[] record = new byte[1 << 10];
    private int length;
    private int fieldStart;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private boolean checkUtf8;
    private int state = START;
    private boolean afterCr;
    private long recordIndex;
    private long recordBytes;
    private long records;
    private long size;
    private CountingInputStream counted;

    private CsvRecords(char delimiter, long skipRecords, Sink sink) {
        this.delimiter = (byte) delimiter;
        this.skipRecords = skipRecords;
        this.sink = sink;
    }

    /**
     * Hands every record after the first {@code skipRecords} of {@code csv} (read in {@code encoding})
     * to {@code sink}; returns how many it handed over.
     */
    public static long split(Path csv, TextEncoding encoding, char delimiter, long skipRecords, Sink sink) throws NotStageable {
        if (delimiter > 0x7F || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new NotStageable("分隔符不是单字节字符");
        }
        CsvRecords split = new CsvRecords(delimiter, skipRecords, sink);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(csv))) {
            split.size = Math.max(1, Files.size(csv));
            split.counted = in;
            in.skipNBytes(encoding.bomLength());
            if (encoding.charset().equals(StandardCharsets.UTF_8)) {
                split.checkUtf8 = true;
                split.copy(in);
            } else {
                split.transcode(in, encoding);
            }
        } catch (CharacterCodingException e) {
            throw new NotStageable("含有不是 " + encoding.charset().name() + " 编码的字节");
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + csv, e);
        }
        return split.records;
    }

    /** Decodes strictly (GBK/GB18030, UTF-16) and feeds the UTF-8 bytes to the same scan, in one pass. */
    private void transcode(InputStream raw, TextEncoding encoding) throws IOException, NotStageable {
        Reader in = new java.io.InputStreamReader(raw, encoding.strictDecoder());
        java.nio.charset.CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 18);
        boolean eof = false;
        while (!eof) {
            int n = in.read(chars.array(), chars.position(), chars.remaining());
            if (n < 0) {
                eof = true;
            } else {
                chars.position(chars.position() + n);
            }
            chars.flip();
            java.nio.charset.CoderResult result = utf8.encode(chars, bytes, eof);
            if (result.isError()) {
                throw new NotStageable("含有无法转为 UTF-8 的字符");
            }
            chars.compact();
            feed(bytes);
        }
        utf8.flush(bytes);
        feed(bytes);
        finish();
    }

    private void feed(ByteBuffer bytes) throws IOException, NotStageable {
        bytes.flip();
        byte[] a = bytes.array();
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            accept(a[i]);
        }
        bytes.clear();
    }

    private void copy(InputStream in) throws IOException, NotStageable {
        byte[] buf = new byte[1 << 20];
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                accept(buf[i]);
            }
        }
        finish();
    }

    private void finish() throws IOException, NotStageable {
        if (state == QUOTED) {
            throw new NotStageable("引号未闭合");
        }
        if (recordBytes > 0 || count > 0) {
            endRecord();
        }
    }

    private void accept(byte b) throws IOException, NotStageable {
        if (b == 0) {
            throw new NotStageable("含有 NUL 字节");
        }
        if (afterCr) {
            afterCr = false;
            if (b == '\n') {
                return;
            }
        }
        if (++recordBytes > CsvFile.MAX_RECORD_CHARS) {
            throw new NotStageable("有一行超过 " + CsvFile.MAX_RECORD_CHARS + " 字节");
        }
        switch (state) {
            case QUOTED -> {
                if (b == '"') {
                    state = QUOTE_IN_QUOTED;
                } else {
                    keep(b);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (b == '"') {
                    state = QUOTED;
                    keep(b);
                } else if (b == delimiter) {
                    endField();
                } else if (b == '\n' || b == '\r') {
                    lineBreak(b);
                } else {
                    throw new NotStageable("第 " + (recordIndex + 1) + " 条记录的引号后紧跟其他字符");
                }
            }
            default -> {
                if (b == delimiter) {
                    endField();
                } else if (b == '\n' || b == '\r') {
                    lineBreak(b);
                } else if (b == '"') {
                    if (state != START) {
                        throw new NotStageable("第 " + (recordIndex + 1) + " 条记录的字段中间有引号");
                    }
                    state = QUOTED;
                } else {
                    state = UNQUOTED;
                    keep(b);
                }
            }
        }
    }

    private void keep(byte b) {
        if (length == record.length) {
            record = java.util.Arrays.copyOf(record, record.length * 2);
        }
        record[length++] = b;
    }

    private void endField() {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            ends = java.util.Arrays.copyOf(ends, ends.length * 2);
        }
        starts[count] = fieldStart;
        ends[count++] = length;
        fieldStart = length;
        state = START;
    }

    private void lineBreak(byte b) throws IOException, NotStageable {
        afterCr = b == '\r';
        recordBytes--; // the line ending is not part of the record
        endRecord();
    }

    private void endRecord() throws IOException, NotStageable {
        endField();
        if (recordIndex >= skipRecords) {
            if (checkUtf8 && !Utf8.valid(record, 0, length)) {
                throw new NotStageable("含有不是 UTF-8 编码的字节"); // the row reader fails the file with its own message
            }
            sink.record(records++, record, starts, ends, count);
            if (records % Sink.EVERY == 0) {
                sink.progress((double) counted.count() / size);
            }
        }
        recordIndex++;
        recordBytes = 0;
        count = 0;
        length = 0;
        fieldStart = 0;
    }
}
