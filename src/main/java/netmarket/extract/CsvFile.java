package netmarket.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV as one sheet, streaming, in the detected encoding. Bytes that do not belong to
 * that encoding fail the file (never replaced by '?'), with the line where it happened.
 */
public final class CsvFile implements SpreadsheetFile {

    /**
     * The most characters one record may hold: far beyond any real row (Excel caps a cell at 32,767),
     * small enough that a file without line breaks, or with an unclosed quote, cannot fill the heap.
     */
    static final int MAX_RECORD_CHARS = 1 << 22;

    private final Path path;
    private final TextEncoding encoding;
    private final char delimiter;

    CsvFile(Path path, char delimiter) {
        this.path = path;
        this.encoding = TextEncoding.detect(path);
        this.delimiter = delimiter;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    public List<String> sheetNames() {
        return List.of("");
    }

    @Override
    public SheetCursor openSheet(String name) {
        try {
            long size = Math.max(1, Files.size(path));
            CountingInputStream in = new CountingInputStream(Files.newInputStream(path));
            in.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.strictDecoder()), 1 << 16);
            RecordLimit limit = new RecordLimit(reader);
            CSVParser parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .get()
                    .parse(limit);
            return new Rows(parser, limit, in, size);
        } catch (IOException e) {
            throw new InputFileException("无法读取 CSV 文件: " + e.getMessage(), e);
        }
    }

    /** The file's records as rows of text cells (trailing blank cells dropped), numbered from 1. */
    private final class Rows implements SheetCursor {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final RecordLimit limit;
        private final CountingInputStream in;
        private final long size;
        private int row;

        Rows(CSVParser parser, RecordLimit limit, CountingInputStream in, long size) {
            this.parser = parser;
            this.records = parser.iterator();
            this.limit = limit;
            this.in = in;
            this.size = size;
        }

        @Override
        public double fraction() {
            return Math.min(1.0, in.count() / (double) size);
        }

        @Override
        public SheetRow next() {
            try {
                limit.startRecord();
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                row++;
                List<CellValue> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(CellValue.text(value));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                return new SheetRow(row, cells);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new InputFileException("第 " + lineOfUndecodableBytes() + " 行的字节不是 " + encoding.charset().name()
                            + " 编码：文件混用了编码，请统一另存为 UTF-8 或 GBK", e);
                }
                throw new InputFileException("CSV 第 " + (row + 1) + " 行附近无法解析: " + XlsxFile.rootMessage(e), e);
            } catch (IllegalStateException e) {
                throw new InputFileException("CSV 第 " + (row + 1) + " 行附近无法解析: " + XlsxFile.rootMessage(e), e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }

    /** Counts the characters handed to the parser and fails once a single record has taken too many. */
    private static final class RecordLimit extends java.io.FilterReader {
        private long read;
        private long recordStart;

        RecordLimit(java.io.Reader in) {
            super(in);
        }

        void startRecord() {
            recordStart = read;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read - recordStart > MAX_RECORD_CHARS) {
                throw new IOException("一行超过 " + MAX_RECORD_CHARS + " 个字符（缺少换行或引号未闭合），文件损坏或不是 CSV");
            }
        }
    }

    /**
     * The 1-based line of the first bytes the encoding refuses. The reader decodes far ahead of the
     * record being parsed (its buffer holds 64K characters), so the record count cannot say where.
     */
    private long lineOfUndecodableBytes() {
        CharsetDecoder decoder = encoding.strictDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(encoding.bomLength());
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                bytes.compact();
                if (result.isError() || (eof && result.isUnderflow())) {
                    return line;
                }
            }
        } catch (IOException e) {
            return line;
        }
    }

    @Override
    public void close() {}
}
