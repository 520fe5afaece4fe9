package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells the encoding of a CSV: a BOM decides (UTF-8, UTF-16); otherwise text that decodes as
 * strict UTF-8 is UTF-8, and anything else is GB18030 (a superset of GBK, what Chinese Excel's
 * "CSV" writes without a BOM).
 */
public record TextEncoding(Charset charset, int bomLength) {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE_BYTES = 1 << 16;

    public static TextEncoding detect(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new InputFileException("无法读取文件: " + e.getMessage(), e);
        }
        return detect(head, head.length < SAMPLE_BYTES);
    }

    static TextEncoding detect(byte[] head, boolean complete) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isUtf8(head, complete) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Strict UTF-8 check; a sample cut inside a multi-byte character at its end still counts. */
    static boolean isUtf8(byte[] bytes, boolean complete) {
        int end = bytes.length;
        if (!complete) {
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(Arrays.copyOf(bytes, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A decoder that fails on bytes that do not belong to the encoding instead of guessing. */
    public CharsetDecoder strictDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
