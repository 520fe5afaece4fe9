package netmarket.score;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import netmarket.load.StoreFixture;

/** Test support for other packages: the sample inputs loaded and both sample regions scored. */
public final class SampleStores {

    private SampleStores() {}

    /** Reference data and rubrics only, no loads. */
    public static void referenceOnly(StoreFixture store) throws java.sql.SQLException {
        ScoredStore.loadReference(store);
    }

    public static StoreFixture loadedAndScored(Path dir, YearMonth period) throws Exception {
        StoreFixture store = ScoredStore.withSamples(dir);
        store.conn.setAutoCommit(false);
        SnapshotWriter.score(store.conn, "national", List.of("350400"), period, null);
        SnapshotWriter.score(store.conn, "shandong", List.of("370502"), period, null);
        store.conn.commit();
        store.conn.setAutoCommit(true);
        return store;
    }
}
