package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    @Test
    void strictUtf8WithoutBomIsUtf8() {
        // given
        byte[] bytes = "地区,数值\n".getBytes(StandardCharsets.UTF_8);

        // when
        TextEncoding encoding = TextEncoding.detect(bytes, true);

        // then
        assertThat(encoding).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 0));
    }

    @Test
    void bytesThatAreNotUtf8AreGb18030() {
        // given
        byte[] bytes = "地区,数值\n".getBytes(Charset.forName("GBK"));

        // when
        TextEncoding encoding = TextEncoding.detect(bytes, true);

        // then
        assertThat(encoding).isEqualTo(new TextEncoding(TextEncoding.GB18030, 0));
    }

    @Test
    void byteOrderMarksDecideTheEncodingAndTheirLength() {
        // given
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        byte[] utf16be = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};

        // when / then
        assertThat(TextEncoding.detect(utf8, true)).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3));
        assertThat(TextEncoding.detect(utf16le, true)).isEqualTo(new TextEncoding(StandardCharsets.UTF_16LE, 2));
        assertThat(TextEncoding.detect(utf16be, true)).isEqualTo(new TextEncoding(StandardCharsets.UTF_16BE, 2));
    }

    @Test
    void aSampleCutInsideAMultibyteCharacterStillCountsAsUtf8() {
        // given: the sample ends one byte into "明" (3 bytes in UTF-8)
        byte[] whole = "三明".getBytes(StandardCharsets.UTF_8);
        byte[] sample = Arrays.copyOf(whole, whole.length - 1);

        // when
        TextEncoding encoding = TextEncoding.detect(sample, false);

        // then
        assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeFileEndingInsideAMultibyteCharacterIsNotUtf8() {
        // given: the same bytes, but they are the whole file
        byte[] whole = "三明".getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(whole, whole.length - 1);

        // when
        TextEncoding encoding = TextEncoding.detect(file, true);

        // then
        assertThat(encoding.charset()).isEqualTo(TextEncoding.GB18030);
    }

    @Test
    void theStrictDecoderRefusesBytesOutsideTheEncoding() {
        // given
        byte[] gbk = "东营".getBytes(Charset.forName("GBK"));
        TextEncoding utf8 = new TextEncoding(StandardCharsets.UTF_8, 0);

        // when / then
        assertThatThrownBy(() -> utf8.strictDecoder().decode(ByteBuffer.wrap(gbk)))
                .isInstanceOf(CharacterCodingException.class);
    }
}
