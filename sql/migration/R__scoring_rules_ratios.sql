-- Rule family "ratios": a share (numerator / denominator) above the baseline's share year by year,
-- half the points a year (share_vs_baseline, national indicator 3); a ratio in bands ("占比8%-15%得1分，
-- 15%以上得2分", bounds inclusive: ratio_bands). Compared by cross-multiplying, never by dividing.
CREATE OR REPLACE MACRO score.rule_ratios(p_rubric, p_year, p_month, p_overrides, p_measures) AS TABLE
WITH items AS (FROM score.rubric_items(p_rubric, ['share_vs_baseline', 'ratio_bands'])),
regions AS (FROM score.scored_regions(p_rubric)),
yrs AS (FROM score.judged_years(p_year, p_month)),
m AS (SELECT unnest(p_measures, recursive := true)),
mname AS (FROM mart.measure_name),
-- 3: a share (numerator / denominator) against the baseline's share, year by year
share_years AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, i.points AS item_points, r.region_code, y.year,
           an.value AS a_num, ad.value AS a_den, bn.value AS b_num, bd.value AS b_den,
           concat_ws(' ', an.cell_ref, ad.cell_ref, bn.cell_ref, bd.cell_ref) AS inputs,
           rb.region_name AS b_name
    FROM items i CROSS JOIN regions r CROSS JOIN yrs y
    LEFT JOIN mart.metric_fact_with(p_overrides) an ON an.metric_id = i.numerator AND an.region_code = r.region_code AND an.period_kind = 'year' AND an.period_year = y.year AND an.value_kind = 'level'
    LEFT JOIN mart.metric_fact_with(p_overrides) ad ON ad.metric_id = i.denominator AND ad.region_code = r.region_code AND ad.period_kind = 'year' AND ad.period_year = y.year AND ad.value_kind = 'level'
    LEFT JOIN mart.metric_fact_with(p_overrides) bn ON bn.metric_id = i.numerator AND bn.region_code = r.baseline_code AND bn.period_kind = 'year' AND bn.period_year = y.year AND bn.value_kind = 'level'
    LEFT JOIN mart.metric_fact_with(p_overrides) bd ON bd.metric_id = i.denominator AND bd.region_code = r.baseline_code AND bd.period_kind = 'year' AND bd.period_year = y.year AND bd.value_kind = 'level'
    LEFT JOIN mart.region_context rb ON rb.region_code = r.baseline_code
    WHERE i.rule = 'share_vs_baseline'
),
share_judged AS (
    SELECT *,
           coalesce(a_num IS NOT NULL AND a_den > 0 AND b_num IS NOT NULL AND b_den > 0, false) AS assessable,
           coalesce(a_den > 0 AND b_den > 0 AND mart.product_cmp(a_num, b_den, b_num, a_den) > 0, false) AS passed
    FROM share_years
),
share_items AS (
    SELECT rubric_id, indicator_no, sub_item, region_code,
           score.points_half_a_year(passed, item_points) AS points, score.status_of_every_year(assessable) AS status,
           NULL::DECIMAL(38, 6) AS value, NULL::DECIMAL(38, 6) AS numerator, NULL::DECIMAL(38, 6) AS denominator,
           NULL::DECIMAL(38, 6) AS baseline,
           string_agg(format('{}年：本地区占比 {}% vs {} {}%：{}', year,
                             CASE WHEN a_den > 0 THEN mart.num_text(round(a_num * 100 / a_den, 2)) ELSE '缺' END, b_name,
                             CASE WHEN b_den > 0 THEN mart.num_text(round(b_num * 100 / b_den, 2)) ELSE '缺' END,
                             CASE WHEN NOT assessable THEN '无法评估' WHEN passed THEN '超过，得分' ELSE '未超过' END), '；' ORDER BY year) AS detail,
           string_agg(CASE WHEN NOT assessable THEN format('{}年本地区或{}的网上零售额、社会消费品零售总额', year, b_name) END, '；' ORDER BY year) AS missing,
           string_agg(CASE WHEN assessable AND NOT passed
                           THEN format('{}年网上零售额占社会消费品零售总额比重须超过{}（{}%），本地区为 {}%', year, b_name,
                                       mart.num_text(round(b_num * 100 / b_den, 2)), mart.num_text(round(a_num * 100 / a_den, 2))) END, '；' ORDER BY year) AS next_point,
           string_agg(inputs, ' ' ORDER BY year) AS inputs,
           false AS capped
    FROM share_judged
    GROUP BY ALL
),

-- 4: a ratio in bands ("占比8%-15%得1分，15%以上得2分", bounds inclusive)
ratio_base AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, i.points AS item_points, r.region_code,
           n.value AS num, d.value AS den, nn.name AS num_name, dn.name AS den_name,
           concat_ws(' ', n.inputs, d.inputs) AS inputs,
           CASE WHEN n.period_label = d.period_label THEN n.period_label ELSE concat_ws('，', n.period_label, d.period_label) END AS periods
    FROM items i CROSS JOIN regions r
    LEFT JOIN m n ON n.region_code = r.region_code AND n.measure_id = i.numerator
    LEFT JOIN m d ON d.region_code = r.region_code AND d.measure_id = i.denominator
    LEFT JOIN mname nn ON nn.measure_id = i.numerator
    LEFT JOIN mname dn ON dn.measure_id = i.denominator
    WHERE i.rule = 'ratio_bands'
),
ratio_judged AS (
    SELECT rb.*,
           (SELECT max(b.points) FROM ref.rubric_band b
             WHERE b.rubric_id = rb.rubric_id AND b.indicator_no = rb.indicator_no AND b.sub_item = rb.sub_item
               AND rb.den > 0 AND rb.num * 100 >= b.min_pct * rb.den) AS band_points,
           (SELECT min(b.min_pct) FROM ref.rubric_band b
             WHERE b.rubric_id = rb.rubric_id AND b.indicator_no = rb.indicator_no AND b.sub_item = rb.sub_item
               AND rb.den > 0 AND NOT (rb.num * 100 >= b.min_pct * rb.den)) AS next_min
    FROM ratio_base rb
),
ratio_items AS (
    SELECT rubric_id, indicator_no, sub_item, region_code,
           coalesce(band_points, 0) AS points,
           CASE WHEN num IS NOT NULL AND den > 0 THEN 'scored' ELSE 'not_assessable' END AS status,
           CASE WHEN den > 0 THEN round(num * 100 / den, 6)::DECIMAL(38, 6) END AS value, num AS numerator, den AS denominator,
           NULL::DECIMAL(38, 6) AS baseline,
           CASE WHEN den > 0 THEN format('{} / {} = {}%（{}）', mart.num_text(num), mart.num_text(den), mart.num_text(round(num * 100 / den, 2)), periods) END AS detail,
           CASE WHEN num IS NULL AND (den IS NULL OR den = 0) THEN num_name || '、' || den_name
                WHEN num IS NULL THEN num_name WHEN den IS NULL OR den = 0 THEN den_name END AS missing,
           CASE WHEN den > 0 AND next_min IS NOT NULL
                THEN format('{} / {} = {}%；{}再增加 {} 可达 {}%', mart.num_text(num), mart.num_text(den), mart.num_text(round(num * 100 / den, 2)),
                            num_name, (ceil(next_min * den / 100) - num)::BIGINT, mart.num_text(next_min)) END AS next_point,
           inputs, false AS capped
    FROM ratio_judged
)
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM share_items
UNION ALL BY NAME
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM ratio_items;
