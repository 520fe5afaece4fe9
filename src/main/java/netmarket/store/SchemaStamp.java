package netmarket.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the store's schema is current without asking Flyway: the SHA-256 of every migration script
 * on the classpath (name and content), recorded in meta.schema_stamp after each migration and
 * compared by the commands that only read.
 */
public final class SchemaStamp {

    private SchemaStamp() {}

    /** The fingerprint of the migration scripts this build carries. */
    public static String expected() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/migration/*.sql");
            Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Resource r : scripts) {
                md.update(r.getFilename().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                try (InputStream in = r.getInputStream()) {
                    md.update(in.readAllBytes());
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint recorded in the store, if any. */
    public static Optional<String> stored(Connection conn) {
        try {
            return Sql.on(conn).first("SELECT max(stamp) FROM meta.schema_stamp", rs -> rs.getString(1));
        } catch (SQLException e) {
            return Optional.empty(); // a store older than the table: not current
        }
    }

    /** Records this build's fingerprint, after a migration. */
    public static void record(Connection conn) throws SQLException {
        Sql sql = Sql.on(conn);
        sql.update("DELETE FROM meta.schema_stamp");
        sql.update("INSERT INTO meta.schema_stamp VALUES (?, current_timestamp)", expected());
    }
}
