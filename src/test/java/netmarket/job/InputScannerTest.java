package netmarket.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import netmarket.source.SourceDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only files really inside the inputs folder are read; links leading out of it are refused and reported. */
class InputScannerTest {

    @TempDir
    Path dir;

    @Test
    void aLinkPointingOutsideTheInputsFolderIsRefusedAndReported() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs/统计局"));
        Path outside = Files.writeString(dir.resolve("secret.csv"), "地区,时期\n");
        Files.createSymbolicLink(inputs.resolve("社会消费品零售总额.csv"), outside);

        InputScanner.Scan scan = InputScanner.scan(dir.resolve("inputs"), SourceDefinitions.load(Path.of("jobs")));

        assertThat(scan.matched()).isEmpty();
        assertThat(scan.refused()).singleElement().asString().contains("统计局/社会消费品零售总额.csv", "输入目录之外");
    }

    @Test
    void aLinkedFolderLeadingOutsideIsNotFollowed() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/统计局"));
        Files.writeString(elsewhere.resolve("社会消费品零售总额.csv"), "地区\n");
        Files.createSymbolicLink(inputs.resolve("link"), dir.resolve("elsewhere"));

        InputScanner.Scan scan = InputScanner.scan(inputs, SourceDefinitions.load(Path.of("jobs")));

        assertThat(scan.matched()).isEmpty();
    }

    @Test
    void filesNoDefinitionMatchesAreListedNotIgnored() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("随便什么.txt"), "x");

        InputScanner.Scan scan = InputScanner.scan(inputs, SourceDefinitions.load(Path.of("jobs")));

        assertThat(scan.unmatched()).containsExactly("随便什么.txt");
    }
}
