package netmarket.score;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import netmarket.config.StrictYaml;

/**
 * A rubric file (jobs/rubrics/*.yml) as written, key by key, bound strictly: any key not here is an
 * error naming its line. Read by {@link RubricCheck} before anything runs and by {@link RubricFiles}
 * into the ref schema.
 */
record RubricFile(String id, String name, String source, Integer inUseFrom, String baseline, PassRule passRule, Map<String, Object> settings,
        List<Group> groups, List<Indicator> indicators) {

    static RubricFile read(Path file) {
        return StrictYaml.read(file, RubricFile.class);
    }

    record PassRule(BigDecimal totalMin, BigDecimal groupRateMinPct) {}

    record Group(String name, BigDecimal points, BigDecimal indicatorsSum, List<Subgroup> subgroups) {}

    record Subgroup(String name, BigDecimal points) {}

    record Indicator(@com.fasterxml.jackson.annotation.JsonProperty("no") Integer no, String group, String subgroup, String name,
            String kind, BigDecimal points, String text, List<Item> items) {}

    record Item(Integer sub, BigDecimal points, String rule, String text, String metric, String other, String numerator,
            String denominator, String numerator2, String denominator2, String baselineMetric, String baselineMetric2,
            String comparator, BigDecimal thresholdPct, BigDecimal perDocument, BigDecimal cap, BigDecimal coveragePct,
            BigDecimal minHours, Boolean strict, BigDecimal one, BigDecimal twoOrMore, List<Band> bands,
            Map<String, BigDecimal> thresholdsByZone, List<Tier> tiers) {}

    record Band(BigDecimal minPct, BigDecimal points) {}

    record Tier(BigDecimal min, BigDecimal one, BigDecimal twoOrMore) {}
}
