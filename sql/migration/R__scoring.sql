-- Derived indicators and scoring, as SQL an analyst can read and run by hand.
--
--   mart.region_context     each region with its zone and province (for provincial baselines)
--   mart.region_ancestor    region -> itself and every region containing it (counties roll up)
--   mart.metric_fact        current figures with their period end and the cell they came from
--   mart.annual_growth      year-on-year growth per metric, region and year: the official rate
--                           where one was published, else from levels; growth_source says which
--   mart.measures(asof)     every measure a rubric compares, as of a date
--   mart.measures_of(asof, overrides, regions)  the same for some regions only (the plan targets')
--   score.evaluate(rubric, year, month)
--                           every item of a rubric for every region, scored for the period ending
--                           in that month: value, numerator, denominator, baseline, points,
--                           status, what is missing, what would gain the next point, inputs
--
-- Exactness: every threshold is compared without division, by cross-multiplying decimals
-- (a/b > c/d as a*d > c*b with b, d > 0); divided values are only shown, never compared. Where both
-- factors can be large (levels in 元: 全国 社会消费品零售总额 is about 4.9e13), the product of two
-- DECIMAL(38, 6) needs up to 64 digits, more than DECIMAL holds; mart.product_cmp compares such
-- products exactly in 128-bit integer pieces instead of rounding the inputs.
--
-- Readings of the rubric text (see README, "How the rubrics are read"):
--   近2年      the two most recent complete years: for a year snapshot that year and the one
--              before; for a month or year-to-date snapshot the two years before its year.
--   growth     like for like: official rate against official rate; where either side has none, both
--              sides from levels ((level / previous level - 1) * 100), and only from levels written
--              to 4 or more significant digits; otherwise not assessable, naming the missing rate.
--   bands      "比值区间均含本数": a lower bound belongs to its band; a value on a shared bound
--              takes the higher band. 超过/大于 strict, 达到/不低于 greater or equal.
--   operators  distinct operator_key (a merchant on several platforms counts once), from the
--              register export of each region with the latest export date (its as_of_date, not
--              the order files were loaded in), active at the as-of date: established on
--              or before it and not deregistered on or before it. Counties roll up to their city.
--   current    record feeds through fact.*_current (R__current_records.sql): per region and year the
--              file released last replaces earlier ones; registers go by export date.

CREATE OR REPLACE MACRO mart.num_text(x) AS
    CASE WHEN x IS NULL THEN NULL
         WHEN x = trunc(x) THEN CAST(trunc(x) AS HUGEINT)::VARCHAR
         ELSE rtrim(rtrim(CAST(x AS VARCHAR), '0'), '.') END;

-- a DECIMAL(38, 6) as an integer count of millionths, and its magnitude in two base-1e18 digits
CREATE OR REPLACE MACRO mart.micro_hi(x) AS abs((x * 1000000)::HUGEINT) // 1000000000000000000::HUGEINT;
CREATE OR REPLACE MACRO mart.micro_lo(x) AS abs((x * 1000000)::HUGEINT) % 1000000000000000000::HUGEINT;

-- |x * y| in millionths squared, as hi * 1e36 + lo (0 <= lo < 1e36): schoolbook multiplication in base 1e18
CREATE OR REPLACE MACRO mart.abs_product_lo_raw(x, y) AS
    ((mart.micro_hi(x) * mart.micro_lo(y) + mart.micro_lo(x) * mart.micro_hi(y)) % 1000000000000000000::HUGEINT) * 1000000000000000000::HUGEINT
    + mart.micro_lo(x) * mart.micro_lo(y);
CREATE OR REPLACE MACRO mart.abs_product_hi(x, y) AS
    mart.micro_hi(x) * mart.micro_hi(y)
    + (mart.micro_hi(x) * mart.micro_lo(y) + mart.micro_lo(x) * mart.micro_hi(y)) // 1000000000000000000::HUGEINT
    + mart.abs_product_lo_raw(x, y) // 1000000000000000000000000000000000000::HUGEINT;
CREATE OR REPLACE MACRO mart.abs_product_lo(x, y) AS
    mart.abs_product_lo_raw(x, y) % 1000000000000000000000000000000000000::HUGEINT;

-- sign(a * b - c * d), exactly, for any DECIMAL(38, 6) inputs up to 1e26; NULL if any input is NULL
CREATE OR REPLACE MACRO mart.product_cmp(a, b, c, d) AS
    CASE WHEN sign(a) * sign(b) <> sign(c) * sign(d) THEN sign(sign(a) * sign(b) - sign(c) * sign(d))
         WHEN sign(a) * sign(b) = 0 THEN 0
         ELSE sign(a) * sign(b) * CASE WHEN mart.abs_product_hi(a, b) <> mart.abs_product_hi(c, d)
                                       THEN sign(mart.abs_product_hi(a, b) - mart.abs_product_hi(c, d))
                                       ELSE sign(mart.abs_product_lo(a, b) - mart.abs_product_lo(c, d)) END END;

CREATE OR REPLACE VIEW mart.region_context AS
SELECT r.code AS region_code,
       r.name AS region_name,
       r.level,
       r.zone,
       CASE WHEN r.code LIKE 'Z%' THEN substr(r.code, 2, 2) ELSE substr(r.code, 1, 2) END || '0000' AS province_code
FROM ref.region r;

CREATE OR REPLACE VIEW mart.region_ancestor AS
WITH RECURSIVE up(region_code, ancestor_code) AS (
    SELECT code, code FROM ref.region
    UNION ALL
    SELECT up.region_code, r.parent_code
    FROM up JOIN ref.region r ON r.code = up.ancestor_code
    WHERE r.parent_code IS NOT NULL
)
SELECT region_code, ancestor_code FROM up;

-- What-if: a list of figures that replace (or add to) the current ones for one query, nothing stored:
-- score.what_if(rubric, year, month, [score.override(...), ...]). The views and macros below take
-- them as p_overrides; the plain views (mart.metric_fact, mart.annual_growth, mart.measures,
-- score.evaluate) are the same with none.
CREATE OR REPLACE MACRO score.override(p_metric, p_region, p_year, p_value, p_kind := 'official_growth_pct', p_period_kind := 'year',
                                       p_month := 12) AS
    {'metric_id': p_metric, 'region_code': p_region, 'value_kind': p_kind, 'period_kind': p_period_kind,
     'period_year': p_year, 'period_month': p_month, 'value': p_value};

CREATE OR REPLACE MACRO mart.metric_fact_with(p_overrides) AS TABLE
WITH o AS (
    SELECT x.metric_id, x.region_code, x.value_kind, x.period_kind, x.period_year, x.period_month, x.value
    FROM (SELECT unnest(CAST(p_overrides AS STRUCT(metric_id VARCHAR, region_code VARCHAR, value_kind VARCHAR, period_kind VARCHAR,
                                                   period_year INTEGER, period_month INTEGER, value DECIMAL(38, 6))[])) AS x)
),
f AS (
    SELECT c.* FROM fact.metric_value_current c
    WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.metric_id = c.metric_id AND o.region_code = c.region_code AND o.value_kind = c.value_kind
                        AND o.period_kind = c.period_kind AND o.period_year = c.period_year AND o.period_month = c.period_month)
    UNION ALL BY NAME
    SELECT o.metric_id, o.region_code, o.value_kind, o.period_kind, o.period_year, o.period_month, o.value,
           CASE WHEN o.value_kind = 'level' THEN m.base_unit ELSE '%' END AS unit, o.value::VARCHAR AS source_value,
           'what-if' AS file_name, 0 AS row_number, -1::BIGINT AS load_id
    FROM o LEFT JOIN ref.metric m USING (metric_id)
)
SELECT f.*,
       last_day(make_date(f.period_year, f.period_month, 1)) AS period_end,
       CASE f.period_kind
           WHEN 'year' THEN f.period_year || '年'
           WHEN 'ytd' THEN f.period_year || '年1-' || f.period_month || '月'
           ELSE f.period_year || '年' || f.period_month || '月'
       END AS period_label,
       -- where the figure came from: load (the vintage), file, sheet and row; or the what-if
       CASE WHEN f.load_id = -1 THEN '假设值 what-if'
            ELSE format('L{} {}#{}{}', f.load_id, f.file_name, coalesce(f.sheet_name || '!', ''), f.row_number) END AS cell_ref
