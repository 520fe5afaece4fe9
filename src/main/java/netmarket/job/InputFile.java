package netmarket.job;

import java.nio.file.Path;
import netmarket.source.SourceDefinition;

/** A file found in the inputs folder and the definition that says how to read it. */
public record InputFile(Path path, String name, SourceDefinition definition) {}
