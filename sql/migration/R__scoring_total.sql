-- Aggregation: every item of a rubric for every region, scored for the period ending in that month,
-- as the rule families score them (R__scoring_rules_*.sql, combined by column name), with each
-- item's indicator, group and rule. The measures (registers of millions of rows among them) are
-- computed once here and handed to every family as a list. A rubric's rule names are checked
-- against the families when rubrics load (RubricCheck; RubricCheckTest keeps the two in step).
CREATE OR REPLACE MACRO score.evaluate_with(p_rubric, p_year, p_month, p_overrides) AS TABLE
WITH m AS MATERIALIZED (SELECT * FROM mart.measures_with(last_day(make_date(p_year, p_month, 1)), p_overrides)),
measures AS (SELECT list(m) AS rows FROM m),
scored AS (
    FROM score.rule_growth(p_rubric, p_year, p_month, p_overrides, (SELECT rows FROM measures))
    UNION ALL BY NAME
    FROM score.rule_ratios(p_rubric, p_year, p_month, p_overrides, (SELECT rows FROM measures))
    UNION ALL BY NAME
    FROM score.rule_counts(p_rubric, p_year, p_month, p_overrides, (SELECT rows FROM measures))
    UNION ALL BY NAME
    FROM score.rule_rates(p_rubric, p_year, p_month, p_overrides, (SELECT rows FROM measures))
    UNION ALL BY NAME
    FROM score.rule_records(p_rubric, p_year, p_month, p_overrides, (SELECT rows FROM measures))
    UNION ALL BY NAME
    FROM score.rule_expert(p_rubric, p_year, p_month, p_overrides, (SELECT rows FROM measures))
)
SELECT s.rubric_id, s.region_code, s.indicator_no, s.sub_item,
       ind.group_name, ind.subgroup_name, ind.name AS indicator_name, ind.kind, it.rule,
       it.points AS max_points,
       s.points::DECIMAL(10, 2) AS points,
       s.status, s.value, s.numerator, s.denominator, s.baseline,
       s.detail, s.missing, s.next_point, s.inputs, s.capped
FROM scored s
JOIN ref.rubric_item it ON it.rubric_id = s.rubric_id AND it.indicator_no = s.indicator_no AND it.sub_item = s.sub_item
JOIN ref.rubric_indicator ind ON ind.rubric_id = s.rubric_id AND ind.indicator_no = s.indicator_no;

CREATE OR REPLACE MACRO score.evaluate(p_rubric, p_year, p_month) AS TABLE
SELECT * FROM score.evaluate_with(p_rubric, p_year, p_month, NULL);

-- The pass rule of a rubric: 合格 when the total reaches the rubric's minimum and every group's
-- points reach its minimum rate of the group's denominator (p_groups: a list of {points,
-- denominator}); 不合格 otherwise; NULL when the rubric has no pass rule. The snapshots
-- (SnapshotWriter) and the what-if (WhatIf) both judge by it.
CREATE OR REPLACE MACRO score.pass_verdict(p_rubric, p_total, p_groups) AS (
    SELECT CASE WHEN r.pass_total_min IS NULL THEN NULL
                WHEN p_total >= r.pass_total_min
                 AND coalesce(len(list_filter(p_groups, lambda g: g.points * 100 < r.pass_group_rate_min_pct * g.denominator)), 0) = 0
                THEN '合格' ELSE '不合格' END
    FROM ref.rubric r WHERE r.rubric_id = p_rubric
);

-- What if some figures were different: every item of the rubric for every region scored with the
-- overrides (a list of score.override(metric, region, year, value[, kind, period_kind, month])), next
-- to its points without them. Nothing is stored.
CREATE OR REPLACE MACRO score.what_if(p_rubric, p_year, p_month, p_overrides) AS TABLE
SELECT w.*, b.points AS points_before, w.points - b.points AS points_change, b.status AS status_before, b.detail AS detail_before
FROM score.evaluate_with(p_rubric, p_year, p_month, p_overrides) w
JOIN score.evaluate(p_rubric, p_year, p_month) b USING (rubric_id, region_code, indicator_no, sub_item);

