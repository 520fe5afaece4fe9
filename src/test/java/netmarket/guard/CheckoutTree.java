package netmarket.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The checkout as the suite found it: every file outside target/ and .git/ with its size and
 * modification time. Recorded by the first test class of the run and compared by the last, so a
 * test writing into the checkout's inputs/, outputs/, data/ or anywhere else fails the build.
 */
final class CheckoutTree {

    static volatile Map<String, String> before;

    private CheckoutTree() {}

    static Map<String, String> now() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("target/") || rel.startsWith(".git/")) {
                    continue;
                }
                files.put(rel, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
