package netmarket.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the store's schema to this build's, before anything else uses it: Flyway migrates with
 * the scripts of {@code sql/migration} (in the jar), then the scripts' fingerprint is recorded
 * (SchemaStamp). A store already stamped with this build's scripts is current and Flyway is not
 * even started: checking every script costs a quarter of a second at every run.
 */
public final class StoreMigration {

    static final String LOCATION = "classpath:sql/migration";

    private StoreMigration() {}

    /** Migrates {@code store} unless it is current. */
    public static void migrate(DataSource store) {
        String expected = SchemaStamp.expected();
        try (Connection conn = store.getConnection()) {
            if (SchemaStamp.stored(conn).filter(expected::equals).isPresent()) {
                return; // every script of this build was applied, and nothing else
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法读取数据库结构指纹 / cannot read the schema stamp: " + e.getMessage(), e);
        }
        Flyway.configure().dataSource(store).locations(LOCATION).load().migrate();
        try (Connection conn = store.getConnection()) {
            SchemaStamp.record(conn);
        } catch (SQLException e) {
            throw new IllegalStateException("无法记录数据库结构指纹 / cannot record the schema stamp: " + e.getMessage(), e);
        }
    }
}
