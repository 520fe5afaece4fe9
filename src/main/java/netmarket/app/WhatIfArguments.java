package netmarket.app;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import netmarket.config.Nearest;

/** The what-if command's own arguments, checked with the others before anything starts. */
final class WhatIfArguments {

    private WhatIfArguments() {}

    /** whatif: one region, at least one --set, each well formed and naming a metric of jobs/reference/metrics.yml. */
    static UserError check(String[] args, Path jobs) {
        String region = ArgumentCheck.value(args, "region");
        if (region == null || region.isBlank() || region.contains(",")) {
            return UserError.arguments("whatif 须指定一个地区：--region=350400 或 --region=三明市。本次未做任何操作",
                    "whatif needs one region: --region=350400 or a name. Nothing was done");
        }
        List<String> sets = Arrays.stream(args).filter(a -> a.startsWith("--set=")).map(a -> a.substring(6)).toList();
        if (sets.isEmpty()) {
            return UserError.arguments("whatif 须至少给出一个假设值，如 --set=online_retail_sales.growth=9.5。本次未做任何操作",
                    "whatif needs at least one --set, e.g. --set=online_retail_sales.growth=9.5. Nothing was done");
        }
        netmarket.normalize.MetricCatalog metrics;
        try {
            metrics = netmarket.normalize.MetricCatalog.load(jobs.resolve("reference").resolve("metrics.yml"));
        } catch (RuntimeException e) {
            return null; // the definitions check names what is wrong with metrics.yml
        }
        for (String set : sets) {
            List<netmarket.score.WhatIf.Override> overrides;
            try {
                overrides = netmarket.score.WhatIf.parse(set, YearMonth.now().minusMonths(1));
            } catch (IllegalArgumentException e) {
                return UserError.arguments(e.getMessage().split(" / ")[0] + "。本次未做任何操作", e.getMessage().split(" / ")[1] + ". Nothing was done");
            }
            String metric = overrides.get(0).metric();
            if (metrics.byId(metric).isEmpty()) {
                List<String> ids = metrics.all().stream().map(m -> m.id()).sorted().toList();
                String near = Nearest.of(metric, ids);
                return UserError.arguments("--set 中的指标「" + metric + "」不在 metrics.yml 中" + (near != null ? "，是否应为「" + near + "」？" : "")
                        + "本次未做任何操作", "--set names no metric '" + metric + "'" + (near != null ? " (did you mean '" + near + "'?)" : "")
                        + "; nothing was done");
            }
        }
        return null;
    }
}
