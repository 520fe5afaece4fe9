package netmarket.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import netmarket.extract.CellValue;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;

/**
 * The records the bulk route leaves to the row interpreter, kept in a file (never in memory: a
 * hostile file may send every record here) and read back in file order as a sheet of text cells.
 */
final class RowSpill implements AutoCloseable {

    private final Path file;
    private final DataOutputStream out;
    private long rows;

    RowSpill(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** Keeps one record: its row number and its cells (null when empty). */
    void write(long rowNumber, String[] cells, int count) throws IOException {
        CellBytes c = CellBytes.of(cells, count);
        write(rowNumber, c.bytes(), c.start(), c.end(), count);
    }

    /** Keeps one record given as UTF-8 bytes, cell i being {@code b[start[i], end[i])} (empty: none). */
    void write(long rowNumber, byte[] b, int[] start, int[] end, int count) throws IOException {
        int last = count;
        while (last > 0 && start[last - 1] == end[last - 1]) {
            last--;
        }
        out.writeLong(rowNumber);
        out.writeInt(last);
        for (int i = 0; i < last; i++) {
            if (start[i] == end[i]) {
                out.writeInt(-1);
            } else {
                out.writeInt(end[i] - start[i]);
                out.write(b, start[i], end[i] - start[i]);
            }
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    /** The kept records, in the order they were written; closing the cursor deletes the file. */
    SheetCursor cursor() throws IOException {
        out.close();
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        return new SheetCursor() {
            private long read;

            @Override
            public double fraction() {
                return rows == 0 ? 1 : 0.95 + 0.05 * read / rows;
            }

            @Override
            public SheetRow next() {
                try {
                    long rowNumber;
                    try {
                        rowNumber = in.readLong();
                    } catch (EOFException end) {
                        return null;
                    }
                    int n = in.readInt();
                    List<CellValue> cells = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        int len = in.readInt();
                        cells.add(len < 0 ? CellValue.BLANK : CellValue.text(new String(in.readNBytes(len), StandardCharsets.UTF_8)));
                    }
                    read++;
                    return new SheetRow(Math.toIntExact(rowNumber), cells);
                } catch (IOException e) {
                    throw new UncheckedIOException("读取暂存数据失败", e);
                }
            }

            @Override
            public void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // deleted below either way
                }
                RowSpill.this.close();
            }
        };
    }

    /** Deletes the file (closing it first if still open). */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // already closed, or the disk is gone: deleting below is what matters
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the staging folder is emptied at the next load
        }
    }
}
