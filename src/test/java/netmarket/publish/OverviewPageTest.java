package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import netmarket.load.StoreFixture;
import netmarket.score.SampleStores;
import netmarket.score.SnapshotWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * outputs/index.html: the league table of every scored region per rubric and period, each region's
 * history with the items that changed, links to every scorecard; self-contained, and rendered by
 * headless Chromium where it is installed.
 */
class OverviewPageTest {

    @TempDir
    Path dir;

    @Test
    void eachRegionsChangesAreTheItemsWhosePointsScoreDiffFindsChangedBetweenItsLastTwoSnapshots() throws Exception {
        Path outputs = dir.resolve("outputs");
        try (StoreFixture store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6))) {
            for (YearMonth p : List.of(YearMonth.of(2024, 12), YearMonth.of(2025, 6))) {
                SnapshotWriter.score(store.conn, "national", List.of("350400", "370502"), p, null);
            }
            Publisher.publish(store.conn, outputs);
            String page = Files.readString(outputs.resolve("index.html"), StandardCharsets.UTF_8);
            int changed = 0;
            for (String region : List.of("350400", "370502")) {
                List<Object> ids = store.rows("SELECT snapshot_id FROM score.snapshot WHERE rubric_id = 'national' AND region_code = '" + region
                        + "' ORDER BY period_year, period_month").stream().map(r -> r.get("snapshot_id")).toList();
                StringBuilder expected = new StringBuilder();
                for (var r : store.rows("SELECT indicator_no, sub_item, indicator_name, old_points, new_points FROM score.diff("
                        + ids.get(ids.size() - 2) + ", " + ids.get(ids.size() - 1) + ") WHERE old_points IS DISTINCT FROM new_points")) {
                    changed++;
                    int sub = ((Number) r.get("sub_item")).intValue();
                    expected.append("<tr><td>").append(SafeText.html(r.get("indicator_no") + (sub > 0 ? "." + sub : "") + " " + r.get("indicator_name")))
                            .append("</td><td>").append(points(r.get("old_points"))).append("</td><td>").append(points(r.get("new_points")))
                            .append("</td></tr>");
                }
                assertThat(page).contains(expected.length() == 0 ? "各项得分没有变化" : expected + "</tbody></table>");
            }
            assertThat(changed).as("the samples' two periods differ somewhere").isPositive();
        }
    }

    private static String points(Object v) {
        return v == null ? "—" : ((java.math.BigDecimal) v).stripTrailingZeros().toPlainString();
    }

    @Test
    void theOverviewRanksTheRegionsShowsTheirHistoryAndLinksEveryScorecard() throws Exception {
        Path outputs = dir.resolve("outputs");
        String page;
        try (StoreFixture store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6))) {
            for (YearMonth p : List.of(YearMonth.of(2024, 12), YearMonth.of(2025, 6))) {
                SnapshotWriter.score(store.conn, "national", List.of("350400", "370502"), p, null);
            }
            Publisher.publish(store.conn, outputs);
            page = Files.readString(outputs.resolve("index.html"), StandardCharsets.UTF_8);
            String first = store.rows("SELECT region_name FROM mart.league WHERE rubric_id = 'national' AND period_year = 2025 AND rank = 1")
                    .get(0).get("region_name").toString();
            assertThat(page).contains("全国网络市场监管与服务示范区评估指标体系 · 2025-06（2 个地区）", "2024-12", "较上期", "上期 2024-12",
                    "<td>1</td><td><a href=", first, "各地区历期一级指标得分率", "与上一期相比");
        }
        assertThat(page).doesNotContain("<script", "src=\"http", "href=\"http", "@import");
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(page);
        int n = 0;
        while (links.find()) {
            assertThat(outputs.resolve(links.group(1))).as("link %s", links.group(1)).isRegularFile();
            n++;
        }
        assertThat(n).as("a link per league row").isEqualTo(5);

        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "跳过：本机没有 Chromium（Debian 包 chromium），无法截图 / skipped: chromium not installed");
        Path png = dir.resolve("index.png");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("chromium-profile"),
                "--window-size=1000,1400", "--screenshot=" + png, outputs.resolve("index.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((c >> 16) - 0x1f) < 14 && Math.abs(((c >> 8) & 0xFF) - 0x6f) < 14 && Math.abs((c & 0xFF) - 0xb2) < 14) {
                    blue++;
                }
            }
        }
        assertThat(blue).as("the links and the first group's history line are drawn").isGreaterThan(300);
        Files.copy(png, Path.of("target/overview-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
