package netmarket.load;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import netmarket.extract.CellValue;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;

/**
 * Hands the data rows of a spreadsheet (XLSX, XLS) to the bulk route's sorting ({@link PlainRecords})
 * as their row numbers and cell texts. A row the text alone would not describe (an error or
 * boolean cell, a cell longer than Excel allows) is handed to the row interpreter at once, with
 * its cells as read.
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
    static void stage(SheetCursor cursor, PlainRecords sorted, RowSpill spill, RowSink elsewhere, Runnable everyFewRows)
            throws SQLException, IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread reader = new Thread(() -> readInto(cursor, queue, cancelled), "netmarket-sheet-reader");
        reader.setDaemon(true);
        reader.start();
        long sinceProgress = 0;
        boolean finished = false;
        String[] texts = new String[16];
        try {
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
                    int n = row.cells().size();
                    if (texts.length < n) {
                        texts = new String[n];
                    }
                    for (int i = 0; i < n; i++) {
                        CellValue c = row.cells().get(i);
                        texts[i] = c.kind() == CellValue.Kind.BLANK || c.text().isEmpty() ? null : c.text();
                    }
                    if (!sorted.accept(row.rowNumber(), texts, n)) {
                        spill.write(row.rowNumber(), texts, n);
                    }
                }
            }
            finished = true;
        } finally {
            if (!finished) {
                cancelled.set(true);
                while (reader.isAlive()) {
                    queue.poll(); // lets a reader blocked on a full queue see the cancellation
                    joinBriefly(reader);
                }
            }
        }
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