FROM f;

CREATE OR REPLACE VIEW mart.metric_fact AS
SELECT * FROM mart.metric_fact_with(NULL);

CREATE OR REPLACE MACRO mart.annual_growth_with(p_overrides) AS TABLE
WITH lv AS (
    SELECT metric_id, region_code, period_year AS year, value, cell_ref,
           -- a level can derive a growth rate only when written to 4 or more significant digits:
           -- "15.5"万亿元 is rounded by up to 0.3%, enough to move a growth rate by more than half a point
           length(ltrim(regexp_replace(source_value, '[^0-9]', '', 'g'), '0')) >= 4 AS exact
    FROM mart.metric_fact_with(p_overrides) WHERE value_kind = 'level' AND period_kind = 'year'
),
og AS (
    SELECT metric_id, region_code, period_year AS year, value, cell_ref
    FROM mart.metric_fact_with(p_overrides) WHERE value_kind = 'official_growth_pct' AND period_kind = 'year'
),
keys AS (
    SELECT metric_id, region_code, year FROM lv
    UNION
    SELECT metric_id, region_code, year FROM og
),
both_ways AS (
    SELECT k.metric_id, k.region_code, k.year,
           og.value AS official_pct, og.cell_ref AS official_inputs,
           CASE WHEN prev.value > 0 THEN ((cur.value - prev.value) * 100)::DECIMAL(38, 6) END AS levels_pn,
           CASE WHEN prev.value > 0 THEN prev.value END AS levels_pd,
           CASE WHEN prev.value > 0 THEN round((cur.value - prev.value) * 100 / prev.value, 4)::DECIMAL(38, 6) END AS levels_pct,
           CASE WHEN prev.value > 0 THEN cur.exact AND prev.exact END AS levels_exact,
           CASE WHEN prev.value > 0 THEN cur.cell_ref || ' ' || prev.cell_ref END AS levels_inputs
    FROM keys k
    LEFT JOIN og ON og.metric_id = k.metric_id AND og.region_code = k.region_code AND og.year = k.year
    LEFT JOIN lv cur ON cur.metric_id = k.metric_id AND cur.region_code = k.region_code AND cur.year = k.year
    LEFT JOIN lv prev ON prev.metric_id = k.metric_id AND prev.region_code = k.region_code AND prev.year = k.year - 1
)
SELECT metric_id, region_code, year,
       official_pct, official_inputs, levels_pn, levels_pd, levels_pct, levels_exact, levels_inputs,
       -- the preferred reading on its own (what a chart shows): the official rate, else one from exact
       -- levels; none from levels too rounded to derive a rate (growth_source NULL)
       CASE WHEN official_pct IS NOT NULL THEN 'official' WHEN levels_exact THEN 'levels' END AS growth_source,
       CASE WHEN official_pct IS NOT NULL THEN official_pct::DECIMAL(38, 6) WHEN levels_exact THEN levels_pn END AS pn,
       CASE WHEN official_pct IS NOT NULL THEN 1::DECIMAL(38, 6) WHEN levels_exact THEN levels_pd END AS pd,
       CASE WHEN official_pct IS NOT NULL THEN official_pct WHEN levels_exact THEN levels_pct END AS growth_pct,
       CASE WHEN official_pct IS NOT NULL THEN official_inputs ELSE levels_inputs END AS inputs
FROM both_ways
WHERE official_pct IS NOT NULL OR levels_pn IS NOT NULL;

CREATE OR REPLACE VIEW mart.annual_growth AS
SELECT * FROM mart.annual_growth_with(NULL);

