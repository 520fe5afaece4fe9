package netmarket.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import netmarket.config.DefinitionException;
import netmarket.score.RubricCheck;
import netmarket.source.SourceDefinitions;

/** Checks every YAML in jobs/ (feeds, reference data, rubrics) before the store is opened or anything is loaded. */
public final class DefinitionCheck {

    private DefinitionCheck() {}

    /** Every problem found, each naming file, line and key; empty when all definitions are usable. */
    public static List<String> problems(Path jobs) {
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(SourceDefinitions.problems(jobs, jobs.resolve("reference")));
        } catch (DefinitionException e) {
            problems.add(e.getMessage());
        } catch (RuntimeException e) {
            // reference files that cannot be read at all (a broken regions.csv, metrics.yml)
            problems.add("参考数据无法读取 / reference data unreadable: " + e.getMessage());
        }
        problems.addAll(RubricCheck.problems(jobs.resolve("rubrics")));
        try {
            problems.addAll(netmarket.score.PlanTargets.problems(jobs.resolve("targets"), jobs.resolve("reference")));
        } catch (RuntimeException e) {
            problems.add("规划目标无法检查 / plan targets unreadable: " + e.getMessage());
        }
        return problems;
    }

    /** The plain message for definitions with problems: what, where, what to do. */
    public static String message(Path jobs, List<String> problems) {
        return "数据源定义有误（" + jobs + "），本次未做任何操作。请按下列提示修改后再运行；"
                + "java -jar target/netmarket.jar validate 可单独检查。\n"
                + "Definitions in " + jobs + " have errors; nothing was done. Fix them and run again (validate checks them alone).\n"
                + String.join("\n", problems.stream().map(p -> "- " + p.replace("\n", "\n  ")).toList());
    }
}
