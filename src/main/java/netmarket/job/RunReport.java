package netmarket.job;

import java.util.ArrayList;
import java.util.List;
import netmarket.load.LoadOutcome;

/** What one run did, file by file, for the summary printed at its end. */
public final class RunReport {

    private final List<LoadOutcome> outcomes = new ArrayList<>();
    private final List<String> unmatched = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<netmarket.score.SnapshotWriter.Result> snapshots = new ArrayList<>();
    private final List<java.nio.file.Path> published = new ArrayList<>();

    synchronized void add(LoadOutcome outcome) {
        outcomes.add(outcome);
    }

    synchronized void scanned(InputScanner.Scan scan) {
        unmatched.clear();
        unmatched.addAll(scan.unmatched());
        refused.clear();
        refused.addAll(scan.refused());
    }

    public synchronized List<LoadOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    public synchronized List<String> refused() {
        return List.copyOf(refused);
    }

    synchronized void scored(netmarket.score.SnapshotWriter.Result result) {
        snapshots.add(result);
    }

    synchronized void published(java.nio.file.Path folder) {
        published.add(folder);
    }

    public synchronized List<java.nio.file.Path> published() {
        return List.copyOf(published);
    }

    public synchronized List<netmarket.score.SnapshotWriter.Result> snapshots() {
        return List.copyOf(snapshots);
    }

    synchronized void clear() {
        outcomes.clear();
        snapshots.clear();
        published.clear();
    }
}
