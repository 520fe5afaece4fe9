package netmarket.job;

import java.nio.file.Path;
import java.util.List;
import netmarket.source.SourceDefinition;

/**
 * A file found in the inputs folder and the definitions whose file patterns match it: usually
 * one; several when agencies share a name pattern, and then the file's header decides.
 */
public record InputFile(Path path, String name, List<SourceDefinition> candidates) {

    public InputFile {
        candidates = List.copyOf(candidates);
    }

    /** The definitions' names, for messages. */
    public String describe() {
        return String.join(" / ", candidates.stream().map(SourceDefinition::name).toList());
    }
}
