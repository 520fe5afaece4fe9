package netmarket.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import netmarket.extract.CellValue;
import netmarket.extract.CsvStager;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;

/**
 * Writes the data rows of a spreadsheet (XLSX, XLS) as a numbered UTF-8 CSV for the bulk route:
 * row number, then each cell's text. A row the text alone would not describe (an error or
 * boolean cell, a cell longer than Excel allows) is handed to the row interpreter at once, with
 * its cells as read, and not written.
 */
final class SheetStager {

    /** Where rows that cannot be staged go: the one-by-one path, counted there. */
    interface RowSink {
        void accept(SheetRow row) throws SQLException;
    }

    /** Excel's own limit on the characters of one cell. */
    private static final int MAX_CELL = 32_767;
    /** The most characters of a staged row: far below DuckDB's line limit as set by BulkRecordLoad (16 MiB). */
    private static final int MAX_ROW = 1 << 20;

    private SheetStager() {}

    /**
     * Stages the cursor's remaining rows. The sheet is read (inflated, parsed, cells made) on a
     * second thread while this one writes, a bounded queue of row batches between them, so memory
     * stays flat; rows for {@code elsewhere} are handed over on this thread, the one holding the
     * store's connection. An error reading the sheet is thrown here, as the cursor threw it.
     */
    static CsvStager.Staged stage(SheetCursor cursor, Path target, RowSink elsewhere, Runnable everyFewRows) throws SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread reader = new Thread(() -> readInto(cursor, queue, cancelled), "netmarket-sheet-reader");
        reader.setDaemon(true);
        reader.start();
        long records = 0;
        int maxFields = 1;
        boolean lineBreaks = false;
        long sinceProgress = 0;
        boolean finished = false;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            while (true) {
                Object item = take(queue);
                if (item == END) {
                    break;
                }
                if (item instanceof Failure f) {
                    throw f.rethrow();
                }
                @SuppressWarnings("unchecked")
                List<SheetRow> batch = (List<SheetRow>) item;
                for (SheetRow row : batch) {
                    if (++sinceProgress == LoadProgress.EVERY) {
                        everyFewRows.run();
                        sinceProgress = 0;
                    }
                    if (!describedByText(row)) {
                        elsewhere.accept(row);
                        continue;
                    }
                    lineBreaks |= write(w, row);
                    records++;
                    maxFields = Math.max(maxFields, row.cells().size() + 1);
                }
            }
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入暂存文件 " + target, e);
        } finally {
            if (!finished) {
                cancelled.set(true);
                while (reader.isAlive()) {
                    queue.poll(); // lets a reader blocked on a full queue see the cancellation
                    joinBriefly(reader);
                }
            }
        }
        return new CsvStager.Staged(target, records, maxFields, lineBreaks);
    }

    private static final Object END = new Object();
    private static final int BATCH = 1024;

    /** What the reading thread threw, to be thrown again on the writing thread. */
    private record Failure(Throwable error) {
        RuntimeException rethrow() {
            if (error instanceof Error e) {
                throw e;
            }
            return error instanceof RuntimeException r ? r : new IllegalStateException(error);
        }
    }

    private static void readInto(SheetCursor cursor, BlockingQueue<Object> queue, AtomicBoolean cancelled) {
        try {
            List<SheetRow> batch = new ArrayList<>(BATCH);
            SheetRow row;
            while (!cancelled.get() && (row = cursor.next()) != null) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    put(queue, batch, cancelled);
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(queue, batch, cancelled);
            put(queue, END, cancelled);
        } catch (Throwable t) {
            put(queue, new Failure(t), cancelled);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean cancelled) {
        try {
            while (!cancelled.get() && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the writer is behind: wait, unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取工作表时被中断", e);
        }
    }

    private static void joinBriefly(Thread t) {
        try {
            t.join(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes one row as a numbered CSV record; true when a quoted cell holds a line break. */
    private static boolean write(Writer w, SheetRow row) throws IOException {
        boolean lineBreaks = false;
        w.write(Integer.toString(row.rowNumber()));
        for (CellValue c : row.cells()) {
            w.write(',');
            String t = c.kind() == CellValue.Kind.BLANK ? "" : c.text();
            if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
                lineBreaks |= t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0;
                w.write('"');
                w.write(t.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(t);
            }
        }
        w.write('\n');
        return lineBreaks;
    }

    /**
     * Whether the row interpreter reads the cells' text alone the same as the cells themselves,
     * and the row is short enough for DuckDB's line limit (a row of many huge cells goes one by one).
     */
    private static boolean describedByText(SheetRow row) {
        long length = 0;
        for (CellValue c : row.cells()) {
            length += c.text().length();
            if (length > MAX_ROW) {
                return false;
            }
            switch (c.kind()) {
                case BLANK, TEXT, NUMBER, DATE -> {
                    if (c.text().length() > MAX_CELL || c.text().indexOf('\0') >= 0) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }
}
