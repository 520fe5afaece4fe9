package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress lines: plain lines when not on a terminal, one redrawn line on a terminal. */
class ConsoleProgressTest {

    @Test
    void offATerminalItPrintsPlainLinesWithRowsRateAndTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        progress.rowsRead("名录.csv", 10_000, 0.25);
        progress.rowsRead("名录.csv", 40_000, 1.0);

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(2);
        assertThat(out).contains("名录.csv：已读 10,000 行（25%）", "行/秒", "约剩").contains("已读 40,000 行（100%）").doesNotContain("\r");
    }

    @Test
    void onATerminalItRedrawsOneLineAndEndsItWhenTheFileIsDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        progress.rowsRead("名录.xlsx", 10_000, -1);
        progress.rowsRead("名录.xlsx", 20_000, -1);
        progress.rowsRead("名录.xlsx", 25_000, 1.0);

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r").contains("已读 20,000 行").endsWith(System.lineSeparator());
        assertThat(out.chars().filter(c -> c == '\n').count()).as("one line, redrawn with carriage returns").isEqualTo(1);
    }

    @Test
    void smallFilesPrintNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false).rowsRead("小文件.csv", 120, 1.0);

        assertThat(bytes.size()).isZero();
    }
}
