package netmarket.app;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting of the pipeline ({@code --netmarket.NAME=value}, else its environment variable,
 * else the default), named in one place: the checks before start-up refuse a name not here, and the
 * store gate, the scheduler and the log read their values here before Spring starts. Spring binds
 * the same names into {@link PipelineProperties} (application.yml holds the same defaults).
 */
public enum Setting {
    STORE("store", "NETMARKET_STORE", "data/netmarket.duckdb"),
    INPUTS("inputs", "NETMARKET_INPUTS", "inputs"),
    JOBS("jobs", "NETMARKET_JOBS", "jobs"),
    OUTPUTS("outputs", "NETMARKET_OUTPUTS", "outputs"),
    PII_KEY_FILE("pii-key-file", "NETMARKET_PIIKEYFILE", null),
    SCORE_REGIONS("score-regions", "NETMARKET_SCOREREGIONS", null),
    OUTPUTS_READABLE_BY("outputs-readable-by", "NETMARKET_OUTPUTSREADABLEBY", "world"),
    BUSY_WAIT("busy-wait", "NETMARKET_BUSY_WAIT", "10m"),
    BACKUP("backup", "NETMARKET_BACKUP", "true"),
    SCHEDULE_CRON("schedule.cron", "NETMARKET_SCHEDULE_CRON", "0 0 2 3 * *"),
    SCHEDULE_MAX_RUNS("schedule.max-runs", "NETMARKET_SCHEDULE_MAXRUNS", "0"),
    SCHEDULE_RETRY("schedule.retry", "NETMARKET_SCHEDULE_RETRY", "1h"),
    DUCKDB_MEMORY_LIMIT("duckdb.memory-limit", "NETMARKET_DUCKDB_MEMORYLIMIT", null),
    DUCKDB_TEMP_DIRECTORY("duckdb.temp-directory", "NETMARKET_DUCKDB_TEMPDIRECTORY", null),
    DUCKDB_THREADS("duckdb.threads", "NETMARKET_DUCKDB_THREADS", null),
    LOG_FILE("log-file", "NETMARKET_LOGFILE", null);

    private final String name;
    private final String env;
    private final String fallback;

    Setting(String name, String env, String fallback) {
        this.name = name;
        this.env = env;
        this.fallback = fallback;
    }

    /** The name after {@code --netmarket.}. */
    public String settingName() {
        return name;
    }

    /** The environment variable that sets it when the command line does not. */
    public String environmentVariable() {
        return env;
    }

    /** The value the command line or the environment gives, else the default (null: none). */
    public String value(String[] args) {
        return EarlyOptions.value(args, "netmarket." + name, env, fallback);
    }

    /** Every setting's name after {@code --netmarket.}. */
    public static Set<String> names() {
        return Arrays.stream(values()).map(s -> s.name).collect(Collectors.toUnmodifiableSet());
    }
}
