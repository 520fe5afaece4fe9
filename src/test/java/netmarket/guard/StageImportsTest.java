package netmarket.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages use each other one way, as ARCHITECTURE.md draws them: a stage's code names (by import
 * or fully qualified) only the packages listed for it, so scoring never reaches into loading and
 * publishing reads only the store. {@code job} and {@code app} wire the stages and may use any.
 */
class StageImportsTest {

    private static final Path MAIN = Path.of("src/main/java/netmarket");

    /** Each stage's package and the project packages its code may name. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "config", Set.of(),
            "extract", Set.of(),
            "normalize", Set.of("config", "extract"),
            "source", Set.of("config", "normalize"),
            "load", Set.of("extract", "normalize", "source", "store"),
            "score", Set.of("config", "normalize", "store"),
            "publish", Set.of("store"),
            "store", Set.of("app")); // the store's Spring configuration reads the typed settings

    private static final Pattern NAMED = Pattern.compile("\\bnetmarket\\.([a-z]+)\\.[A-Za-z]");

    @Test
    void eachStageNamesOnlyThePackagesItMayUse() throws IOException {
        Set<String> packages = packages();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> stage : MAY_USE.entrySet()) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(stage.getKey()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = NAMED.matcher(Files.readString(f));
                    while (m.find()) {
                        String used = m.group(1);
                        if (packages.contains(used) && !used.equals(stage.getKey()) && !stage.getValue().contains(used)) {
                            wrong.add(MAIN.relativize(f) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPackageIsAStageThisTestKnowsOrAWiringOne() throws IOException {
        Set<String> wiring = Set.of("job", "app");

        assertThat(packages()).allMatch(p -> MAY_USE.containsKey(p) || wiring.contains(p));
    }

    private static Set<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return Set.copyOf(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList());
        }
    }
}
