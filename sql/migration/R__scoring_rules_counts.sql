-- Rule family "counts and tiers": new operators reaching an annual e-commerce sales threshold within
-- the two years judged, points by tier and zone (new_large_operators); the region's published value
-- above the baseline's (value_vs_baseline); a count that must be zero (count_zero).
CREATE OR REPLACE MACRO score.rule_counts(p_rubric, p_year, p_month, p_overrides, p_measures) AS TABLE
WITH items AS (FROM score.rubric_items(p_rubric, ['new_large_operators', 'value_vs_baseline', 'count_zero'])),
regions AS (FROM score.scored_regions(p_rubric)),
par AS (FROM score.judged_period(p_year, p_month)),
m AS (SELECT unnest(p_measures, recursive := true)),
mname AS (FROM mart.measure_name),
-- 5: new operators reaching an annual e-commerce sales threshold within the last two years
sales AS (
    SELECT a.ancestor_code, s.operator_key, s.sales_year, s.sales_amount, s.file_name, s.row_number
    FROM fact.operator_sales_current s JOIN mart.region_ancestor a ON a.region_code = s.region_code
    LEFT JOIN meta.load l ON l.load_id = s.load_id
    QUALIFY row_number() OVER (PARTITION BY a.ancestor_code, s.operator_key, s.sales_year
                               ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, s.load_id) DESC, s.load_id DESC,
                                        s.row_number DESC) = 1
),
tiers AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, i.points AS item_points, coalesce(i.cap, i.points) AS cap, r.region_code,
           t.min_amount, t.strict, t.one, t.two_or_more
    FROM items i CROSS JOIN regions r
    JOIN ref.rubric_tier t ON t.rubric_id = i.rubric_id AND t.indicator_no = i.indicator_no AND t.sub_item = i.sub_item
                          AND (t.zone IS NULL OR t.zone = r.zone)
    WHERE i.rule = 'new_large_operators'
),
tier_first AS (
    SELECT t.rubric_id, t.indicator_no, t.sub_item, t.region_code, t.min_amount, s.operator_key, min(s.sales_year) AS first_year
    FROM tiers t JOIN sales s ON s.ancestor_code = t.region_code
     AND CASE WHEN t.strict THEN s.sales_amount > t.min_amount ELSE s.sales_amount >= t.min_amount END
    GROUP BY ALL
),
tier_counts AS (
    SELECT t.*, (SELECT count(*) FROM tier_first f, par
                  WHERE f.rubric_id = t.rubric_id AND f.indicator_no = t.indicator_no AND f.sub_item = t.sub_item
                    AND f.region_code = t.region_code AND f.min_amount = t.min_amount
                    AND f.first_year IN (par.y1, par.y1 - 1)) AS new_operators,
           EXISTS (SELECT 1 FROM sales s WHERE s.ancestor_code = t.region_code) AS has_sales
    FROM tiers t
),
tier_items AS (
    SELECT rubric_id, indicator_no, sub_item, region_code,
           least(max(cap), max(CASE WHEN new_operators = 0 THEN 0 WHEN new_operators = 1 THEN one ELSE two_or_more END)) AS points,
           CASE WHEN bool_or(has_sales) THEN 'scored' ELSE 'not_assessable' END AS status,
           max(new_operators)::DECIMAL(38, 6) AS value, NULL::DECIMAL(38, 6) AS numerator, NULL::DECIMAL(38, 6) AS denominator,
           min(min_amount) AS baseline,
           string_agg(format('{}{}万元：近2年新增 {} 家', CASE WHEN strict THEN '超过' ELSE '达到' END,
                             mart.num_text(min_amount / 10000), new_operators), '；' ORDER BY min_amount DESC) AS detail,
           CASE WHEN NOT bool_or(has_sales) THEN '网络交易经营者年度电子商务销售额' END AS missing,
           CASE WHEN least(max(cap), max(CASE WHEN new_operators = 0 THEN 0 WHEN new_operators = 1 THEN one ELSE two_or_more END)) < max(item_points)
                THEN string_agg(CASE WHEN new_operators < 2 AND two_or_more > one OR new_operators = 0
                                     THEN format('近2年再新增 {} 家年度电子商务销售额{}{}万元的网络交易经营者可得 {} 分',
                                                 CASE WHEN new_operators = 0 THEN 1 ELSE 2 - new_operators END,
                                                 CASE WHEN strict THEN '超过' ELSE '达到' END, mart.num_text(min_amount / 10000),
                                                 mart.num_text(CASE WHEN new_operators = 0 THEN one ELSE two_or_more END)) END, '；' ORDER BY min_amount DESC) END AS next_point,
           NULL AS inputs, false AS capped
    FROM tier_counts
    GROUP BY rubric_id, indicator_no, sub_item, region_code
),

-- 8, 9: the region's published value above the baseline's; a count that must be zero
value_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           CASE WHEN i.rule = 'value_vs_baseline' AND a.value > b.value THEN i.points
                WHEN i.rule = 'count_zero' AND a.value = 0 THEN i.points ELSE 0 END AS points,
           CASE WHEN a.value IS NOT NULL AND (i.rule = 'count_zero' OR b.value IS NOT NULL) THEN 'scored' ELSE 'not_assessable' END AS status,
           a.value AS value, NULL::DECIMAL(38, 6) AS numerator, NULL::DECIMAL(38, 6) AS denominator,
           CASE WHEN i.rule = 'value_vs_baseline' THEN b.value END AS baseline,
           CASE WHEN i.rule = 'value_vs_baseline' THEN format('本地区{} {}%（{}） vs {} {}%', mn.name, mart.num_text(round(a.value, 2)), a.period_label, rb.region_name, mart.num_text(round(b.value, 2)))
                ELSE format('{}：{}（{}）', mn.name, mart.num_text(a.value), a.period_label) END AS detail,
           CASE WHEN a.value IS NULL THEN mn.name WHEN i.rule = 'value_vs_baseline' AND b.value IS NULL THEN rb.region_name || mn.name END AS missing,
           CASE WHEN i.rule = 'value_vs_baseline' AND a.value <= b.value THEN format('{}须高于{}（{}%），本地区为 {}%', mn.name, rb.region_name, mart.num_text(round(b.value, 2)), mart.num_text(round(a.value, 2)))
                WHEN i.rule = 'count_zero' AND a.value > 0 THEN format('{}为 {}，须为 0', mn.name, mart.num_text(a.value)) END AS next_point,
           concat_ws(' ', a.inputs, b.inputs) AS inputs, false AS capped
    FROM items i CROSS JOIN regions r
    LEFT JOIN m a ON a.region_code = r.region_code AND a.measure_id = i.metric
    LEFT JOIN m b ON b.region_code = r.baseline_code AND b.measure_id = i.metric
    LEFT JOIN mname mn ON mn.measure_id = i.metric
    LEFT JOIN mart.region_context rb ON rb.region_code = r.baseline_code
    WHERE i.rule IN ('value_vs_baseline', 'count_zero')
)
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM tier_items
UNION ALL BY NAME
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM value_items;
