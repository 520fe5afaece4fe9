package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiProtectorTest {

    private static final String ID = "350402199001011234";
    private static final byte[] KEY_A = "0123456789abcdef-key-a".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY_B = "0123456789abcdef-key-b".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theSameValueHashesTheSameUnderTheSameKey() {
        // when
        String first = new PiiProtector(KEY_A).hash(ID);
        String second = new PiiProtector(KEY_A.clone()).hash(ID);

        // then
        assertThat(first).isEqualTo(second);
    }

    @Test
    void theSameValueHashesDifferentlyUnderAnotherKey() {
        // when
        String a = new PiiProtector(KEY_A).hash(ID);
        String b = new PiiProtector(KEY_B).hash(ID);

        // then
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theHashDoesNotContainTheId() {
        // when
        String hash = new PiiProtector(KEY_A).hash(ID);

        // then
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(ID).doesNotContain(ID.substring(6, 14));
    }

    @Test
    void aKeyShorterThanSixteenBytesIsRefused() {
        // when / then
        assertThatThrownBy(() -> new PiiProtector("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
    }

    @Test
    void maskedIdKeepsTheFirstFourAndLastFourCharacters() {
        // when / then
        assertThat(PiiProtector.maskId(ID)).isEqualTo("3504**********1234");
    }

    @Test
    void aShortIdIsMaskedEntirely() {
        // when / then
        assertThat(PiiProtector.maskId("12345678")).isEqualTo("********");
    }

    @Test
    void maskedPhoneKeepsTheFirstThreeAndLastFourDigits() {
        // when / then
        assertThat(PiiProtector.maskPhone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void aShortPhoneKeepsOnlyItsLastTwoDigits() {
        // when / then
        assertThat(PiiProtector.maskPhone("8231234")).isEqualTo("*****34");
    }

    @Test
    void maskedNameKeepsTheFamilyNameCharacter() {
        // when / then
        assertThat(PiiProtector.maskName("张三")).isEqualTo("张*");
        assertThat(PiiProtector.maskName("欧阳明")).isEqualTo("欧**");
    }

    @Test
    void aMissingKeyFileIsCreatedReadableByTheOwnerOnly() throws IOException {
        // given
        assumeTrue(System.getenv("NETMARKET_PII_KEY") == null, "the key comes from the environment here");
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
        Path keyFile = dir.resolve("secrets/pii.key");

        // when
        PiiProtector.fromEnvironmentOrFile(keyFile);

        // then
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.readString(keyFile).strip()).matches("[0-9a-f]{64}");
    }

    @Test
    void anExistingKeyFileIsReusedSoHashesStayTheSame() throws IOException {
        // given
        assumeTrue(System.getenv("NETMARKET_PII_KEY") == null, "the key comes from the environment here");
        Path keyFile = dir.resolve("pii.key");
        String firstHash = PiiProtector.fromEnvironmentOrFile(keyFile).hash(ID);
        String key = Files.readString(keyFile);

        // when
        String secondHash = PiiProtector.fromEnvironmentOrFile(keyFile).hash(ID);

        // then
        assertThat(secondHash).isEqualTo(firstHash);
        assertThat(Files.readString(keyFile)).isEqualTo(key);
    }

    @Test
    void theKeyFileIsUsedAsItIsWritten() throws IOException {
        // given
        assumeTrue(System.getenv("NETMARKET_PII_KEY") == null, "the key comes from the environment here");
        Path keyFile = Files.writeString(dir.resolve("pii.key"), "0123456789abcdef-key-a\n");

        // when
        String hash = PiiProtector.fromEnvironmentOrFile(keyFile).hash(ID);

        // then
        assertThat(hash).isEqualTo(new PiiProtector(KEY_A).hash(ID));
    }
}
