package netmarket.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per store: an operating-system lock on {@code <store>.lock}, holding the
 * process id of the run. The system releases it when the process ends, however it ends (even
 * kill -9), so a lock that can be taken proves no other run is alive, and an interrupted job can
 * safely be recovered. A second run finds the lock taken and stops at once, touching nothing.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path store) {
        return store.toAbsolutePath().resolveSibling(store.getFileName() + ".lock");
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<RunLock> tryAcquire(Path store) {
        Path file = lockFile(store);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return Optional.of(new RunLock(channel, lock));
        } catch (java.nio.channels.OverlappingFileLockException e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
            return Optional.empty(); // held by this very process
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建运行锁文件 " + file, e);
        }
    }

    /** The process id written by the run holding the lock, if readable. */
    public static String holder(Path store) {
        try {
            return Files.readString(lockFile(store), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the system releases it at exit anyway
        }
    }
}
