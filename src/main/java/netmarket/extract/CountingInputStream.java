package netmarket.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the bytes read through it, for progress (the share of a file read so far); readable from another thread. */
final class CountingInputStream extends FilterInputStream {

    private final AtomicLong read = new AtomicLong();

    CountingInputStream(InputStream in) {
        super(in);
    }

    /** The bytes read so far. */
    long count() {
        return read.get();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            read.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            read.addAndGet(n);
        }
        return n;
    }
}
