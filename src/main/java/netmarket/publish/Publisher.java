package netmarket.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what report tools read, under outputs/: per snapshot a folder
 * {region}/{rubric}/{period}/v{version}/ with scorecard.xlsx, scorecard.csv and report.html, and
 * parquet/ with every snapshot. A snapshot never changes, so its files are written once.
 */
public final class Publisher {

    /** The folder one snapshot's files go to. */
    public record Published(long snapshotId, Path folder, boolean written) {}

    private Publisher() {}

    public static List<Published> publish(Connection conn, Path outputs) throws SQLException, IOException {
        List<Published> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT snapshot_id FROM score.snapshot ORDER BY region_code, rubric_id, period_year, period_month, version");
                ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            for (long id : ids) {
                out.add(publishOne(conn, outputs, id));
            }
        }
        ParquetExport.write(conn, outputs.resolve("parquet"));
        return out;
    }

    public static Published publishOne(Connection conn, Path outputs, long snapshotId) throws SQLException, IOException {
        Scorecard card = Scorecard.read(conn, snapshotId);
        Path folder = folder(outputs, card.header());
        boolean complete = Files.exists(folder.resolve("scorecard.xlsx")) && Files.exists(folder.resolve("scorecard.csv"))
                && Files.exists(folder.resolve("report.html"));
        if (!complete) {
            XlsxScorecard.write(card, folder.resolve("scorecard.xlsx"));
            CsvScorecard.write(card, folder.resolve("scorecard.csv"));
            HtmlReport.write(card, folder.resolve("report.html"));
        }
        // the folders too, from outputs/ down, whatever the process's umask made them
        for (Path p = folder.toAbsolutePath(); p != null && p.startsWith(outputs.toAbsolutePath()); p = p.getParent()) {
            OutputPermissions.apply(p);
        }
        return new Published(snapshotId, folder, !complete);
    }

    static Path folder(Path outputs, Scorecard.Header h) {
        String region = (h.regionCode() + "-" + h.regionName()).replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        return outputs.resolve(region).resolve(h.rubricId()).resolve(h.periodCode()).resolve("v" + h.version());
    }
}
