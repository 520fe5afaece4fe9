package netmarket.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives a Spring test its own store, inputs (a copy of the samples), and PII key, in a temp folder. */
final class JobTestSupport {

    private JobTestSupport() {}

    static Path newRoot(String name) {
        try {
            Path root = Files.createTempDirectory("netmarket-" + name);
            copyTree(Path.of("inputs"), root.resolve("inputs"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void register(DynamicPropertyRegistry registry, Path root) {
        registry.add("netmarket.store", () -> root.resolve("store/netmarket.duckdb").toString());
        registry.add("netmarket.inputs", () -> root.resolve("inputs").toString());
        registry.add("netmarket.outputs", () -> root.resolve("outputs").toString());
        registry.add("netmarket.pii-key-file", () -> root.resolve("pii.key").toString());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
