package netmarket.job;

import java.util.ArrayList;
import java.util.List;
import netmarket.load.LoadOutcome;

/** What one run did, file by file, for the summary printed at its end. */
public final class RunReport {

    private final List<java.util.Map.Entry<Integer, LoadOutcome>> outcomes = new ArrayList<>();
    private final java.util.Map<String, Integer> scanOrder = new java.util.HashMap<>();
    private final List<String> unmatched = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<netmarket.score.SnapshotWriter.Result> snapshots = new ArrayList<>();
    private final List<java.nio.file.Path> published = new ArrayList<>();

    /** One file's outcome; the summary lists them in the folder's order, whichever was decided first. */
    synchronized void add(InputFile file, LoadOutcome outcome) {
        outcomes.add(java.util.Map.entry(scanOrder.getOrDefault(file.name(), Integer.MAX_VALUE), outcome));
    }

    synchronized void scanned(InputScanner.Scan scan) {
        unmatched.clear();
        unmatched.addAll(scan.unmatched());
        refused.clear();
        refused.addAll(scan.refused());
        scanOrder.clear();
        for (InputFile f : scan.matched()) {
            scanOrder.putIfAbsent(f.name(), scanOrder.size());
        }
    }

    public synchronized List<LoadOutcome> outcomes() {
        return outcomes.stream().sorted(java.util.Map.Entry.comparingByKey()).map(java.util.Map.Entry::getValue).toList();
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
