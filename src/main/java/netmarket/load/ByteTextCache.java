package netmarket.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a cell's text was judged to mean (a region code, a date, an identity), keyed by the text's
 * UTF-8 bytes so a record's cells need not become Strings to be looked up: an open-addressing
 * table that stops taking new texts at its limit (a hostile file of endless distinct values then
 * costs time, not heap). With {@code direct} it keeps only the latest text per slot, for values
 * that repeat nearby (an operator's listings on its several platforms).
 */
final class ByteTextCache {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final long seed = ThreadLocalRandom.current().nextLong();
    private final byte[][] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int limit;
    private final boolean direct;
    private int size;

    /** A table of at most {@code limit} texts; {@code direct}: one per slot, the latest replacing the older. */
    ByteTextCache(int limit, boolean direct) {
        int capacity = Integer.highestOneBit(Math.max(16, limit * 2 - 1)) << 1;
        this.keys = new byte[capacity][];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.limit = limit;
        this.direct = direct;
    }

    /** The text's hash, eight bytes at a time, seeded per table so a file cannot be made of colliding texts. */
    int hash(byte[] b, int from, int to) {
        long h = seed ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        for (; i < to; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x94D049BB133111EBL;
        }
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    /** The value of the text {@code b[from, to)}, or null when it is not known. */
    Object get(byte[] b, int from, int to, int hash) {
        int mask = keys.length - 1;
        for (int i = hash & mask;; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == hash && Arrays.equals(k, 0, k.length, b, from, to)) {
                return values[i];
            }
            if (direct) {
                return null;
            }
        }
    }

    /** Remembers the value of the text {@code b[from, to)} (unless the table is full). */
    void put(byte[] b, int from, int to, int hash, Object value) {
        int mask = keys.length - 1;
        if (direct) {
            int i = hash & mask;
            keys[i] = Arrays.copyOfRange(b, from, to);
            hashes[i] = hash;
            values[i] = value;
            return;
        }
        if (size >= limit) {
            return;
        }
        int i = hash & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = Arrays.copyOfRange(b, from, to);
        hashes[i] = hash;
        values[i] = value;
        size++;
    }
}
