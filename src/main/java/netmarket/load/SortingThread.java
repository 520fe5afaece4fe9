package netmarket.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import netmarket.extract.CsvRecords;

/**
 * Runs the sorting of a CSV's records ({@link PlainRecords}) on a second thread while this one
 * splits the file, so the two halves of the bulk route's Java work share the machine's cores:
 * records travel in batches (copied, in file order) through a short queue, so memory stays flat.
 * A measured fast path (BENCHMARKS.md).
 */
final class SortingThread implements CsvRecords.Sink, AutoCloseable {

    private static final int BATCH_BYTES = 1 << 20;
    private static final int BATCH_RECORDS = 8_192;
    private static final Batch END = new Batch();

    /** Records in one array: bytes, each record's first field, each field's bounds, each record's row number. */
    private static final class Batch {
        byte[] bytes = new byte[BATCH_BYTES];
        int used;
        int[] firstField = new int[BATCH_RECORDS + 1];
        int[] start = new int[BATCH_RECORDS * 8];
        int[] end = new int[BATCH_RECORDS * 8];
        long[] rowNumber = new long[BATCH_RECORDS];
        int records;
        int fields;

        boolean full(int bytesMore, int fieldsMore) {
            return records == BATCH_RECORDS || (used + bytesMore > bytes.length && records > 0) || fields + fieldsMore > start.length && records > 0;
        }
    }

    private final PlainRecords sorted;
    private final RowSpill spill;
    private final long firstRowNumber;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
    private final Thread worker;
    private volatile Throwable failure;
    private volatile boolean cancelled;
    private Batch batch = new Batch();

    /** Sorts into {@code sorted}, the rest into {@code spill}; record i of the split is row {@code firstRowNumber + i} of the file. */
    SortingThread(PlainRecords sorted, RowSpill spill, long firstRowNumber) {
        this.sorted = sorted;
        this.spill = spill;
        this.firstRowNumber = firstRowNumber;
        this.worker = new Thread(this::work, "netmarket-sorting");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void record(long index, byte[] bytes, int[] start, int[] end, int count) throws IOException {
        int from = count == 0 ? 0 : start[0];
        int to = count == 0 ? 0 : end[count - 1];
        if (batch.full(to - from, count)) {
            hand(batch);
            batch = new Batch();
        }
        Batch b = batch;
        if (b.used + (to - from) > b.bytes.length) {
            b.bytes = Arrays.copyOf(b.bytes, b.used + (to - from)); // one record larger than a batch: it travels alone
        }
        if (b.fields + count > b.start.length) {
            b.start = Arrays.copyOf(b.start, b.fields + count);
            b.end = Arrays.copyOf(b.end, b.fields + count);
        }
        System.arraycopy(bytes, from, b.bytes, b.used, to - from);
        for (int i = 0; i < count; i++) {
            b.start[b.fields + i] = start[i] - from + b.used;
            b.end[b.fields + i] = end[i] - from + b.used;
        }
        b.rowNumber[b.records] = firstRowNumber + index;
        b.firstField[b.records] = b.fields;
        b.records++;
        b.fields += count;
        b.firstField[b.records] = b.fields;
        b.used += to - from;
    }

    /** Waits until every record handed over is sorted; throws what the sorting thread threw. */
    void finish() throws IOException {
        hand(batch);
        hand(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("排序线程被中断", e);
        }
        rethrow();
    }

    private void hand(Batch b) throws IOException {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("排序线程被中断", e);
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void work() {
        try {
            int[] start = new int[16];
            int[] end = new int[16];
            while (!cancelled) {
                Batch b = queue.poll(100, TimeUnit.MILLISECONDS);
                if (b == null) {
                    continue;
                }
                if (b == END) {
                    return;
                }
                for (int r = 0; r < b.records && !cancelled; r++) {
                    int f0 = b.firstField[r];
                    int n = b.firstField[r + 1] - f0;
                    if (start.length < n) {
                        start = new int[n];
                        end = new int[n];
                    }
                    System.arraycopy(b.start, f0, start, 0, n);
                    System.arraycopy(b.end, f0, end, 0, n);
                    if (!sorted.accept(b.rowNumber[r], b.bytes, start, end, n)) {
                        spill.write(b.rowNumber[r], b.bytes, start, end, n);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    /** Stops the sorting thread if the split did not finish (a failure, a file that is not stageable). */
    @Override
    public void close() {
        cancelled = true;
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            throw new UncheckedIOException(new IOException("排序线程未能停止"));
        }
    }
}
