-- Rule family "growth" (national indicators 1, 2): a growth rate against the baseline's rate of the
-- same metric (growth_vs_baseline) or against another metric's rate in the region (growth_vs_metric),
-- year by year over the two years judged, half the item's points a year. Like for like: official
-- rate against official rate; where either side has none, both sides from levels exact enough to
-- derive a rate (mart.annual_growth_with); never an official rate against a level's.
-- Every rule family takes the same arguments and returns the same named columns (score.evaluate_with
-- combines them by name): p_measures is the list of mart.measures_with rows, computed once per evaluation.
CREATE OR REPLACE MACRO score.rule_growth(p_rubric, p_year, p_month, p_overrides, p_measures) AS TABLE
WITH items AS (FROM score.rubric_items(p_rubric, ['growth_vs_baseline', 'growth_vs_metric'])),
regions AS (FROM score.scored_regions(p_rubric)),
yrs AS (FROM score.judged_years(p_year, p_month)),
-- 1, 2: growth against the baseline's growth, or against another metric's growth, year by year
growth_years AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, i.points AS item_points, r.region_code, y.year,
           g.official_pct AS a_off, g.levels_pn AS a_lpn, g.levels_pd AS a_lpd, g.levels_pct AS a_lpct, g.levels_exact AS a_exact,
           g.official_inputs AS a_oin, g.levels_inputs AS a_lin,
           b.official_pct AS b_off, b.levels_pn AS b_lpn, b.levels_pd AS b_lpd, b.levels_pct AS b_lpct, b.levels_exact AS b_exact,
           b.official_inputs AS b_oin, b.levels_inputs AS b_lin,
           ma.name AS a_name,
           CASE WHEN i.rule = 'growth_vs_baseline' THEN rb.region_name || ma.name ELSE mo.name END AS b_name
    FROM items i CROSS JOIN regions r CROSS JOIN yrs y
    LEFT JOIN mart.annual_growth_with(p_overrides) g ON g.metric_id = i.metric AND g.region_code = r.region_code AND g.year = y.year
    LEFT JOIN mart.annual_growth_with(p_overrides) b
           ON b.metric_id = CASE WHEN i.rule = 'growth_vs_baseline' THEN i.metric ELSE i.other_metric END
          AND b.region_code = CASE WHEN i.rule = 'growth_vs_baseline' THEN r.baseline_code ELSE r.region_code END
          AND b.year = y.year
    LEFT JOIN ref.metric ma ON ma.metric_id = i.metric
    LEFT JOIN ref.metric mo ON mo.metric_id = i.other_metric
    LEFT JOIN mart.region_context rb ON rb.region_code = r.baseline_code
    WHERE i.rule IN ('growth_vs_baseline', 'growth_vs_metric')
),
-- like for like: official rate against official rate; where either side has none, both sides from
-- levels, and only levels exact enough to derive a rate; never an official rate against a level's
growth_basis AS (
    SELECT *,
           CASE WHEN a_off IS NOT NULL AND b_off IS NOT NULL THEN 'official'
                WHEN a_lpn IS NOT NULL AND b_lpn IS NOT NULL AND a_exact AND b_exact THEN 'levels' END AS basis
    FROM growth_years
),
growth_judged AS (
    SELECT *,
           basis IS NOT NULL AS assessable,
           CASE basis WHEN 'official' THEN a_off WHEN 'levels' THEN a_lpct END AS a_pct,
           CASE basis WHEN 'official' THEN b_off WHEN 'levels' THEN b_lpct END AS b_pct,
           coalesce(CASE basis WHEN 'official' THEN a_off > b_off
                               WHEN 'levels' THEN mart.product_cmp(a_lpn, b_lpd, b_lpn, a_lpd) > 0 END, false) AS passed,
           CASE basis WHEN 'official' THEN concat_ws(' ', a_oin, b_oin) WHEN 'levels' THEN concat_ws(' ', a_lin, b_lin)
                ELSE concat_ws(' ', a_oin, a_lin, b_oin, b_lin) END AS inputs
    FROM growth_basis
),
growth_items AS (
    SELECT rubric_id, indicator_no, sub_item, region_code,
           score.points_half_a_year(passed, item_points) AS points, score.status_of_every_year(assessable) AS status,
           NULL::DECIMAL(38, 6) AS value, NULL::DECIMAL(38, 6) AS numerator, NULL::DECIMAL(38, 6) AS denominator,
           NULL::DECIMAL(38, 6) AS baseline,
           string_agg(CASE WHEN assessable
                           THEN format('{}年：本地区{}增速 {}% vs {}增速 {}%（{}）：{}', year, a_name, mart.num_text(round(a_pct, 2)),
                                       b_name, mart.num_text(round(b_pct, 2)),
                                       CASE basis WHEN 'official' THEN '均为公布值' ELSE '均按总量计算' END,
                                       CASE WHEN passed THEN '超过，得分' ELSE '未超过' END)
                           ELSE format('{}年：本地区{}增速 {}，{}增速 {}：两侧口径不一致，无法评估', year, a_name,
                                       CASE WHEN a_off IS NOT NULL THEN mart.num_text(round(a_off, 2)) || '%（公布值）'
                                            WHEN a_lpn IS NOT NULL THEN mart.num_text(round(a_lpct, 2)) || '%（按总量计算'
                                                 || CASE WHEN a_exact THEN '' ELSE '，总量精度不足' END || '）' ELSE '缺' END,
                                       b_name,
                                       CASE WHEN b_off IS NOT NULL THEN mart.num_text(round(b_off, 2)) || '%（公布值）'
                                            WHEN b_lpn IS NOT NULL THEN mart.num_text(round(b_lpct, 2)) || '%（按总量计算'
                                                 || CASE WHEN b_exact THEN '' ELSE '，总量精度不足' END || '）' ELSE '缺' END) END,
                      '；' ORDER BY year) AS detail,
           string_agg(CASE WHEN NOT assessable THEN concat_ws('；',
                               CASE WHEN a_off IS NULL THEN format('{}年本地区{}增速（公布值）', year, a_name) END,
                               CASE WHEN b_off IS NULL THEN format('{}年{}增速（公布值）', year, b_name) END) END,
                      '；' ORDER BY year) AS missing,
           string_agg(CASE WHEN assessable AND NOT passed
                           THEN format('{}年{}增速须超过{}（{}%），本地区为 {}%', year, a_name, b_name, mart.num_text(round(b_pct, 2)), mart.num_text(round(a_pct, 2)))
                           WHEN NOT assessable
                           THEN format('补充{}，{}年即可评估', concat_ws('和',
                                   CASE WHEN a_off IS NULL THEN format('本地区{}增速公布值', a_name) END,
                                   CASE WHEN b_off IS NULL THEN format('{}增速公布值', b_name) END), year) END,
                      '；' ORDER BY year) AS next_point,
           string_agg(nullif(inputs, ''), ' ' ORDER BY year) AS inputs,
           false AS capped
    FROM growth_judged
    GROUP BY ALL
)
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM growth_items;
