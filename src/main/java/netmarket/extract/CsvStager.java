package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies the data records of a CSV (everything after its header) into a plain UTF-8 file that
 * DuckDB's {@code read_csv} splits exactly as the row-by-row reader (commons-csv) would: one
 * line ending, every empty line kept as a blank record, so record i of the copy is record
 * {@code skipped + i + 1} of the original. What DuckDB would read differently (a NUL byte, a
 * quote inside an unquoted field, an unclosed quote, an endless record, undecodable bytes) makes
 * the file {@link NotStageable}; the caller then reads it row by row.
 */
public final class CsvStager {

    /** What was copied: the file, its records, the widest record, and whether quoted fields hold line breaks. */
    public record Staged(Path file, long records, int maxFields, boolean quotedLineBreaks) {}

    /** The file cannot be handed to DuckDB as it is; the reason says why (for the log, not a reject). */
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
    private final byte[] out = new byte[1 << 20];
    private int outLength;
    private OutputStream sink;
    private int state = START;
    private boolean afterCr;
    private long recordIndex;
    private long recordBytes;
    private int fields = 1;
    private int maxFields;
    private long written;
    private boolean quotedLineBreaks;

    private CsvStager(char delimiter, long skipRecords) {
        this.delimiter = (byte) delimiter;
        this.skipRecords = skipRecords;
    }

    /**
     * Copies the records after the first {@code skipRecords} of {@code csv} (read in {@code encoding})
     * into {@code target} as UTF-8 with '\n' line endings.
     */
    public static Staged stage(Path csv, TextEncoding encoding, char delimiter, long skipRecords, Path target)
            throws NotStageable {
        if (delimiter > 0x7F || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new NotStageable("分隔符不是单字节字符");
        }
        CsvStager stager = new CsvStager(delimiter, skipRecords);
        try (InputStream in = Files.newInputStream(csv); OutputStream o = Files.newOutputStream(target)) {
            in.skipNBytes(encoding.bomLength());
            stager.sink = o;
            if (encoding.charset().equals(StandardCharsets.UTF_8)) {
                stager.copy(in);
            } else {
                stager.transcode(in, encoding);
            }
        } catch (CharacterCodingException e) {
            throw new NotStageable("含有不是 " + encoding.charset().name() + " 编码的字节");
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入暂存文件 " + target, e);
        }
        return new Staged(target, stager.written, stager.maxFields, stager.quotedLineBreaks);
    }

    /** Decodes strictly (GBK/GB18030, UTF-16) and feeds the UTF-8 bytes to the same scan, in one pass. */
    private void transcode(InputStream raw, TextEncoding encoding) throws IOException, NotStageable {
        Reader in = new java.io.InputStreamReader(raw, encoding.strictDecoder());
        java.nio.charset.CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 18);
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

    private void feed(java.nio.ByteBuffer bytes) throws IOException, NotStageable {
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
        if (recordBytes > 0 || fields > 1) {
            endRecord();
        }
        flush();
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
                } else if (b == '\n' || b == '\r') {
                    quotedLineBreaks = true;
                }
                emit(b);
            }
            case QUOTE_IN_QUOTED -> {
                if (b == '"') {
                    state = QUOTED;
                    emit(b);
                } else if (b == delimiter) {
                    nextField();
                } else if (b == '\n' || b == '\r') {
                    lineBreak(b);
                } else {
                    throw new NotStageable("第 " + (recordIndex + 1) + " 条记录的引号后紧跟其他字符");
                }
            }
            default -> {
                if (b == delimiter) {
                    nextField();
                } else if (b == '\n' || b == '\r') {
                    lineBreak(b);
                } else if (b == '"') {
                    if (state != START) {
                        throw new NotStageable("第 " + (recordIndex + 1) + " 条记录的字段中间有引号");
                    }
                    state = QUOTED;
                    emit(b);
                } else {
                    state = UNQUOTED;
                    emit(b);
                }
            }
        }
    }

    private void nextField() throws IOException {
        fields++;
        state = START;
        emit(delimiter);
    }

    private void lineBreak(byte b) throws IOException {
        afterCr = b == '\r';
        recordBytes--; // the line ending is not part of the record
        endRecord();
    }

    private void endRecord() throws IOException {
        if (recordIndex >= skipRecords) {
            if (recordBytes == 0 && fields == 1) {
                emit(delimiter); // an empty line: DuckDB would drop it, a row of empty fields it keeps
            }
            emit((byte) '\n');
            written++;
            maxFields = Math.max(maxFields, fields);
        }
        recordIndex++;
        recordBytes = 0;
        fields = 1;
        state = START;
    }

    private void emit(byte b) throws IOException {
        if (recordIndex < skipRecords) {
            return;
        }
        if (outLength == out.length) {
            flush();
        }
        out[outLength++] = b;
    }

    private void flush() throws IOException {
        sink.write(out, 0, outLength);
        outLength = 0;
    }
}
