package netmarket.store;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * Keeps Spring Batch's job repository in the DuckDB store (schema "batch"), so job metadata and the
 * loaded rows commit together and a failed run restarts where it stopped. DuckDB speaks enough of
 * PostgreSQL's dialect for the repository's queries; it rejects SERIALIZABLE, hence DEFAULT.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(
        databaseType = "POSTGRES",
        tablePrefix = "batch.BATCH_",
        isolationLevelForCreate = Isolation.DEFAULT)
public class BatchRepositoryConfig {}
