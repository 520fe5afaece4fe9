package netmarket.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import netmarket.source.SourceDefinitions;

/**
 * Lists the files under the inputs folder and matches each to a source definition. Files that
 * match none are reported, never silently ignored; links pointing outside the folder are refused.
 */
public final class InputScanner {

    /** What a scan found: files to load, and files nobody declared. */
    public record Scan(List<InputFile> matched, List<String> unmatched, List<String> refused) {}

    public static Scan scan(Path inputs, SourceDefinitions definitions) {
        List<InputFile> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (!Files.isDirectory(inputs)) {
            return new Scan(matched, unmatched, refused);
        }
        Path root;
        try {
            root = inputs.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f))
                    .sorted().toList()) {
                Path rel = root.relativize(p);
                String name = rel.toString().replace('\\', '/');
                if (rel.getFileName().toString().startsWith(".") || name.endsWith(".md")) {
                    continue;
                }
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                    refused.add(name + "（链接指向输入目录之外，已拒绝）");
                    continue;
                }
                List<netmarket.source.SourceDefinition> candidates = definitions.candidates(rel);
                if (candidates.isEmpty()) {
                    unmatched.add(name);
                } else {
                    matched.add(new InputFile(p, name, candidates));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法列出输入目录 " + inputs, e);
        }
        return new Scan(matched, unmatched, refused);
    }

    private InputScanner() {}
}
