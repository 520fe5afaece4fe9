package netmarket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of DuckDB's native library left in the temp folder by interrupted runs are removed at the next start. */
class NativeLibraryTempTest {

    @TempDir
    Path tmp;

    @Test
    void staleCopiesAreRemovedAndARecentOneOrAnyOtherFileIsKept() throws Exception {
        Path stale = Files.write(tmp.resolve("libduckdb_java4242.so"), new byte[10]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.write(tmp.resolve("libduckdb_java4343.so"), new byte[10]);
        Path other = Files.write(tmp.resolve("something-else.so"), new byte[10]);
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        int removed = NativeLibraryTemp.sweep(tmp, Instant.now().minus(Duration.ofMinutes(10)));

        assertThat(removed).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }
}