-- The measures of the regions in p_regions only (a list of codes; NULL: every region): a register of
-- millions of rows is then aggregated for those regions alone (the plan targets' few regions).
CREATE OR REPLACE MACRO mart.measures_of(p_asof, p_overrides, p_regions) AS TABLE
WITH latest AS (
    SELECT f.region_code, f.metric_id AS measure_id, f.value, f.period_label, f.cell_ref
    FROM mart.metric_fact_with(p_overrides) f
    WHERE f.period_end <= p_asof AND f.value_kind IN ('level', 'share_pct')
      AND (p_regions IS NULL OR list_contains(p_regions, f.region_code))
    QUALIFY row_number() OVER (PARTITION BY f.region_code, f.metric_id
                               ORDER BY f.period_end DESC, f.load_id = -1 DESC, CASE f.period_kind WHEN 'year' THEN 0 ELSE 1 END) = 1
),
registers AS (
    -- each region's register is the export with the latest export date (as_of_date), whatever order
    -- files were loaded in; of two exports of the same date, the one that arrived last. Chosen among
    -- the (region, export, load) combinations, a few thousand, not among the millions of rows
    SELECT o.region_code, o.as_of_date, o.load_id, coalesce(l.first_load_id, o.load_id) AS arrival, min(o.file_name) AS file_name
    FROM fact.operator o LEFT JOIN meta.load l USING (load_id)
    WHERE (l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31'))
      AND (p_regions IS NULL OR o.region_code IN (SELECT region_code FROM mart.region_ancestor WHERE list_contains(p_regions, ancestor_code)))
    GROUP BY ALL
),
chosen AS (
    SELECT region_code, as_of_date, load_id, file_name FROM registers
    QUALIFY dense_rank() OVER (PARTITION BY region_code ORDER BY as_of_date DESC, arrival DESC) = 1
),
register AS (
    SELECT o.region_code, o.operator_key, o.load_id, o.established_on, o.deregistered_on, o.as_of_date
    FROM fact.operator o
    JOIN chosen c ON c.region_code = o.region_code AND c.load_id = o.load_id AND c.as_of_date IS NOT DISTINCT FROM o.as_of_date
),
-- each operator once per region (and load) it is listed in, then counted once in every region
-- containing it: an operator listed in one region only (nearly all) is counted there and the counts
-- are summed up the region's ancestors (single); one listed in several regions is counted once per
-- containing region from its rows under it (multi). The same figures as grouping every operator by
-- every ancestor, without a hash table of operators times ancestors.
by_region AS (
    SELECT region_code, operator_key, load_id,
           min(established_on) AS established_on,
           CASE WHEN bool_or(deregistered_on IS NULL) THEN NULL ELSE max(deregistered_on) END AS deregistered_on,
           max(as_of_date) AS as_of_date
    FROM register GROUP BY region_code, operator_key, load_id
),
load_file AS (SELECT load_id, min(file_name) AS file_name FROM chosen GROUP BY load_id),
spread AS (SELECT operator_key FROM by_region GROUP BY operator_key HAVING count(*) > 1),
single AS (
    SELECT region_code,
           count(*) FILTER (WHERE established_on <= p_asof AND (deregistered_on IS NULL OR deregistered_on > p_asof)) AS active,
           count(*) FILTER (WHERE established_on <= (p_asof - INTERVAL 2 YEAR)::DATE
                              AND (deregistered_on IS NULL OR deregistered_on > p_asof)) AS surviving,
           max(as_of_date) AS register_date,
           list(DISTINCT load_id) AS loads
    FROM by_region ANTI JOIN spread USING (operator_key)
    GROUP BY region_code
),
multi AS (
    SELECT a.ancestor_code AS region_code, b.operator_key,
           min(b.established_on) AS established_on,
           CASE WHEN bool_or(b.deregistered_on IS NULL) THEN NULL ELSE max(b.deregistered_on) END AS deregistered_on,
           max(b.as_of_date) AS as_of_date,
           min(f.file_name) AS file_name
    FROM by_region b SEMI JOIN spread USING (operator_key)
    JOIN load_file f USING (load_id)
    JOIN mart.region_ancestor a ON a.region_code = b.region_code
    GROUP BY ALL
),
parts AS (
    SELECT a.ancestor_code AS region_code, s.active, s.surviving, s.register_date, s.loads, []::VARCHAR[] AS files
    FROM single s JOIN mart.region_ancestor a ON a.region_code = s.region_code
    UNION ALL
    SELECT region_code,
           count(*) FILTER (WHERE established_on <= p_asof AND (deregistered_on IS NULL OR deregistered_on > p_asof)),
           count(*) FILTER (WHERE established_on <= (p_asof - INTERVAL 2 YEAR)::DATE
                              AND (deregistered_on IS NULL OR deregistered_on > p_asof)),
           max(as_of_date), []::BIGINT[], list(DISTINCT file_name)
    FROM multi GROUP BY region_code
),
rolled AS (
    SELECT region_code, sum(active) AS active, sum(surviving) AS surviving, max(register_date) AS register_date,
           list_distinct(flatten(list(loads))) AS loads, list_distinct(flatten(list(files))) AS files
    FROM parts
    WHERE p_regions IS NULL OR list_contains(p_regions, region_code)
    GROUP BY region_code
),
load_names AS (
    SELECT r.region_code, list(f.file_name) AS names
    FROM (SELECT region_code, unnest(loads) AS load_id FROM rolled) r JOIN load_file f USING (load_id)
    GROUP BY r.region_code
),
operators AS (
    SELECT r.region_code, r.active, r.surviving, r.register_date,
           array_to_string(list_sort(list_distinct(list_concat(r.files, coalesce(n.names, [])))), ' ') AS files
    FROM rolled r LEFT JOIN load_names n USING (region_code)
)
SELECT region_code, measure_id, value::DECIMAL(38, 6) AS value, period_label, cell_ref AS inputs FROM latest
UNION ALL
SELECT region_code, 'active_operators', active::DECIMAL(38, 6), strftime(p_asof, '%Y-%m-%d'),
       format('{}（导出日期 {}）', files, register_date) FROM operators
UNION ALL
SELECT region_code, 'surviving_operators', surviving::DECIMAL(38, 6), strftime(p_asof, '%Y-%m-%d'),
       format('{}（导出日期 {}）', files, register_date) FROM operators;

CREATE OR REPLACE MACRO mart.measures_with(p_asof, p_overrides) AS TABLE
SELECT * FROM mart.measures_of(p_asof, p_overrides, NULL);

CREATE OR REPLACE MACRO mart.measures(p_asof) AS TABLE
SELECT * FROM mart.measures_of(p_asof, NULL, NULL);

CREATE OR REPLACE VIEW mart.measure_name AS
SELECT metric_id AS measure_id, name FROM ref.metric
UNION ALL SELECT 'active_operators', '网络交易经营者数量'
UNION ALL SELECT 'surviving_operators', '存续时间2年以上的网络交易经营者数量';

CREATE OR REPLACE MACRO score.evaluate_with(p_rubric, p_year, p_month, p_overrides) AS TABLE
WITH par AS (
    SELECT p_rubric AS rubric_id,
           last_day(make_date(p_year, p_month, 1)) AS asof,
           CASE WHEN p_month = 12 THEN p_year ELSE p_year - 1 END AS y1
),
yrs AS (SELECT y1 AS year FROM par UNION ALL SELECT y1 - 1 FROM par),
rub AS (SELECT r.* FROM ref.rubric r JOIN par USING (rubric_id)),
items AS (SELECT i.* FROM ref.rubric_item i JOIN par USING (rubric_id)),
regions AS (
    SELECT rc.region_code, rc.region_name, rc.zone,
           CASE WHEN rub.baseline = 'national' THEN '100000' ELSE rc.province_code END AS baseline_code
    FROM mart.region_context rc CROSS JOIN rub
    WHERE rc.level IN ('prefecture', 'county', 'custom')
),
m AS (SELECT * FROM mart.measures_with(last_day(make_date(p_year, p_month, 1)), p_overrides)),
mname AS (SELECT * FROM mart.measure_name),

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
           sum(CASE WHEN passed THEN item_points * 0.5 ELSE 0 END) AS points,
           CASE WHEN bool_and(assessable) THEN 'scored' ELSE 'not_assessable' END AS status,
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
),

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
           sum(CASE WHEN passed THEN item_points * 0.5 ELSE 0 END) AS points,
           CASE WHEN bool_and(assessable) THEN 'scored' ELSE 'not_assessable' END AS status,
           NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6),
           string_agg(format('{}年：本地区占比 {}% vs {} {}%：{}', year,
                             CASE WHEN a_den > 0 THEN mart.num_text(round(a_num * 100 / a_den, 2)) ELSE '缺' END, b_name,
                             CASE WHEN b_den > 0 THEN mart.num_text(round(b_num * 100 / b_den, 2)) ELSE '缺' END,
                             CASE WHEN NOT assessable THEN '无法评估' WHEN passed THEN '超过，得分' ELSE '未超过' END), '；' ORDER BY year),
           string_agg(CASE WHEN NOT assessable THEN format('{}年本地区或{}的网上零售额、社会消费品零售总额', year, b_name) END, '；' ORDER BY year),
           string_agg(CASE WHEN assessable AND NOT passed
                           THEN format('{}年网上零售额占社会消费品零售总额比重须超过{}（{}%），本地区为 {}%', year, b_name,
                                       mart.num_text(round(b_num * 100 / b_den, 2)), mart.num_text(round(a_num * 100 / a_den, 2))) END, '；' ORDER BY year),
           string_agg(inputs, ' ' ORDER BY year),
           false
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
           coalesce(band_points, 0),
           CASE WHEN num IS NOT NULL AND den > 0 THEN 'scored' ELSE 'not_assessable' END,
           CASE WHEN den > 0 THEN round(num * 100 / den, 6)::DECIMAL(38, 6) END, num, den, NULL::DECIMAL(38, 6),
           CASE WHEN den > 0 THEN format('{} / {} = {}%（{}）', mart.num_text(num), mart.num_text(den), mart.num_text(round(num * 100 / den, 2)), periods) END,
           CASE WHEN num IS NULL AND (den IS NULL OR den = 0) THEN num_name || '、' || den_name
                WHEN num IS NULL THEN num_name WHEN den IS NULL OR den = 0 THEN den_name END,
           CASE WHEN den > 0 AND next_min IS NOT NULL
                THEN format('{} / {} = {}%；{}再增加 {} 可达 {}%', mart.num_text(num), mart.num_text(den), mart.num_text(round(num * 100 / den, 2)),
                            num_name, (ceil(next_min * den / 100) - num)::BIGINT, mart.num_text(next_min)) END,
           inputs, false
    FROM ratio_judged
),

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
           least(max(cap), max(CASE WHEN new_operators = 0 THEN 0 WHEN new_operators = 1 THEN one ELSE two_or_more END)),
           CASE WHEN bool_or(has_sales) THEN 'scored' ELSE 'not_assessable' END,
           max(new_operators)::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6), min(min_amount),
           string_agg(format('{}{}万元：近2年新增 {} 家', CASE WHEN strict THEN '超过' ELSE '达到' END,
                             mart.num_text(min_amount / 10000), new_operators), '；' ORDER BY min_amount DESC),
           CASE WHEN NOT bool_or(has_sales) THEN '网络交易经营者年度电子商务销售额' END,
           CASE WHEN least(max(cap), max(CASE WHEN new_operators = 0 THEN 0 WHEN new_operators = 1 THEN one ELSE two_or_more END)) < max(item_points)
                THEN string_agg(CASE WHEN new_operators < 2 AND two_or_more > one OR new_operators = 0
                                     THEN format('近2年再新增 {} 家年度电子商务销售额{}{}万元的网络交易经营者可得 {} 分',
                                                 CASE WHEN new_operators = 0 THEN 1 ELSE 2 - new_operators END,
                                                 CASE WHEN strict THEN '超过' ELSE '达到' END, mart.num_text(min_amount / 10000),
                                                 mart.num_text(CASE WHEN new_operators = 0 THEN one ELSE two_or_more END)) END, '；' ORDER BY min_amount DESC) END,
           NULL, false
    FROM tier_counts
    GROUP BY rubric_id, indicator_no, sub_item, region_code
),

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
           CASE WHEN assessable AND pass1 AND pass2 THEN points ELSE 0 END,
           CASE WHEN assessable THEN 'scored' ELSE 'not_assessable' END,
           CASE WHEN d1 > 0 THEN round(n1 * 100 / d1, 6)::DECIMAL(38, 6) END, n1, d1, bar1,
           concat_ws('；',
               CASE WHEN d1 > 0 THEN format('{}：{} / {} = {}%（须{} {}%）', n1_name, mart.num_text(n1), mart.num_text(d1),
                                            mart.num_text(round(n1 * 100 / d1, 2)), CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar1, 2)))
                    WHEN d1 = 0 THEN n1_name || '：无案件（分母为0）' END,
               CASE WHEN d2 > 0 THEN format('{}：{} / {} = {}%（须{} {}%）', n2_name, mart.num_text(n2), mart.num_text(d2),
                                            mart.num_text(round(n2 * 100 / d2, 2)), CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar2, 2)))
                    WHEN d2 = 0 THEN n2_name || '：无案件（分母为0）' END),
           CASE WHEN NOT assessable THEN concat_ws('、',
               CASE WHEN n1 IS NULL THEN n1_name END,
               CASE WHEN d1 IS NULL THEN (SELECT name FROM mname WHERE measure_id = denominator) END,
               CASE WHEN numerator2 IS NOT NULL AND n2 IS NULL THEN n2_name END,
               CASE WHEN numerator2 IS NOT NULL AND d2 IS NULL THEN (SELECT name FROM mname WHERE measure_id = denominator2) END,
               CASE WHEN rule = 'rate_vs_baseline' AND b1 IS NULL THEN b_name || (SELECT name FROM mname WHERE measure_id = baseline_metric) END,
               CASE WHEN rule = 'rate_vs_baseline' AND baseline_metric2 IS NOT NULL AND b2 IS NULL
                    THEN b_name || (SELECT name FROM mname WHERE measure_id = baseline_metric2) END) END,
           CASE WHEN assessable AND NOT (pass1 AND pass2) THEN concat_ws('；',
               CASE WHEN NOT pass1 AND d1 > 0 THEN format('{}再增加 {} 即{}{}%', n1_name,
                    (CASE WHEN coalesce(comparator, 'gt') = 'ge' THEN ceil(bar1 * d1 / 100) ELSE floor(bar1 * d1 / 100) + 1 END - n1)::BIGINT,
                    CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar1, 2))) END,
               CASE WHEN NOT pass2 AND d2 > 0 THEN format('{}再增加 {} 即{}{}%', n2_name,
                    (CASE WHEN coalesce(comparator, 'gt') = 'ge' THEN ceil(bar2 * d2 / 100) ELSE floor(bar2 * d2 / 100) + 1 END - n2)::BIGINT,
                    CASE WHEN comparator = 'ge' THEN '达到' ELSE '超过' END, mart.num_text(round(bar2, 2))) END) END,
           all_inputs, false
    FROM rate_passed
),

