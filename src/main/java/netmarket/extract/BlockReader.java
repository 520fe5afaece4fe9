package netmarket.extract;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A finished temporary file read back by position through a small cache of 64 KiB blocks (one
 * slot per block number modulo the slots). Unlike a memory map, whose pages stay in the process's
 * resident memory until the garbage collector unmaps them, reading it this way keeps the process's
 * resident memory to the cache: the operating system's page cache holds the file, and gives it back.
 * Not for concurrent use.
 */
final class BlockReader implements AutoCloseable {

    private static final int BITS = 16;
    private static final int BLOCK = 1 << BITS;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final FileChannel channel;
    private final long size;
    private final byte[][] blocks;
    private final long[] numbers;
    private final int mask;

    /** Opens the file for reading with the given number of cache slots (a power of two). */
    BlockReader(Path file, int slots) throws IOException {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        this.blocks = new byte[slots][];
        this.numbers = new long[slots];
        Arrays.fill(numbers, -1);
        this.mask = slots - 1;
    }

    /** The big-endian long at a position that is a multiple of 8. */
    long getLong(long position) throws IOException {
        return (long) LONG.get(block(position >>> BITS), (int) (position & (BLOCK - 1)));
    }

    /** The bytes from start (inclusive) to end (exclusive). */
    byte[] bytes(long start, long end) throws IOException {
        int length = Math.toIntExact(end - start);
        int offset = (int) (start & (BLOCK - 1));
        if (offset + length <= BLOCK) {
            return Arrays.copyOfRange(block(start >>> BITS), offset, offset + length);
        }
        byte[] out = new byte[length];
        read(ByteBuffer.wrap(out), start);
        return out;
    }

    private byte[] block(long number) throws IOException {
        int slot = (int) (number & mask);
        if (numbers[slot] != number) {
            if (blocks[slot] == null) {
                blocks[slot] = new byte[BLOCK];
            }
            numbers[slot] = -1;
            long start = number << BITS;
            read(ByteBuffer.wrap(blocks[slot], 0, (int) Math.min(BLOCK, size - start)), start);
            numbers[slot] = number;
        }
        return blocks[slot];
    }

    private void read(ByteBuffer into, long position) throws IOException {
        while (into.hasRemaining()) {
            int n = channel.read(into, position);
            if (n < 0) {
                throw new IOException("临时文件被截断 / temporary file truncated");
            }
            position += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
