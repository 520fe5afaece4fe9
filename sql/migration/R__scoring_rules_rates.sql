-- Rule family "rates": one or two rates (numerator / denominator, in percent) above a fixed threshold
-- (rate_above) or above the baseline's published rate (rate_vs_baseline); comparator 'ge' for
-- 达到/不低于, else strictly above; a zero denominator (no cases) passes where the rubric says so.
CREATE OR REPLACE MACRO score.rule_rates(p_rubric, p_year, p_month, p_overrides, p_measures) AS TABLE
WITH items AS (FROM score.rubric_items(p_rubric, ['rate_above', 'rate_vs_baseline'])),
regions AS (FROM score.scored_regions(p_rubric)),
rub AS (FROM ref.rubric WHERE rubric_id = p_rubric),
m AS (SELECT unnest(p_measures, recursive := true)),
mname AS (FROM mart.measure_name),
-- 6, 7: one or two rates against a threshold, or against the baseline's published rate
rate_base AS (
    SELECT i.*, r.region_code, rub.zero_cases_pass,
           n1.value AS n1, d1.value AS d1, n2.value AS n2, d2.value AS d2,
           b1.value AS b1, b2.value AS b2, rb.region_name AS b_name,
           nn1.name AS n1_name, nn2.name AS n2_name,
           concat_ws(' ', n1.inputs, d1.inputs, n2.inputs, d2.inputs, b1.inputs, b2.inputs) AS all_inputs
    FROM items i CROSS JOIN regions r CROSS JOIN rub
    LEFT JOIN m n1 ON n1.region_code = r.region_code AND n1.measure_id = i.numerator
    LEFT JOIN m d1 ON d1.region_code = r.region_code AND d1.measure_id = i.denominator
    LEFT JOIN m n2 ON n2.region_code = r.region_code AND n2.measure_id = i.numerator2
    LEFT JOIN m d2 ON d2.region_code = r.region_code AND d2.measure_id = i.denominator2
    LEFT JOIN m b1 ON b1.region_code = r.baseline_code AND b1.measure_id = i.baseline_metric
    LEFT JOIN m b2 ON b2.region_code = r.baseline_code AND b2.measure_id = i.baseline_metric2
    LEFT JOIN mart.region_context rb ON rb.region_code = r.baseline_code
    LEFT JOIN mname nn1 ON nn1.measure_id = i.numerator
    LEFT JOIN mname nn2 ON nn2.measure_id = i.numerator2
    WHERE i.rule IN ('rate_above', 'rate_vs_baseline')
),
rate_judged AS (
    SELECT *,
           -- the bar each rate must clear, in percent: the fixed threshold or the baseline's rate
           CASE WHEN rule = 'rate_above' THEN threshold_pct ELSE b1 END AS bar1,
           CASE WHEN rule = 'rate_above' THEN threshold_pct ELSE b2 END AS bar2,
           n1 IS NOT NULL AND d1 IS NOT NULL AND (rule = 'rate_above' OR b1 IS NOT NULL)
             AND (numerator2 IS NULL OR (n2 IS NOT NULL AND d2 IS NOT NULL AND (rule = 'rate_above' OR b2 IS NOT NULL))) AS assessable
    FROM rate_base
),
rate_passed AS (
    SELECT *,
           CASE WHEN d1 = 0 THEN zero_cases_pass
                WHEN coalesce(comparator, 'gt') = 'ge' THEN n1 * 100 >= bar1 * d1 ELSE n1 * 100 > bar1 * d1 END AS pass1,
           CASE WHEN numerator2 IS NULL THEN true WHEN d2 = 0 THEN zero_cases_pass
                WHEN coalesce(comparator, 'gt') = 'ge' THEN n2 * 100 >= bar2 * d2 ELSE n2 * 100 > bar2 * d2 END AS pass2
    FROM rate_judged
),
rate_items AS (
    SELECT rubric_id, indicator_no, sub_item, region_code,
           CASE WHEN assessable AND pass1 AND pass2 THEN points ELSE 0 END AS points,
           CASE WHEN assessable THEN 'scored' ELSE 'not_assessable' END AS status,
           CASE WHEN d1 > 0 THEN round(n1 * 100 / d1, 6)::DECIMAL(38, 6) END AS value, n1 AS numerator, d1 AS denominator, bar1 AS baseline,
           concat_ws('；',
               CASE WHEN d1 > 0 THEN format('{}：{} / {} = {}%（须{} {}%）', n1_name, mart.num_text(n1), mart.num_text(d1),
                                            mart.num_text(round(n1 * 100 / d1, 2)), CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar1, 2)))
                    WHEN d1 = 0 THEN n1_name || '：无案件（分母为0）' END,
               CASE WHEN d2 > 0 THEN format('{}：{} / {} = {}%（须{} {}%）', n2_name, mart.num_text(n2), mart.num_text(d2),
                                            mart.num_text(round(n2 * 100 / d2, 2)), CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar2, 2)))
                    WHEN d2 = 0 THEN n2_name || '：无案件（分母为0）' END) AS detail,
           CASE WHEN NOT assessable THEN concat_ws('、',
               CASE WHEN n1 IS NULL THEN n1_name END,
               CASE WHEN d1 IS NULL THEN (SELECT name FROM mname WHERE measure_id = denominator) END,
               CASE WHEN numerator2 IS NOT NULL AND n2 IS NULL THEN n2_name END,
               CASE WHEN numerator2 IS NOT NULL AND d2 IS NULL THEN (SELECT name FROM mname WHERE measure_id = denominator2) END,
               CASE WHEN rule = 'rate_vs_baseline' AND b1 IS NULL THEN b_name || (SELECT name FROM mname WHERE measure_id = baseline_metric) END,
               CASE WHEN rule = 'rate_vs_baseline' AND baseline_metric2 IS NOT NULL AND b2 IS NULL
                    THEN b_name || (SELECT name FROM mname WHERE measure_id = baseline_metric2) END) END AS missing,
           CASE WHEN assessable AND NOT (pass1 AND pass2) THEN concat_ws('；',
               CASE WHEN NOT pass1 AND d1 > 0 THEN format('{}再增加 {} 即{}{}%', n1_name,
                    (CASE WHEN coalesce(comparator, 'gt') = 'ge' THEN ceil(bar1 * d1 / 100) ELSE floor(bar1 * d1 / 100) + 1 END - n1)::BIGINT,
                    CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar1, 2))) END,
               CASE WHEN NOT pass2 AND d2 > 0 THEN format('{}再增加 {} 即{}{}%', n2_name,
                    (CASE WHEN coalesce(comparator, 'gt') = 'ge' THEN ceil(bar2 * d2 / 100) ELSE floor(bar2 * d2 / 100) + 1 END - n2)::BIGINT,
                    CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar2, 2))) END) END AS next_point,
           all_inputs AS inputs, false AS capped
    FROM rate_passed
)
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM rate_items;