-- 8, 9: the region's published value above the baseline's; a count that must be zero
value_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           CASE WHEN i.rule = 'value_vs_baseline' AND a.value > b.value THEN i.points
                WHEN i.rule = 'count_zero' AND a.value = 0 THEN i.points ELSE 0 END,
           CASE WHEN a.value IS NOT NULL AND (i.rule = 'count_zero' OR b.value IS NOT NULL) THEN 'scored' ELSE 'not_assessable' END,
           a.value, NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6), CASE WHEN i.rule = 'value_vs_baseline' THEN b.value END,
           CASE WHEN i.rule = 'value_vs_baseline' THEN format('本地区{} {}%（{}） vs {} {}%', mn.name, mart.num_text(round(a.value, 2)), a.period_label, rb.region_name, mart.num_text(round(b.value, 2)))
                ELSE format('{}：{}（{}）', mn.name, mart.num_text(a.value), a.period_label) END,
           CASE WHEN a.value IS NULL THEN mn.name WHEN i.rule = 'value_vs_baseline' AND b.value IS NULL THEN rb.region_name || mn.name END,
           CASE WHEN i.rule = 'value_vs_baseline' AND a.value <= b.value THEN format('{}须高于{}（{}%），本地区为 {}%', mn.name, rb.region_name, mart.num_text(round(b.value, 2)), mart.num_text(round(a.value, 2)))
                WHEN i.rule = 'count_zero' AND a.value > 0 THEN format('{}为 {}，须为 0', mn.name, mart.num_text(a.value)) END,
           concat_ws(' ', a.inputs, b.inputs), false
    FROM items i CROSS JOIN regions r
    LEFT JOIN m a ON a.region_code = r.region_code AND a.measure_id = i.metric
    LEFT JOIN m b ON b.region_code = r.baseline_code AND b.measure_id = i.metric
    LEFT JOIN mname mn ON mn.measure_id = i.metric
    LEFT JOIN mart.region_context rb ON rb.region_code = r.baseline_code
    WHERE i.rule IN ('value_vs_baseline', 'count_zero')
),

