package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CSV fast path's UTF-8 check agrees with Java's strict decoder, byte for byte. */
class Utf8Test {

    private static boolean strict(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnTheEdgesOfEveryForm() {
        int[][] cases = {{0x41}, {0xE4, 0xB8, 0x89}, {0xC2, 0xA0}, {0xC1, 0xBF}, {0xE0, 0x9F, 0x80}, {0xE0, 0xA0, 0x80},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xF0, 0x8F, 0x80, 0x80}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF},
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xE4, 0xB8}, {0xFF}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            assertThat(Utf8.valid(b, 0, b.length)).as(java.util.Arrays.toString(c)).isEqualTo(strict(b));
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            random.nextBytes(b);
            assertThat(Utf8.valid(b, 0, b.length)).as(java.util.Arrays.toString(b)).isEqualTo(strict(b));
        }
    }
}
