package netmarket.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The folders and files the pipeline works with, all overridable (see application.yml). */
@ConfigurationProperties(prefix = "netmarket")
public record PipelineProperties(Path store, Path inputs, Path jobs, Path outputs, Path piiKeyFile, java.util.List<String> scoreRegions,
        String outputsReadableBy) {

    public PipelineProperties {
        scoreRegions = scoreRegions == null ? java.util.List.of() : java.util.List.copyOf(scoreRegions);
        outputsReadableBy = outputsReadableBy == null ? "world" : outputsReadableBy;
        // the publishers write under temporary (owner-only) names: this is the mode they give what they publish
        netmarket.publish.OutputPermissions.use(outputsReadableBy);
    }

    public Path referenceDir() {
        return jobs.resolve("reference");
    }
}