-- 10: institutional documents, a point each up to a cap
doc_counts AS (
    SELECT a.ancestor_code AS region_code, count(DISTINCT d.title) AS documents,
           string_agg(DISTINCT format('{}#{}', d.file_name, d.row_number), ' ' ORDER BY format('{}#{}', d.file_name, d.row_number)) AS inputs
    FROM fact.institutional_document_current d JOIN mart.region_ancestor a ON a.region_code = d.region_code, par
    WHERE d.issued_on IS NULL OR d.issued_on <= par.asof
    GROUP BY a.ancestor_code
),
doc_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           least(coalesce(dc.documents, 0) * coalesce(i.per_document, 1), coalesce(i.cap, i.points)),
           'scored',
           coalesce(dc.documents, 0)::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6),
           format('已形成法规、规章、规范性文件或标准 {} 项', coalesce(dc.documents, 0)),
           NULL,
           CASE WHEN coalesce(dc.documents, 0) * coalesce(i.per_document, 1) < coalesce(i.cap, i.points)
                THEN '再形成 1 项网络市场监管与服务有关法规、规章、规范性文件或标准可再得 ' || mart.num_text(coalesce(i.per_document, 1)) || ' 分' END,
           dc.inputs, coalesce(dc.documents, 0) * coalesce(i.per_document, 1) > coalesce(i.cap, i.points)
    FROM items i CROSS JOIN regions r
    LEFT JOIN doc_counts dc ON dc.region_code = r.region_code
    WHERE i.rule = 'documents_count'
),

