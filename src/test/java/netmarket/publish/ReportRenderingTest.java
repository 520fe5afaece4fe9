package netmarket.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import netmarket.load.StoreFixture;
import netmarket.score.SampleStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports as people see them: the HTML report rendered by headless Chromium, the workbook
 * converted to PDF by LibreOffice. Each test needs its Debian package (chromium,
 * libreoffice-calc; .ci/run installs them) and is skipped, saying so, where it is absent.
 */
class ReportRenderingTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path LIBREOFFICE = Path.of("/usr/bin/libreoffice");

    @TempDir
    static Path dir;

    static StoreFixture store;
    static Path folder;

    @BeforeAll
    static void export() throws Exception {
        store = SampleStores.loadedAndScored(Files.createDirectories(dir.resolve("store")), YearMonth.of(2025, 6));
        folder = Publisher.publish(store.conn, dir.resolve("outputs")).stream().map(Publisher.Published::folder)
                .filter(f -> f.toString().contains("370502")).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void chromiumRendersTheReportWithItsCharts() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "跳过：本机没有 Chromium（Debian 包 chromium），无法截图 / skipped: chromium not installed");
        Path png = dir.resolve("report.png");

        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1100,1600", "--screenshot=" + png,
                folder.resolve("report.html").toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(1600);
        assertThat(Files.size(png)).isGreaterThan(50_000);
        assertThat(count(image, 0x1F6FB2)).as("blue of the bars and the region's growth line").isGreaterThan(10_000);
        assertThat(count(image, 0xE67E22)).as("orange of the baseline's growth line").isGreaterThan(100);
        Files.copy(png, Path.of("target/report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(LIBREOFFICE), "跳过：本机没有 LibreOffice（Debian 包 libreoffice-calc） / skipped: libreoffice not installed");
        Path out = Files.createDirectories(dir.resolve("pdf"));

        Process p = new ProcessBuilder(LIBREOFFICE.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), folder.resolve("scorecard.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        Path pdf = out.resolve("scorecard.pdf");
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("lo.log"))).isZero();
        assertThat(pdf).isRegularFile();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        Files.copy(pdf, Path.of("target/scorecard.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        printedItemsAreReadable(pdf);
    }

    /**
     * 评分表 (every page after 汇总) prints A4 landscape at readable size, over as many pages as it takes,
     * each with the header row: poppler's word boxes give the printed size (a word's box is about
     * 1.18 times its font size, so 8 pt type has boxes of at least 9.4 pt) and every word within the page.
     */
    private void printedItemsAreReadable(Path pdf) throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "跳过：本机没有 pdftotext（Debian 包 poppler-utils） / skipped: pdftotext not installed");
        Path boxes = dir.resolve("boxes.html");
        Process p = new ProcessBuilder(pdftotext.toString(), "-bbox", pdf.toString(), boxes.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String[] pages = Files.readString(boxes).split("<page ");
        assertThat(pages.length - 2).as("pages of 评分表").isGreaterThanOrEqualTo(2);
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<");
        for (int i = 2; i < pages.length; i++) {
            double width = Double.parseDouble(pages[i].replaceFirst("(?s)^width=\"([\\d.]+)\".*", "$1"));
            java.util.List<Double> heights = new java.util.ArrayList<>();
            StringBuilder text = new StringBuilder();
            java.util.regex.Matcher m = word.matcher(pages[i]);
            while (m.find()) {
                heights.add(Double.parseDouble(m.group(4)) - Double.parseDouble(m.group(2)));
                assertThat(Double.parseDouble(m.group(3))).as("page %d: within the page's width", i).isLessThanOrEqualTo(width);
                text.append(m.group(5));
            }
            java.util.Collections.sort(heights);
            assertThat(heights.get(heights.size() / 2)).as("page %d: median word height (pt)", i).isGreaterThanOrEqualTo(9.4);
            assertThat(text.toString()).as("page %d repeats the header row", i).contains("三级指标", "得分");
        }
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((c >> 16) - (rgb >> 16)) < 12 && Math.abs(((c >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 12
                        && Math.abs((c & 0xFF) - (rgb & 0xFF)) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

}
