package netmarket.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import netmarket.load.ReferenceTables;
import netmarket.load.StoreFixture;

/** Test support: a store with every sample input loaded and the rubrics in place. */
final class ScoredStore {

    private ScoredStore() {}

    static StoreFixture withSamples(Path dir) throws Exception {
        StoreFixture store = new StoreFixture(dir);
        loadReference(store);
        try (Stream<Path> files = Files.walk(Path.of("inputs"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
                String name = Path.of("inputs").relativize(f).toString();
                store.load(f, name, store.definitions.match(Path.of(name)).orElseThrow());
            }
        }
        return store;
    }

    static void loadReference(StoreFixture store) throws SQLException {
        store.conn.setAutoCommit(false);
        ReferenceTables.replace(store.conn, store.ctx);
        RubricFiles.replace(store.conn, Path.of("jobs/rubrics"));
        store.conn.commit();
        store.conn.setAutoCommit(true);
    }
}