-- 11: training coverage and hours per person ("每人每年…"), for the last complete year at the
-- as-of date (par.y1: a June snapshot judges the previous calendar year, never a year in progress)
training_people AS (
    SELECT a.ancestor_code AS region_code, t.training_year, t.person_key,
           bool_or(coalesce(t.trained, false)) AS trained, max(t.hours) AS hours
    FROM fact.staff_training_current t JOIN mart.region_ancestor a ON a.region_code = t.region_code, par
    WHERE t.training_year = par.y1
    GROUP BY a.ancestor_code, t.training_year, t.person_key
),
training AS (
    SELECT * FROM training_people
),
training_sum AS (
    SELECT region_code, min(training_year) AS training_year, count(*) AS people,
           count(*) FILTER (WHERE trained) AS trained,
           min(hours) AS min_hours
    FROM training GROUP BY region_code
),
training_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           CASE WHEN ts.people > 0 AND ts.trained * 100 >= i.coverage_pct * ts.people
                     AND NOT EXISTS (SELECT 1 FROM training t WHERE t.region_code = r.region_code
                                     AND (NOT t.trained OR t.hours IS NULL OR t.hours < i.min_hours))
                THEN i.points ELSE 0 END,
           CASE WHEN ts.people > 0 THEN 'scored' ELSE 'not_assessable' END,
           CASE WHEN ts.people > 0 THEN round(ts.trained * 100 / ts.people, 6)::DECIMAL(38, 6) END,
           ts.trained::DECIMAL(38, 6), ts.people::DECIMAL(38, 6), i.coverage_pct::DECIMAL(38, 6),
           format('{}年：培训覆盖 {} / {} 人，最少学时 {}', ts.training_year, ts.trained, ts.people, mart.num_text(ts.min_hours)),
           CASE WHEN ts.people IS NULL THEN format('{}年网络交易监管人员培训台账', (SELECT y1 FROM par)) END,
           CASE WHEN ts.people > 0 THEN nullif(concat_ws('；',
                    CASE WHEN ts.trained < ts.people THEN format('还有 {} 人未参加培训', ts.people - ts.trained) END,
                    CASE WHEN short.people > 0 THEN format('{} 人培训学时不足 {} 学时', short.people, mart.num_text(i.min_hours)) END), '') END,
           NULL, false
    FROM items i CROSS JOIN regions r
    LEFT JOIN training_sum ts ON ts.region_code = r.region_code
    LEFT JOIN LATERAL (SELECT count(*) AS people FROM training t
                       WHERE t.region_code = r.region_code AND t.trained AND (t.hours IS NULL OR t.hours < i.min_hours)) short ON true
    WHERE i.rule = 'training'
),

-- 12: qualitative items from the expert assessment sheet (the current sheet of the newest assessment
-- year per region and rubric)
expert AS (
    SELECT e.*
    FROM fact.expert_score_current e
    QUALIFY e.assessment_year = max(e.assessment_year) OVER (PARTITION BY e.region_code, e.rubric_id)
),
expert_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           least(coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert'), 0), max(i.points)),
           CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'expert') > 0 THEN 'scored' ELSE 'not_assessable' END,
           sum(e.points) FILTER (WHERE e.score_source = 'expert')::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6), NULL::DECIMAL(38, 6),
           concat_ws('；',
               CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'expert') > 0
                    THEN format('专家评分 {}', mart.num_text(sum(e.points) FILTER (WHERE e.score_source = 'expert'))) END,
               CASE WHEN sum(e.points) FILTER (WHERE e.score_source = 'expert') > max(i.points)
                    THEN format('超过本项满分 {}，按满分计', mart.num_text(max(i.points))) END,
               CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'self') > 0
                    THEN format('自评 {} 分（不计入）', mart.num_text(sum(e.points) FILTER (WHERE e.score_source = 'self'))) END,
               string_agg(e.evidence, '；' ORDER BY e.row_number) FILTER (WHERE e.score_source = 'expert' AND e.evidence IS NOT NULL)),
           CASE WHEN count(e.points) FILTER (WHERE e.score_source = 'expert') = 0 THEN '专家评估表中本项的专家评分' END,
           CASE WHEN coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert'), 0) < max(i.points)
                THEN format('专家评估本项满分 {}，现得 {}：{}', mart.num_text(max(i.points)), mart.num_text(coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert'), 0)),
                            coalesce(max(i.text), '按指标说明补充佐证材料')) END,
           string_agg(format('{}#{}', e.file_name, e.row_number), ' ' ORDER BY e.row_number) FILTER (WHERE e.score_source = 'expert'),
           coalesce(sum(e.points) FILTER (WHERE e.score_source = 'expert') > max(i.points), false)
    FROM items i CROSS JOIN regions r
    LEFT JOIN expert e ON e.rubric_id = i.rubric_id AND e.region_code = r.region_code
                      AND e.indicator_no = i.indicator_no AND e.sub_item = i.sub_item
    WHERE i.rule = 'expert'
    GROUP BY i.rubric_id, i.indicator_no, i.sub_item, r.region_code
),
scored AS (
    SELECT * FROM growth_items
    UNION ALL SELECT * FROM share_items
    UNION ALL SELECT * FROM ratio_items
    UNION ALL SELECT * FROM tier_items
    UNION ALL SELECT * FROM rate_items
    UNION ALL SELECT * FROM value_items
    UNION ALL SELECT * FROM doc_items
    UNION ALL SELECT * FROM training_items
    UNION ALL SELECT * FROM expert_items
)
SELECT s.rubric_id, s.region_code, s.indicator_no, s.sub_item,
       ind.group_name, ind.subgroup_name, ind.name AS indicator_name, ind.kind, it.rule,
       it.points AS max_points,
       s.points::DECIMAL(10, 2) AS points,
       s.status, s.value, s.numerator, s.denominator, s.baseline,
       s.detail, s.missing, s.next_point, s.inputs, s.capped
FROM scored s (rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
               detail, missing, next_point, inputs, capped)
JOIN ref.rubric_item it ON it.rubric_id = s.rubric_id AND it.indicator_no = s.indicator_no AND it.sub_item = s.sub_item
JOIN ref.rubric_indicator ind ON ind.rubric_id = s.rubric_id AND ind.indicator_no = s.indicator_no;

CREATE OR REPLACE MACRO score.evaluate(p_rubric, p_year, p_month) AS TABLE
SELECT * FROM score.evaluate_with(p_rubric, p_year, p_month, NULL);

