-- Derived indicators and scoring, as SQL an analyst can read and run by hand.
--
--   mart.region_context     each region with its zone and province (for provincial baselines)
--   mart.region_ancestor    region -> itself and every region containing it (counties roll up)
--   mart.metric_fact        current figures with their period end and the cell they came from
--   mart.annual_growth      year-on-year growth per metric, region and year: the official rate
--                           where one was published, else from levels; growth_source says which
--   mart.measures(asof)     every measure a rubric compares, as of a date
--   mart.measures_of(asof, overrides, regions)  the same for some regions only (the plan targets')
--   score.judged_period, score.judged_years, score.rubric_items, score.scored_regions
--                           what every rule family reads
--   score.rule_*(rubric, year, month, overrides, measures)   R__scoring_rules_*.sql, one file per
--                           family of rubric rules: each item of those rules for every region
--   score.evaluate(rubric, year, month)   R__scoring_total.sql: the families combined by name
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

-- the analysts' name for ref.region_ancestor (R__current_records.sql)
CREATE OR REPLACE VIEW mart.region_ancestor AS
SELECT region_code, ancestor_code FROM ref.region_ancestor;

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

-- What every rule family reads (R__scoring_rules_*.sql): the period a snapshot judges (its as-of
-- date, and y1: the last complete year at that date; a June snapshot judges the previous calendar
-- year), the two years judged, a rubric's items of some rules, and the regions it scores with the
-- region each is compared with (the nation or its province, as the rubric says).
CREATE OR REPLACE MACRO score.judged_period(p_year, p_month) AS TABLE
SELECT last_day(make_date(p_year, p_month, 1)) AS asof,
       CASE WHEN p_month = 12 THEN p_year ELSE p_year - 1 END AS y1;

CREATE OR REPLACE MACRO score.judged_years(p_year, p_month) AS TABLE
SELECT y1 AS year FROM score.judged_period(p_year, p_month)
UNION ALL SELECT y1 - 1 FROM score.judged_period(p_year, p_month);

-- The year-by-year rules (growth_vs_baseline, share_vs_baseline) score each of the two judged
-- years on its own: half the item's points for each year passed, and the item counts as scored
-- only when both years could be judged. Aggregates, for the families' GROUP BY over the years.
CREATE OR REPLACE MACRO score.points_half_a_year(p_passed, p_item_points) AS
    sum(CASE WHEN p_passed THEN p_item_points * 0.5 ELSE 0 END);

CREATE OR REPLACE MACRO score.status_of_every_year(p_assessable) AS
    CASE WHEN bool_and(p_assessable) THEN 'scored' ELSE 'not_assessable' END;

CREATE OR REPLACE MACRO score.rubric_items(p_rubric, p_rules) AS TABLE
SELECT i.* FROM ref.rubric_item i WHERE i.rubric_id = p_rubric AND list_contains(p_rules, i.rule);

CREATE OR REPLACE MACRO score.scored_regions(p_rubric) AS TABLE
SELECT rc.region_code, rc.region_name, rc.zone,
       CASE WHEN rub.baseline = 'national' THEN '100000' ELSE rc.province_code END AS baseline_code
FROM mart.region_context rc CROSS JOIN ref.rubric rub
WHERE rub.rubric_id = p_rubric AND rc.level IN ('prefecture', 'county', 'custom');

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
