package netmarket.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The folders and files the pipeline works with, all overridable (see application.yml). */
@ConfigurationProperties(prefix = "netmarket")
public record PipelineProperties(Path store, Path inputs, Path jobs, Path outputs, Path piiKeyFile, java.util.List<String> scoreRegions,
        String outputsReadableBy, Duckdb duckdb) {

    /** What DuckDB may use: its memory limit (beyond it, it spills to the temporary folder), that folder, and its threads. */
    public record Duckdb(String memoryLimit, Path tempDirectory, Integer threads) {

        private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)",
                java.util.regex.Pattern.CASE_INSENSITIVE);

        public Duckdb {
            if (memoryLimit != null && !memoryLimit.isBlank() && !SIZE.matcher(memoryLimit.strip()).matches()) {
                throw UserError.arguments("--netmarket.duckdb.memory-limit 应为大小，如 512MB、2GB，写的是「" + memoryLimit + "」。本次未做任何操作",
                        "--netmarket.duckdb.memory-limit takes a size such as 512MB or 2GB, not '" + memoryLimit + "'. Nothing was done");
            }
            if (threads != null && threads < 1) {
                throw UserError.arguments("--netmarket.duckdb.threads 应为正整数，写的是 " + threads + "。本次未做任何操作",
                        "--netmarket.duckdb.threads takes a positive number, not " + threads + ". Nothing was done");
            }
        }

        /** DuckDB's temporary folder: the setting, else next to the store. */
        public Path tempDirectoryFor(Path store) {
            return tempDirectory != null ? tempDirectory.toAbsolutePath() : Path.of(store.toAbsolutePath() + ".tmp");
        }
    }

    public PipelineProperties {
        scoreRegions = scoreRegions == null ? java.util.List.of() : java.util.List.copyOf(scoreRegions);
        outputsReadableBy = outputsReadableBy == null ? "world" : outputsReadableBy;
        duckdb = duckdb == null ? new Duckdb(null, null, null) : duckdb;
        // the publishers write under temporary (owner-only) names: this is the mode they give what they publish
        netmarket.publish.OutputPermissions.use(outputsReadableBy);
    }

    public Path referenceDir() {
        return jobs.resolve("reference");
    }
}