-- What if some figures were different: every item of the rubric for every region scored with the
-- overrides (a list of score.override(metric, region, year, value[, kind, period_kind, month])), next
-- to its points without them. Nothing is stored.
CREATE OR REPLACE MACRO score.what_if(p_rubric, p_year, p_month, p_overrides) AS TABLE
SELECT w.*, b.points AS points_before, w.points - b.points AS points_change, b.status AS status_before, b.detail AS detail_before
FROM score.evaluate_with(p_rubric, p_year, p_month, p_overrides) w
JOIN score.evaluate(p_rubric, p_year, p_month) b USING (rubric_id, region_code, indicator_no, sub_item);

-- What changed between two snapshots of the same region and rubric: every item whose value,
-- points or status differs, with the inputs each version used.
CREATE OR REPLACE MACRO score.diff(p_old, p_new) AS TABLE
SELECT coalesce(n.indicator_no, o.indicator_no) AS indicator_no,
       coalesce(n.sub_item, o.sub_item) AS sub_item,
       coalesce(n.indicator_name, o.indicator_name) AS indicator_name,
       o.value AS old_value, n.value AS new_value,
       o.points AS old_points, n.points AS new_points,
       o.status AS old_status, n.status AS new_status,
       o.detail AS old_detail, n.detail AS new_detail,
       o.inputs AS old_inputs, n.inputs AS new_inputs
FROM (SELECT * FROM score.snapshot_item WHERE snapshot_id = p_old) o
FULL JOIN (SELECT * FROM score.snapshot_item WHERE snapshot_id = p_new) n
  ON n.indicator_no = o.indicator_no AND n.sub_item = o.sub_item
WHERE o.value IS DISTINCT FROM n.value OR o.points IS DISTINCT FROM n.points OR o.status IS DISTINCT FROM n.status
   OR o.inputs IS DISTINCT FROM n.inputs
ORDER BY 1, 2;

-- Why a snapshot failed its rubric's pass rule, in words, from what the snapshot itself stored: the
-- total under the minimum, and each group under the minimum rate with the points it needed.
CREATE OR REPLACE VIEW score.snapshot_verdict AS
WITH rule AS (
    SELECT s.snapshot_id, s.verdict, s.total_points,
           coalesce(c.pass_total_min, ru.pass_total_min) AS total_min,
           coalesce(c.pass_group_rate_min_pct, ru.pass_group_rate_min_pct) AS rate_min
    FROM score.snapshot s
    LEFT JOIN score.snapshot_context c USING (snapshot_id)
    LEFT JOIN ref.rubric ru USING (rubric_id)
),
failing_groups AS (
    SELECT g.snapshot_id,
           string_agg(format('{}得分 {} 分，得分率 {}%，低于 {}%{}', g.group_name, mart.num_text(g.points), mart.num_text(g.rate_pct),
                             mart.num_text(r.rate_min),
                             CASE WHEN g.rate_denominator IS NOT NULL
                                  THEN format('（须 {} / {} 分）', mart.num_text(r.rate_min * g.rate_denominator / 100), mart.num_text(g.rate_denominator))
                                  ELSE '' END),
                      '；' ORDER BY g.group_no, g.group_name) AS reasons
    FROM score.snapshot_group g JOIN rule r USING (snapshot_id)
    WHERE g.meets_rate = false
    GROUP BY g.snapshot_id
)
SELECT r.snapshot_id, r.verdict,
       CASE WHEN r.verdict = '不合格' THEN nullif(concat_ws('；',
            CASE WHEN r.total_points < r.total_min THEN format('总分 {} 分，低于合格线 {} 分', mart.num_text(r.total_points), mart.num_text(r.total_min)) END,
            f.reasons), '') END AS verdict_reason
FROM rule r LEFT JOIN failing_groups f USING (snapshot_id);

-- Chinese and English descriptions of the mart views (table level), for analysts browsing the
-- catalog. Kept here because the views are re-created (CREATE OR REPLACE) whenever this file runs.

COMMENT ON VIEW mart.region_context IS '各地区及其层级、所属区域（东中西部）和所属省份，用于确定省级比较基准 / Each region with its level, zone and province, for provincial baselines';

COMMENT ON VIEW mart.region_ancestor IS '地区与其自身及所有上级地区的对应关系，县区数据据此汇总到地市 / Each region paired with itself and every region containing it, so counties roll up';

COMMENT ON VIEW mart.metric_fact IS '当前版本的指标数值，附统计期末日、统计期标签和来源单元格（加载批次、文件、工作表、行） / Current figures with their period end, period label and source cell (load, file, sheet, row)';

COMMENT ON VIEW mart.annual_growth IS '各指标、地区、年度的同比增速（%）：有官方公布值时用公布值，否则按总量计算 / Year-on-year growth in percent per metric, region and year: the official rate where published, else from levels';

COMMENT ON VIEW mart.measure_name IS '评分所用各项度量的中文名称，含网络交易经营者数量等派生度量 / Chinese names of every measure the rubrics compare, including derived ones such as the number of online operators';

COMMENT ON VIEW score.snapshot_verdict IS '评分快照的结论及不合格原因：总分低于合格线、哪个一级指标得分率不足及须得多少分 / Each snapshot''s verdict and, when it fails, why: the total under the minimum, each group under the minimum rate and the points it needed';
COMMENT ON COLUMN score.snapshot_verdict.snapshot_id IS '评分快照编号 / Snapshot id';
COMMENT ON COLUMN score.snapshot_verdict.verdict IS '结论：合格、不合格；指标体系无合格标准时为空 / Verdict: 合格 (pass) or 不合格 (fail); null when the rubric has no pass rule';
COMMENT ON COLUMN score.snapshot_verdict.verdict_reason IS '不合格原因：总分低于合格线，或哪个一级指标得分率不足、须得多少分；合格或无合格标准时为空 / Why it failed: the total under the minimum, or which group fell under the minimum rate and the points it needed; null otherwise';

