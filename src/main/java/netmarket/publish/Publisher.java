package netmarket.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import netmarket.store.Sql;

/**
 * Writes what report tools read, under outputs/: per snapshot a folder
 * {region}/{rubric}/{period}/v{version}/ with scorecard.xlsx, scorecard.csv and report.html, and
 * parquet/ with every snapshot. A snapshot never changes, so its files are written once.
 */
public final class Publisher {

    /** The folder one snapshot's files go to. */
    public record Published(long snapshotId, Path folder, boolean written) {}

    private Publisher() {}

    /** Snapshots whose scorecards are read together (one query per part for all of them). */
    private static final int BATCH = 200;

    public static List<Published> publish(Connection conn, Path outputs) throws SQLException, IOException {
        List<Scorecard.Header> headers = Scorecard.headers(conn);
        java.util.Map<Long, Published> done = new java.util.HashMap<>();
        List<Long> toWrite = new ArrayList<>();
        for (Scorecard.Header h : headers) {
            Path folder = folder(outputs, h);
            if (complete(h, folder)) {
                done.put(h.snapshotId(), permitted(outputs, new Published(h.snapshotId(), folder, false)));
            } else {
                toWrite.add(h.snapshotId());
            }
        }
        for (int i = 0; i < toWrite.size(); i += BATCH) {
            for (Scorecard card : Scorecard.read(conn, toWrite.subList(i, Math.min(toWrite.size(), i + BATCH)))) {
                done.put(card.header().snapshotId(), write(outputs, card));
            }
        }
        List<Published> out = new ArrayList<>();
        headers.forEach(h -> out.add(done.get(h.snapshotId())));
        removeReplacedProvisional(outputs, out);
        java.util.Map<Long, Path> folders = new java.util.HashMap<>();
        out.forEach(p -> folders.put(p.snapshotId(), p.folder()));
        OverviewPage.write(conn, outputs, folders);
        ParquetExport.write(conn, outputs.resolve("parquet"));
        return out;
    }

    /** Deletes the folders of provisional snapshots that a later scoring replaced (their snapshot is gone from the store). */
    private static void removeReplacedProvisional(Path outputs, List<Published> current) throws IOException {
        java.util.Set<Path> keep = new java.util.HashSet<>();
        current.forEach(p -> keep.add(p.folder().toAbsolutePath().normalize()));
        if (!Files.isDirectory(outputs)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.find(outputs, 5,
                (p, a) -> a.isDirectory() && p.getFileName().toString().matches("v\\d+-provisional"))) {
            for (Path stale : all.toList()) {
                if (!keep.contains(stale.toAbsolutePath().normalize())) {
                    ParquetExport.deleteTree(stale);
                }
            }
        }
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Withdraws a final snapshot: flags it (kept, with when and why) and moves its exports to
     * outputs/withdrawn/, written again with the withdrawal on them; the Parquet dataset is rewritten.
     */
    public static Published withdraw(Connection conn, Path outputs, long snapshotId, String reason) throws SQLException, IOException {
        Path before = folder(outputs, Scorecard.read(conn, snapshotId).header());
        Sql.on(conn).update("UPDATE score.snapshot SET withdrawn_at = current_timestamp, withdrawn_reason = ? WHERE snapshot_id = ?",
                reason, snapshotId);
        Published moved = publishOne(conn, outputs, snapshotId);
        if (Files.exists(before) && !before.equals(moved.folder())) {
            ParquetExport.deleteTree(before);
            // and the folders it leaves empty, up to outputs/
            for (Path p = before.getParent(); p != null && !p.equals(outputs) && p.startsWith(outputs) && isEmptyDir(p); p = p.getParent()) {
                Files.delete(p);
            }
        }
        ParquetExport.write(conn, outputs.resolve("parquet"));
        java.util.Map<Long, Path> folders = new java.util.HashMap<>();
        for (Scorecard.Header h : Scorecard.headers(conn)) {
            folders.put(h.snapshotId(), folder(outputs, h));
        }
        OverviewPage.write(conn, outputs, folders);
        return moved;
    }

    /** Writes one snapshot's files unless they are there already. */
    public static Published publishOne(Connection conn, Path outputs, long snapshotId) throws SQLException, IOException {
        Scorecard card = Scorecard.read(conn, snapshotId);
        Path folder = folder(outputs, card.header());
        return complete(card.header(), folder) ? permitted(outputs, new Published(snapshotId, folder, false)) : write(outputs, card);
    }

    /** Whether a snapshot's files are all there; a provisional one's never are: the snapshot in it may have been replaced. */
    private static boolean complete(Scorecard.Header header, Path folder) {
        return !header.provisional() && Files.exists(folder.resolve("scorecard.xlsx")) && Files.exists(folder.resolve("scorecard.csv"))
                && Files.exists(folder.resolve("report.html"));
    }

    private static Published write(Path outputs, Scorecard card) throws IOException {
        Path folder = folder(outputs, card.header());
        XlsxScorecard.write(card, folder.resolve("scorecard.xlsx"));
        CsvScorecard.write(card, folder.resolve("scorecard.csv"));
        HtmlReport.write(card, folder.resolve("report.html"));
        return permitted(outputs, new Published(card.header().snapshotId(), folder, true));
    }

    /** The folders too, from outputs/ down, whatever the process's umask made them. */
    private static Published permitted(Path outputs, Published p) throws IOException {
        for (Path f = p.folder().toAbsolutePath(); f != null && f.startsWith(outputs.toAbsolutePath()); f = f.getParent()) {
            OutputPermissions.apply(f);
        }
        return p;
    }

    /**
     * The folder one snapshot's files go to: {region}/{rubric}/{YYYY-MM}/v{n}; a provisional one's
     * ends in -provisional (removed once the snapshot is replaced), a withdrawn one's is under withdrawn/.
     */
    public static Path folder(Path outputs, Scorecard.Header h) {
        String region = (h.regionCode() + "-" + h.regionName()).replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        Path root = h.withdrawn() ? outputs.resolve("withdrawn") : outputs;
        return root.resolve(region).resolve(h.rubricId()).resolve(h.periodCode()).resolve("v" + h.version() + (h.provisional() ? "-provisional" : ""));
    }
}
