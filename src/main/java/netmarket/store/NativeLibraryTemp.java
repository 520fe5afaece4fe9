package netmarket.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * DuckDB's JDBC driver copies its native library (about 70 MB) into the temp folder each time a
 * process starts and deletes it only when the process exits normally, so every interrupted run
 * left one behind. At start the copies older than ten minutes are removed: a library a running
 * process has loaded stays mapped after its file is gone (Linux, macOS); on Windows the delete of
 * one in use simply fails and it is left alone.
 */
public final class NativeLibraryTemp {

    private static final Duration AGE = Duration.ofMinutes(10);

    private NativeLibraryTemp() {}

    /** Removes stale copies from the temp folder; returns how many were removed. */
    public static int sweep() {
        return sweep(Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(AGE));
    }

    static int sweep(Path tmp, Instant olderThan) {
        int removed = 0;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(tmp, "{libduckdb_java,duckdb_java}*.{so,dylib,dll}")) {
            for (Path p : copies) {
                try {
                    if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(olderThan)) {
                        Files.delete(p);
                        removed++;
                    }
                } catch (IOException e) {
                    // in use (Windows) or already gone: left alone
                }
            }
        } catch (IOException | RuntimeException e) {
            // no readable temp folder: nothing to clean
        }
        return removed;
    }
}
