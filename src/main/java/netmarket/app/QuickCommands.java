package netmarket.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import netmarket.load.LoadContext;
import netmarket.load.Preview;
import netmarket.normalize.MetricCatalog;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.UnitTable;
import netmarket.source.SourceDefinition;
import netmarket.source.SourceDefinitions;

/**
 * The commands that need neither the store nor the application context, so they answer at once:
 * {@code validate} (check every definition) and {@code preview FILE} (what loading a file would do).
 */
public final class QuickCommands {

    private QuickCommands() {}

    /** Libraries' own warnings (POI falling back on a broken zip) are not for this terminal: the commands say it plainly. */
    private static void quietLibraries() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** Exit code 0 when every definition is usable, 2 otherwise. */
    public static int validate(Path jobs, PrintStream out, PrintStream err) {
        quietLibraries();
        List<String> problems = DefinitionCheck.problems(jobs);
        if (!problems.isEmpty()) {
            err.println(DefinitionCheck.message(jobs, problems));
            return 2;
        }
        SourceDefinitions defs = SourceDefinitions.load(jobs);
        out.println("全部 " + defs.all().size() + " 个数据源定义及参考数据、评估指标体系均有效（" + jobs + "）。");
        out.println("All " + defs.all().size() + " definitions, the reference data and the rubrics in " + jobs + " are valid.");
        return 0;
    }

    /**
     * Exit code 0 when a definition reads the file, 3 when none does (the reasons are printed),
     * 2 for a wrong argument or a definition error.
     */
    public static int preview(String fileArg, String sourceId, Path jobs, Path inputs, PrintStream out, PrintStream err) {
        quietLibraries();
        if (fileArg == null || fileArg.isBlank()) {
            err.println("用法 / usage: preview 文件路径 [--source=定义id]（例如 preview inputs/统计局/零售_2025年6月.xlsx）");
            return 2;
        }
        Path file = Path.of(fileArg);
        if (!Files.isRegularFile(file)) {
            err.println("找不到文件 " + file.toAbsolutePath() + "，请检查路径。/ File not found: " + file);
            return 2;
        }
        List<String> problems = DefinitionCheck.problems(jobs);
        if (!problems.isEmpty()) {
            err.println(DefinitionCheck.message(jobs, problems));
            return 2;
        }
        SourceDefinitions defs = SourceDefinitions.load(jobs);
        String name = nameFor(file, inputs);
        List<SourceDefinition> candidates;
        if (sourceId != null) {
            SourceDefinition d = defs.byId(sourceId).orElse(null);
            if (d == null) {
                err.println("没有 id 为「" + sourceId + "」的数据源定义；可用: " + defs.all().stream().map(SourceDefinition::id).toList()
                        + " / no definition with that id");
                return 2;
            }
            candidates = List.of(d);
        } else {
            candidates = defs.candidates(Path.of(name));
        }
        Path ref = jobs.resolve("reference");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key); // nothing is stored: a throwaway key, so no key file is created
        LoadContext ctx = new LoadContext(RegionDirectory.load(ref.resolve("regions.csv")), UnitTable.load(ref.resolve("units.csv")),
                MetricCatalog.load(ref.resolve("metrics.yml")), new PiiProtector(key));
        long started = System.nanoTime();
        boolean ok;
        try {
            ok = new Preview(ctx, out).show(file, name, candidates);
        } catch (RuntimeException e) {
            // a file that breaks the reader in a way nobody foresaw: one plain line, as a load would report it
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            err.println("无法预览 " + name + "：" + (t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName())
                    + " / cannot preview this file");
            return 3;
        }
        out.println(String.format("（预览用时 %.2f 秒；未写入数据库 / nothing was written）", (System.nanoTime() - started) / 1e9));
        return ok ? 0 : 3;
    }

    /** The name definitions match against: relative to the inputs folder, else the file's folder and name. */
    static String nameFor(Path file, Path inputs) {
        Path abs = file.toAbsolutePath().normalize();
        Path in = inputs.toAbsolutePath().normalize();
        if (abs.startsWith(in)) {
            return in.relativize(abs).toString().replace('\\', '/');
        }
        Path parent = abs.getParent();
        return (parent != null && parent.getFileName() != null ? parent.getFileName() + "/" : "") + abs.getFileName();
    }

}
