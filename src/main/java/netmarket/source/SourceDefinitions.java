package netmarket.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import netmarket.config.DefinitionException;
import netmarket.config.StrictYaml;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.UnitTable;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks every source definition in the jobs folder (one YAML file per feed) against
 * the reference data in jobs/reference/: unknown keys, wrong types, unknown metric ids, units,
 * targets, field names and types are errors naming file, line and key, all reported at once.
 */
public final class SourceDefinitions {


    /** One writer for every definition's canonical form: a mapper learns each type once, so it is shared. */
    private static final YAMLMapper CANONICAL = YAMLMapper.builder().build();

    private final List<SourceDefinition> definitions;

    private SourceDefinitions(List<SourceDefinition> definitions) {
        this.definitions = definitions;
    }

    /** The definitions of {@code jobsDir}, checked against {@code jobsDir/reference}. */
    public static SourceDefinitions load(Path jobsDir) {
        return load(jobsDir, jobsDir.resolve("reference"));
    }

    /** The definitions of {@code jobsDir}, checked against the reference data in {@code referenceDir}. */
    public static SourceDefinitions load(Path jobsDir, Path referenceDir) {
        List<String> problems = new ArrayList<>();
        SourceDefinitions defs = read(jobsDir, referenceDir, problems);
        if (!problems.isEmpty()) {
            throw new DefinitionException(String.join("\n", problems));
        }
        return defs;
    }

    /** Every problem of every definition in {@code jobsDir} (empty when all are usable). */
    public static List<String> problems(Path jobsDir, Path referenceDir) {
        List<String> problems = new ArrayList<>();
        read(jobsDir, referenceDir, problems);
        return problems;
    }

    private static SourceDefinitions read(Path jobsDir, Path referenceDir, List<String> problems) {
        if (!Files.isDirectory(jobsDir)) {
            throw new DefinitionException("数据源定义目录不存在: " + jobsDir + "（用 --netmarket.jobs= 指定）/ jobs folder not found");
        }
        Reference ref = Reference.load(referenceDir);
        List<SourceDefinition> defs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(jobsDir)) {
            files = list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new DefinitionException("无法读取数据源定义目录 " + jobsDir + ": " + e.getMessage());
        }
        Map<String, Path> ids = new HashMap<>();
        for (Path f : files) {
            try {
                FeedFile raw = StrictYaml.read(f, FeedFile.class);
                DefinitionChecker c = new DefinitionChecker(f, ref);
                SourceDefinition d = c.check(raw);
                if (!c.problems.isEmpty()) {
                    problems.addAll(c.problems);
                    continue;
                }
                Path other = ids.putIfAbsent(d.id(), f);
                if (other != null) {
                    problems.add(f + ": id「" + d.id() + "」已在 " + other.getFileName() + " 中使用 / duplicate id");
                    continue;
                }
                defs.add(d);
            } catch (DefinitionException e) {
                problems.add(e.getMessage());
            }
        }
        return new SourceDefinitions(List.copyOf(defs));
    }

    public List<SourceDefinition> all() {
        return definitions;
    }

    /** Every definition whose file patterns match (several when agencies share a name pattern). */
    public List<SourceDefinition> candidates(Path relative) {
        return definitions.stream().filter(d -> d.matches(relative)).toList();
    }

    /** The one definition whose file patterns match; an error if two do (use {@link #candidates} to route by content). */
    public Optional<SourceDefinition> match(Path relative) {
        List<SourceDefinition> hits = candidates(relative);
        if (hits.size() > 1) {
            throw new DefinitionException("文件 " + relative + " 同时匹配多个数据源定义: "
                    + hits.stream().map(SourceDefinition::id).toList());
        }
        return hits.stream().findFirst();
    }

    public Optional<SourceDefinition> byId(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The reference data definitions are checked against. */
    record Reference(MetricCatalog metrics, UnitTable units, RegionDirectory regions, TargetCatalog targets) {
        static Reference load(Path dir) {
            for (String f : List.of("metrics.yml", "units.csv", "regions.csv", "targets.yml")) {
                if (!Files.isRegularFile(dir.resolve(f))) {
                    throw new DefinitionException("参考数据缺少 " + dir.resolve(f) + " / reference file missing");
                }
            }
            return new Reference(MetricCatalog.load(dir.resolve("metrics.yml")), UnitTable.load(dir.resolve("units.csv")),
                    RegionDirectory.load(dir.resolve("regions.csv")), TargetCatalog.load(dir.resolve("targets.yml")));
        }
    }

    /** A hash of the definition as bound (comments and spacing do not count): what a load records. */
    static String canonicalSha(FeedFile y) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(y);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
