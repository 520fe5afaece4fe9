package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a temporary file back by position through the block cache gives exactly its bytes. */
class BlockReaderTest {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws Exception {
        return Files.write(dir.resolve("f.bin"), content);
    }

    @Test
    void rangesAnywhereInTheFileComeBackExactlyWhateverTheOrderOfReading() throws Exception {
        byte[] content = new byte[600_000]; // about nine blocks, more than the two slots below
        new Random(7).nextBytes(content);
        Random r = new Random(11);
        try (BlockReader reader = new BlockReader(file(content), 2)) {
            for (int i = 0; i < 5_000; i++) {
                int start = r.nextInt(content.length);
                int end = Math.min(content.length, start + r.nextInt(i % 50 == 0 ? 200_000 : 300));
                assertThat(reader.bytes(start, end)).isEqualTo(Arrays.copyOfRange(content, start, end));
            }
        }
    }

    @Test
    void longsAreReadBigEndianFromAnyBlock() throws Exception {
        ByteBuffer longs = ByteBuffer.allocate(8 * 20_000);
        for (long i = 0; i < 20_000; i++) {
            longs.putLong(i * 1_000_003L - 5);
        }
        try (BlockReader reader = new BlockReader(file(longs.array()), 1)) {
            for (int i = 19_999; i >= 0; i -= 7) {
                assertThat(reader.getLong(i * 8L)).isEqualTo(i * 1_000_003L - 5);
            }
        }
    }

    @Test
    void aFileCutShortUnderTheReaderIsAnErrorNotShortData() throws Exception {
        Path f = file(new byte[100_000]);
        try (BlockReader reader = new BlockReader(f, 4)) {
            Files.write(f, new byte[10]);
            assertThatThrownBy(() -> reader.bytes(70_000, 70_010)).hasMessageContaining("truncated");
        }
    }
}
