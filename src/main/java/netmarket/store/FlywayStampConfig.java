package netmarket.store;

import java.sql.Connection;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Migrates the store as Spring Boot would, then records the scripts' fingerprint (SchemaStamp). */
@Configuration(proxyBeanMethods = false)
public class FlywayStampConfig {

    @Bean
    FlywayMigrationStrategy migrateAndStamp() {
        return flyway -> {
            flyway.migrate();
            try (Connection conn = flyway.getConfiguration().getDataSource().getConnection()) {
                SchemaStamp.record(conn);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("无法记录数据库结构指纹 / cannot record the schema stamp", e);
            }
        };
    }
}
