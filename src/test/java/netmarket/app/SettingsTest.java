package netmarket.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings are named once (Setting): the README's table lists exactly them, with their environment variables. */
class SettingsTest {

    @Test
    void theReadmeTableListsEverySettingAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("\\n\\| `--netmarket\\.([a-z.-]+)` \\|").matcher(readme);
        while (m.find()) {
            documented.add(m.group(1));
        }

        assertThat(documented).isEqualTo(new TreeSet<>(Setting.names()));
    }

    @TempDir
    Path dir;

    @Test
    void theLogFileSettingPutsTheLogThereOwnerOnlyAndNoneBesideTheStore() throws Exception {
        Path log = dir.resolve("logs-elsewhere.log");
        Path store = dir.resolve("store/s.duckdb");
        Files.createDirectories(store.getParent());

        Launcher.Result r = Launcher.run(dir, "history", "--netmarket.store=" + store,
                "--netmarket.log-file=" + log, "--netmarket.jobs=" + Path.of("jobs").toAbsolutePath());

        assertThat(r.exit()).as(r.terminal()).isZero();
        assertThat(log).exists();
        assertThat(Files.getPosixFilePermissions(log)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(store.resolveSibling("s.duckdb.log")).doesNotExist();
    }

    @Test
    void eachSettingIsReadFromTheCommandLineBeforeTheEnvironmentAndTheDefault() {
        String[] args = {"load", "--netmarket.busy-wait=30s"};

        assertThat(Setting.BUSY_WAIT.value(args)).isEqualTo("30s");
        assertThat(Setting.STORE.value(new String[] {"load"})).isEqualTo(System.getenv("NETMARKET_STORE") != null
                ? System.getenv("NETMARKET_STORE") : "data/netmarket.duckdb");
    }

    @Test
    void theReadmeNamesEachSettingsEnvironmentVariable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        for (Setting s : Setting.values()) {
            assertThat(readme).as(s.settingName()).containsPattern("`--netmarket\\." + Pattern.quote(s.settingName()) + "` \\|[^\\n]*\\| `"
                    + Pattern.quote(s.environmentVariable()) + "` \\|");
        }
    }
}