-- Every column of the views above, in Chinese and English (kept here: the views are re-created
-- whenever this file runs, and their comments with them). CommentsEverywhereTest checks none is missing.
COMMENT ON COLUMN mart.annual_growth.growth_pct IS '首选口径的增速（%） / Growth in percent, preferred reading';
COMMENT ON COLUMN mart.annual_growth.growth_source IS '首选口径：official 公布值，levels 按总量计算；总量精度不足时为空 / Preferred reading: official, or levels; null when levels are too rounded';
COMMENT ON COLUMN mart.annual_growth.inputs IS '首选口径所用的来源单元格 / Source cells of the preferred reading';
COMMENT ON COLUMN mart.annual_growth.levels_exact IS '两年总量是否均写到4位及以上有效数字，足以计算增速 / Whether both levels are written to 4 or more significant digits, enough to derive a rate';
COMMENT ON COLUMN mart.annual_growth.levels_inputs IS '两年总量的来源单元格 / Source cells of the two levels';
COMMENT ON COLUMN mart.annual_growth.levels_pct IS '按总量计算的增速（%，仅供显示，比较用分子分母） / Growth from levels in percent (shown only; comparisons use numerator and denominator)';
COMMENT ON COLUMN mart.annual_growth.levels_pd IS '按总量计算增速的分母：上年总量 / Denominator of the growth from levels: the previous level';
COMMENT ON COLUMN mart.annual_growth.levels_pn IS '按总量计算增速的分子：(本年总量 − 上年总量) × 100 / Numerator of the growth from levels: (level − previous level) × 100';
COMMENT ON COLUMN mart.annual_growth.metric_id IS '指标标识（ref.metric） / Metric ID (ref.metric)';
COMMENT ON COLUMN mart.annual_growth.official_inputs IS '公布增速的来源单元格 / Source cell of the published rate';
COMMENT ON COLUMN mart.annual_growth.official_pct IS '官方公布的同比增速（%），未公布为空 / Officially published year-on-year growth in percent, null if none';
COMMENT ON COLUMN mart.annual_growth.pd IS '首选口径增速的分母 / Denominator of the preferred growth reading';
COMMENT ON COLUMN mart.annual_growth.pn IS '首选口径增速的分子 / Numerator of the preferred growth reading';
COMMENT ON COLUMN mart.annual_growth.region_code IS '行政区划代码（ref.region） / Region code (ref.region)';
COMMENT ON COLUMN mart.annual_growth.year IS '年份 / Year';
COMMENT ON COLUMN mart.measure_name.measure_id IS '度量标识：指标标识，或 active_operators、surviving_operators 等派生度量 / Measure id: a metric id, or a derived one such as active_operators';
COMMENT ON COLUMN mart.measure_name.name IS '度量的中文名称 / Chinese name of the measure';
COMMENT ON COLUMN mart.metric_fact.cell_ref IS '来源单元格：加载批次、文件、工作表和行（L批次 文件#工作表!行） / Source cell: load, file, sheet and row (L{load} file#sheet!row)';
COMMENT ON COLUMN mart.metric_fact.column_name IS '来源列的表头 / Header of the source column';
COMMENT ON COLUMN mart.metric_fact.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN mart.metric_fact.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN mart.metric_fact.metric_id IS '指标标识（ref.metric） / Metric ID (ref.metric)';
COMMENT ON COLUMN mart.metric_fact.period_end IS '统计期末日 / Last day of the period';
COMMENT ON COLUMN mart.metric_fact.period_kind IS '统计期类型：month 当月、ytd 1月至当月累计、year 全年 / Period kind: month (that month alone), ytd (cumulative from January) or year';
COMMENT ON COLUMN mart.metric_fact.period_label IS '统计期，如 2024年、2025年1-6月 / Period as written, e.g. 2024年 or 2025年1-6月';
COMMENT ON COLUMN mart.metric_fact.period_month IS '统计期月份（累计期为截止月，全年为12） / Month of the period (last month of a ytd period, 12 for a year)';
COMMENT ON COLUMN mart.metric_fact.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.metric_fact.region_code IS '行政区划代码（ref.region） / Region code (ref.region)';
COMMENT ON COLUMN mart.metric_fact.released_on IS '本数值的发布日期（文件逐行写明时）；为空时用文件的发布日期 meta.load.released_on / Release date of this figure, where the file gives one per row; else the file''s (meta.load.released_on)';
COMMENT ON COLUMN mart.metric_fact.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN mart.metric_fact.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN mart.metric_fact.source_label IS '来源中的指标名称或列表头 / Metric name or column header as written in the source';
COMMENT ON COLUMN mart.metric_fact.source_note IS '来源备注，如公布数据的网址 / Source note, e.g. the URL a published figure was read from';
COMMENT ON COLUMN mart.metric_fact.source_unit IS '来源文件使用的单位，如亿元、万件 / Unit used by the source, e.g. 亿元, 万件';
COMMENT ON COLUMN mart.metric_fact.source_value IS '来源单元格中的原文 / Cell text as written in the source';
COMMENT ON COLUMN mart.metric_fact.unit IS '数值的单位：基本单位（元、件、人、户）或 % / Unit of value: base unit (元, 件, 人, 户) or %';
COMMENT ON COLUMN mart.metric_fact.value IS '数值，已换算为基本单位（元、件、人、户）或百分比 / Value in base units (yuan, pieces, persons, entities) or percent';
COMMENT ON COLUMN mart.metric_fact.value_kind IS '数值类型：level 总量、official_growth_pct 官方公布增速、share_pct 占比 / Value kind: level, official_growth_pct (published growth) or share_pct';
COMMENT ON COLUMN mart.region_ancestor.ancestor_code IS '该地区自身或其任一上级地区的代码 / Code of the region itself or of any region containing it';
COMMENT ON COLUMN mart.region_ancestor.region_code IS '地区代码 / Region code';
COMMENT ON COLUMN mart.region_context.level IS '层级：national 全国、province 省、prefecture 地市、county 县区、custom 开发区 / Level: national, province, prefecture, county or custom';
COMMENT ON COLUMN mart.region_context.province_code IS '所属省级行政区划代码，用于省级比较基准 / Code of its province, for provincial baselines';
COMMENT ON COLUMN mart.region_context.region_code IS '地区代码 / Region code';
COMMENT ON COLUMN mart.region_context.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.region_context.zone IS '所属区域：east 东部、central 中部、west 西部 / Zone: east, central or west';
