-- Rule family "expert points": qualitative items scored in the expert assessment sheet (the current
-- sheet of the newest assessment year per region and rubric), capped at the item's points; a
-- region's self-assessment is shown, never counted (expert).
CREATE OR REPLACE MACRO score.rule_expert(p_rubric, p_year, p_month, p_overrides, p_measures) AS TABLE
WITH items AS (FROM score.rubric_items(p_rubric, ['expert'])),
regions AS (FROM score.scored_regions(p_rubric)),
-- 12: qualitative items from the expert assessment sheet (the current sheet of the newest assessment
-- year per region and rubric)
expert AS (
    SELECT e.*
    FROM fact.expert_score_current e
    QUALIFY e.assessment_year = max(e.assessment_year) OVER (PARTITION BY e.region_code, e.rubric_id)
),
expert_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           least(coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert'), 0), max(i.points)) AS points,
           CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'expert') > 0 THEN 'scored' ELSE 'not_assessable' END AS status,
           sum(e.points) FILTER (WHERE e.score_source = 'expert')::DECIMAL(38, 6) AS value, NULL::DECIMAL(38, 6) AS numerator,
           NULL::DECIMAL(38, 6) AS denominator, NULL::DECIMAL(38, 6) AS baseline,
           concat_ws('；',
               CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'expert') > 0
                    THEN format('专家评分 {}', mart.num_text(sum(e.points) FILTER (WHERE e.score_source = 'expert'))) END,
               CASE WHEN sum(e.points) FILTER (WHERE e.score_source = 'expert') > max(i.points)
                    THEN format('超过本项满分 {}，按满分计', mart.num_text(max(i.points))) END,
               CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'self') > 0
                    THEN format('自评 {} 分（不计入）', mart.num_text(sum(e.points) FILTER (WHERE e.score_source = 'self'))) END,
               string_agg(e.evidence, '；' ORDER BY e.row_number) FILTER (WHERE e.score_source = 'expert' AND e.evidence IS NOT NULL)) AS detail,
           CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'expert') = 0 THEN '专家评估表中本项的专家评分' END AS missing,
           CASE WHEN coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert'), 0) < max(i.points)
                THEN format('专家评估本项满分 {}，现得 {}：{}', mart.num_text(max(i.points)), mart.num_text(coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert'), 0)),
                            coalesce(max(i.text), '按指标说明补充佐证材料')) END AS next_point,
           string_agg(format('{}#{}', e.file_name, e.row_number), ' ' ORDER BY e.row_number) FILTER (WHERE e.score_source = 'expert') AS inputs,
           coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert') > max(i.points), false) AS capped
    FROM items i CROSS JOIN regions r
    LEFT JOIN expert e ON e.rubric_id = i.rubric_id AND e.region_code = r.region_code
                      AND e.indicator_no = i.indicator_no AND e.sub_item = i.sub_item
    WHERE i.rule = 'expert'
    GROUP BY i.rubric_id, i.indicator_no, i.sub_item, r.region_code
)
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM expert_items;
