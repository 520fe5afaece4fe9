-- Stable views for analysts (and BI tools): names and columns here change only with a note in
-- the README. Each joins the codes to their Chinese names. Runs after R__scoring.sql.

CREATE OR REPLACE VIEW mart.facts AS
SELECT f.metric_id, m.name AS metric_name, f.value_kind, f.region_code, r.name AS region_name,
       f.period_kind, f.period_year, f.period_month, f.period_label, f.value, f.unit, f.source_value, f.source_unit,
       f.load_id, f.file_name, f.sheet_name, f.row_number, f.column_name, f.source_note
FROM mart.metric_fact f
LEFT JOIN ref.metric m USING (metric_id)
LEFT JOIN ref.region r ON r.code = f.region_code;

CREATE OR REPLACE VIEW mart.loads AS
SELECT l.load_id, l.source_id, l.file_name, l.status, l.rows_read, l.rows_loaded, l.rows_rejected, l.rows_skipped,
       l.values_loaded, r.reconciles, l.message, l.started_at, l.finished_at, l.job_execution_id, l.content_sha256
FROM meta.load l JOIN meta.load_reconciliation r USING (load_id);

CREATE OR REPLACE VIEW mart.rejects AS
SELECT j.load_id, l.source_id, j.file_name, j.sheet_name, j.row_number, j.column_name, j.raw_value, j.reason, l.started_at
FROM meta.reject j JOIN meta.load l USING (load_id);

CREATE OR REPLACE VIEW mart.scores AS
SELECT s.snapshot_id, s.rubric_id, ru.name AS rubric_name, s.region_code, r.name AS region_name,
       s.period_kind, s.period_year, s.period_month, s.version,
       s.version = max(s.version) OVER (PARTITION BY s.rubric_id, s.region_code, s.period_kind, s.period_year, s.period_month) AS is_latest,
       s.total_points, s.max_points, s.verdict, v.verdict_reason, s.items_not_assessable, s.created_at,
       coalesce(s.provisional, false) AS provisional, s.provisional_reason, s.withdrawn_at, s.withdrawn_reason
FROM score.snapshot s
JOIN score.snapshot_verdict v USING (snapshot_id)
JOIN ref.rubric ru USING (rubric_id)
JOIN ref.region r ON r.code = s.region_code;

CREATE OR REPLACE VIEW mart.score_items AS
SELECT s.snapshot_id, s.rubric_id, s.region_code, s.region_name, s.period_year, s.period_month, s.version, s.is_latest,
       i.indicator_no, i.sub_item, i.group_name, i.subgroup_name, i.indicator_name, i.kind, i.rule,
       i.max_points, i.points, i.status, i.value, i.numerator, i.denominator, i.baseline,
       i.detail, i.missing, i.next_point, i.inputs, i.capped
FROM mart.scores s JOIN score.snapshot_item i USING (snapshot_id);

CREATE OR REPLACE VIEW mart.score_groups AS
SELECT s.snapshot_id, s.rubric_id, s.region_code, s.region_name, s.period_year, s.period_month, s.version, s.is_latest,
       g.group_name, g.points, g.max_points, g.stated_points, g.rate_denominator, g.rate_pct, g.meets_rate
FROM mart.scores s JOIN score.snapshot_group g USING (snapshot_id);

-- The office's overview in SQL: a league table of every scored region per rubric and period (its
-- latest scorecard that is not withdrawn), and each region's history over the periods.
CREATE OR REPLACE VIEW mart.league AS
WITH current AS (
    SELECT s.*
    FROM mart.scores s
    WHERE s.withdrawn_at IS NULL
    QUALIFY s.version = max(s.version) OVER (PARTITION BY s.rubric_id, s.region_code, s.period_kind, s.period_year, s.period_month)
),
rates AS (
    SELECT g.snapshot_id, map_from_entries(list((g.group_name, g.rate_pct) ORDER BY g.group_no, g.group_name)) AS group_rates,
           list(g.group_name ORDER BY g.group_no, g.group_name) FILTER (WHERE g.meets_rate = false) AS groups_below_rate
    FROM score.snapshot_group g GROUP BY g.snapshot_id
)
SELECT c.rubric_id, c.rubric_name, c.period_kind, c.period_year, c.period_month, c.region_code, c.region_name,
       rank() OVER (PARTITION BY c.rubric_id, c.period_kind, c.period_year, c.period_month ORDER BY c.total_points DESC) AS rank,
       count(*) OVER (PARTITION BY c.rubric_id, c.period_kind, c.period_year, c.period_month) AS regions,
       c.total_points, c.max_points, c.verdict, c.verdict_reason, r.group_rates, r.groups_below_rate, c.provisional,
       c.total_points - lag(c.total_points) OVER (PARTITION BY c.rubric_id, c.region_code ORDER BY c.period_year, c.period_month) AS change_since_previous,
       lag(format('{}-{}', c.period_year, lpad(c.period_month::VARCHAR, 2, '0')))
           OVER (PARTITION BY c.rubric_id, c.region_code ORDER BY c.period_year, c.period_month) AS previous_period,
       c.snapshot_id, c.version
FROM current c LEFT JOIN rates r USING (snapshot_id);

CREATE OR REPLACE VIEW mart.score_history AS
SELECT l.rubric_id, l.region_code, l.region_name, l.period_year, l.period_month, l.snapshot_id, l.total_points, l.max_points,
       g.group_name, g.group_no, g.points AS group_points, g.max_points AS group_max_points, g.rate_pct
FROM mart.league l JOIN score.snapshot_group g USING (snapshot_id);

-- Each plan target (ref.plan_target) against the region's figures: the latest value (as of today),
-- the region's own annual history, the average change per year, where that leads by the deadline,
-- and whether the target is met, on track or not; the arithmetic in words. Comparisons with the
-- target are exact (a ratio cross-multiplied); the projection is the average yearly change carried on.
CREATE OR REPLACE VIEW mart.target_progress AS
WITH t AS (
    SELECT t.*, r.name AS region_name, t.measure IS NULL AS is_ratio FROM ref.plan_target t LEFT JOIN ref.region r ON r.code = t.region_code
),
m AS (SELECT * FROM mart.measures_of(current_date, NULL, (SELECT list(DISTINCT region_code) FROM ref.plan_target))),
latest AS (
    SELECT t.region_code, t.target_no, mm.value AS m_value, n.value AS n_value, d.value AS d_value,
           coalesce(mm.period_label, d.period_label) AS as_of
    FROM t
    LEFT JOIN m mm ON mm.region_code = t.region_code AND mm.measure_id = t.measure
    LEFT JOIN m n ON n.region_code = t.region_code AND n.measure_id = t.numerator
    LEFT JOIN m d ON d.region_code = t.region_code AND d.measure_id = t.denominator
),
history AS (
    SELECT t.region_code, t.target_no, a.period_year AS year,
           CASE WHEN t.is_ratio THEN (a.value * 100 / b.value)::DECIMAL(38, 6) ELSE a.value END AS value
    FROM t
    JOIN mart.metric_fact a ON a.region_code = t.region_code AND a.metric_id = coalesce(t.measure, t.numerator)
                           AND a.period_kind = 'year' AND a.value_kind = 'level'
    LEFT JOIN mart.metric_fact b ON t.is_ratio AND b.region_code = t.region_code AND b.metric_id = t.denominator
                                AND b.period_kind = 'year' AND b.period_year = a.period_year AND b.value_kind = 'level'
    WHERE NOT t.is_ratio OR b.value > 0
),
trend AS (
    SELECT region_code, target_no, count(*) AS years, min(year) AS first_year, max(year) AS last_year,
           arg_min(value, year) AS first_value, arg_max(value, year) AS last_value,
           string_agg(year || '年 ' || mart.num_text(round(value, 2)), '，' ORDER BY year) AS points
    FROM history GROUP BY region_code, target_no
),
judged AS (
    SELECT t.*, l.as_of,
           CASE WHEN t.is_ratio THEN CASE WHEN l.d_value > 0 THEN round(l.n_value * 100 / l.d_value, 4)::DECIMAL(38, 6) END ELSE l.m_value END AS latest_value,
           CASE WHEN t.is_ratio THEN CASE WHEN l.d_value > 0 THEN CASE t.comparator WHEN 'ge' THEN l.n_value * 100 >= t.target * l.d_value
                                                                                      ELSE l.n_value * 100 > t.target * l.d_value END END
                ELSE CASE t.comparator WHEN 'ge' THEN l.m_value >= t.target ELSE l.m_value > t.target END END AS met,
           tr.years, tr.points, tr.last_year, tr.last_value,
           CASE WHEN tr.years >= 2 THEN ((tr.last_value - tr.first_value) / (tr.last_year - tr.first_year))::DECIMAL(38, 6) END AS change_per_year
    FROM t LEFT JOIN latest l USING (region_code, target_no) LEFT JOIN trend tr USING (region_code, target_no)
),
projected AS (
    SELECT *, CASE WHEN change_per_year IS NOT NULL THEN (last_value + change_per_year * (year(deadline) - last_year))::DECIMAL(38, 6) END AS projected
    FROM judged
)
SELECT region_code, region_name, target_no, name, is_ratio, comparator, target, deadline, clause, source,
       latest_value, as_of, years AS history_years, change_per_year, projected,
       CASE WHEN met THEN '已达到'
            WHEN projected IS NOT NULL AND CASE comparator WHEN 'ge' THEN projected >= target ELSE projected > target END THEN '按趋势可达到'
            WHEN projected IS NOT NULL THEN '按趋势达不到'
            WHEN latest_value IS NULL AND years IS NULL THEN '无数据'
            ELSE '历史数据不足，无法推算' END AS status,
       concat_ws('；',
           CASE WHEN latest_value IS NOT NULL THEN format('最新 {}{}（{}）', mart.num_text(round(latest_value, 2)), CASE WHEN is_ratio THEN '%' ELSE '' END, as_of) END,
           CASE WHEN points IS NOT NULL THEN '历年 ' || points END,
           CASE WHEN change_per_year IS NOT NULL THEN format('年均变化 {}{}，按此到 {} 年约 {}{}', CASE WHEN change_per_year > 0 THEN '+' ELSE '' END,
                mart.num_text(round(change_per_year, 2)), year(deadline), mart.num_text(round(projected, 2)), CASE WHEN is_ratio THEN '%' ELSE '' END) END,
           format('目标 {} {}{}（{}前）', CASE comparator WHEN 'ge' THEN '≥' ELSE '>' END, mart.num_text(target), CASE WHEN is_ratio THEN '%' ELSE '' END,
                  strftime(deadline, '%Y-%m-%d'))) AS arithmetic
FROM projected;

COMMENT ON VIEW mart.facts IS '当前口径的全部统计数值（最新版本），附地区、指标名称和来源单元格 / Every current figure (newest vintage) with region and metric names and the cell it came from';
COMMENT ON VIEW mart.loads IS '每个输入文件的加载记录及行数核对结果 / Every input file loaded, with its row counts and whether they reconcile';
COMMENT ON VIEW mart.rejects IS '被拒绝的行：文件、工作表、行、列、原始值和原因 / Rejected rows: file, sheet, row, column, raw value and reason';
COMMENT ON VIEW mart.scores IS '评分快照：地区、指标体系、统计期、版本、总分和结论；is_latest 标出最新版本 / Scoring snapshots: region, rubric, period, version, total and verdict; is_latest marks the newest version';
COMMENT ON VIEW mart.score_items IS '评分快照的每个指标与子项：数值、分子分母、基准、得分、状态、下一分与数据来源 / Every indicator and sub-item of every snapshot: value, numerator, denominator, baseline, points, status, next point and inputs';
COMMENT ON VIEW mart.score_groups IS '评分快照的一级指标小计与得分率 / First-level group subtotals and rates of every snapshot';

COMMENT ON COLUMN mart.scores.verdict_reason IS '不合格原因：总分低于合格线，或哪个一级指标得分率不足、须得多少分 / Why it failed: the total under the minimum, or which group fell short and the points it needed';
COMMENT ON COLUMN mart.scores.provisional IS '暂定评分：本期所需数据未到齐，下一次评分将以同一版本号替换 / Provisional: the period''s data was incomplete; the next scoring replaces it under the same version';
COMMENT ON COLUMN mart.scores.provisional_reason IS '暂定的原因 / Why it is provisional';
COMMENT ON COLUMN mart.scores.withdrawn_at IS '撤回时间（为空表示有效） / When it was withdrawn (null: in force)';
COMMENT ON COLUMN mart.scores.withdrawn_reason IS '撤回原因 / Why it was withdrawn';
COMMENT ON COLUMN mart.score_groups.rate_denominator IS '得分率的分母（分） / Points the group rate is taken over';

-- Every quantitative indicator and sub-item of a rubric, for every region, for the period ending
-- in the given month: value, numerator, denominator, baseline and the cells used (load = vintage).
-- Nothing is stored; this is score.evaluate without the expert items.
CREATE OR REPLACE MACRO mart.indicator_values(p_rubric, p_year, p_month) AS TABLE
SELECT region_code, indicator_no, sub_item, group_name, indicator_name, kind, rule, value, numerator, denominator,
       baseline, points, max_points, status, detail, missing, next_point, inputs
FROM score.evaluate(p_rubric, p_year, p_month)
WHERE rule <> 'expert';

-- Every column of the views above, in Chinese and English (kept here: the views are re-created
-- whenever this file runs, and their comments with them). CommentsEverywhereTest checks none is missing.
COMMENT ON COLUMN mart.facts.column_name IS '来源列的表头 / Header of the source column';
COMMENT ON COLUMN mart.facts.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN mart.facts.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN mart.facts.metric_id IS '指标标识（ref.metric） / Metric ID (ref.metric)';
COMMENT ON COLUMN mart.facts.metric_name IS '指标名称 / Metric name';
COMMENT ON COLUMN mart.facts.period_kind IS '统计期类型：month 当月、ytd 1月至当月累计、year 全年 / Period kind: month (that month alone), ytd (cumulative from January) or year';
COMMENT ON COLUMN mart.facts.period_label IS '统计期，如 2024年、2025年1-6月 / Period as written, e.g. 2024年 or 2025年1-6月';
COMMENT ON COLUMN mart.facts.period_month IS '统计期月份（累计期为截止月，全年为12） / Month of the period (last month of a ytd period, 12 for a year)';
COMMENT ON COLUMN mart.facts.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.facts.region_code IS '行政区划代码（ref.region） / Region code (ref.region)';
COMMENT ON COLUMN mart.facts.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.facts.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN mart.facts.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN mart.facts.source_note IS '来源备注，如公布数据的网址 / Source note, e.g. the URL a published figure was read from';
COMMENT ON COLUMN mart.facts.source_unit IS '来源文件使用的单位，如亿元、万件 / Unit used by the source, e.g. 亿元, 万件';
COMMENT ON COLUMN mart.facts.source_value IS '来源单元格中的原文 / Cell text as written in the source';
COMMENT ON COLUMN mart.facts.unit IS '数值的单位：基本单位（元、件、人、户）或 % / Unit of value: base unit (元, 件, 人, 户) or %';
COMMENT ON COLUMN mart.facts.value IS '数值，已换算为基本单位（元、件、人、户）或百分比 / Value in base units (yuan, pieces, persons, entities) or percent';
COMMENT ON COLUMN mart.facts.value_kind IS '数值类型：level 总量、official_growth_pct 官方公布增速、share_pct 占比 / Value kind: level, official_growth_pct (published growth) or share_pct';
COMMENT ON COLUMN mart.loads.content_sha256 IS '文件内容的 SHA-256，相同内容不重复加载 / SHA-256 of the file content, so the same bytes are never loaded twice';
COMMENT ON COLUMN mart.loads.file_name IS '输入文件路径（相对于 inputs 目录） / Input file path, relative to the inputs folder';
COMMENT ON COLUMN mart.loads.finished_at IS '加载结束时间 / Time the load finished';
COMMENT ON COLUMN mart.loads.job_execution_id IS '所属 Spring Batch 作业执行编号（batch.BATCH_JOB_EXECUTION），作业外加载时为空 / Spring Batch job execution ID (batch.BATCH_JOB_EXECUTION), null outside a job';
COMMENT ON COLUMN mart.loads.load_id IS '加载批次编号（取自序列 meta.load_id_seq） / Load batch ID (from sequence meta.load_id_seq)';
COMMENT ON COLUMN mart.loads.message IS '说明信息，加载失败时为失败原因 / Message, the reason when the load failed';
COMMENT ON COLUMN mart.loads.reconciles IS '行数是否核对一致（读取 = 加载 + 拒绝 + 跳过，且与存储的行数相符）；被替换的批次为空 / Whether the row counts reconcile (read = loaded + rejected + skipped, and match what is stored); null for a superseded load';
COMMENT ON COLUMN mart.loads.rows_loaded IS '成功加载的行数 / Rows loaded';
COMMENT ON COLUMN mart.loads.rows_read IS '读取行数，等于加载、拒绝与跳过行数之和 / Rows read, equal to rows loaded + rejected + skipped';
COMMENT ON COLUMN mart.loads.rows_rejected IS '被拒绝的行数（明细见 meta.reject） / Rows rejected (details in meta.reject)';
COMMENT ON COLUMN mart.loads.rows_skipped IS '跳过的行数，如标题、表头、注释、合计、空行（明细见 meta.load_skip） / Rows skipped, e.g. title, header, note, total, blank (details in meta.load_skip)';
COMMENT ON COLUMN mart.loads.source_id IS '数据源定义标识（jobs/ 下 YAML 文件的 id） / Source definition ID (the id of a YAML file in jobs/)';
COMMENT ON COLUMN mart.loads.started_at IS '开始加载时间 / Time the load started';
COMMENT ON COLUMN mart.loads.status IS '加载状态：loaded 已加载，failed 加载失败，superseded 已被重新加载替换（见 superseded_by） / Load status: loaded, failed, or superseded (replaced by a reload, see superseded_by)';
COMMENT ON COLUMN mart.loads.values_loaded IS '写入的数值个数（宽表一行可含多个指标数值） / Values written (one row of a wide sheet can hold several figures)';
COMMENT ON COLUMN mart.rejects.column_name IS '出错单元格所在列的表头 / Header of the column holding the offending cell';
COMMENT ON COLUMN mart.rejects.file_name IS '输入文件路径（相对于 inputs 目录） / Input file path, relative to the inputs folder';
COMMENT ON COLUMN mart.rejects.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN mart.rejects.raw_value IS '单元格原文（个人证件号已脱敏，超长截断） / Cell text as written (personal IDs masked, long text clipped)';
COMMENT ON COLUMN mart.rejects.reason IS '拒绝原因 / Reason for the rejection';
COMMENT ON COLUMN mart.rejects.row_number IS '表格中的行号（从1开始），整个文件被拒绝时为空 / Row number in the sheet (from 1), null when the whole file was rejected';
COMMENT ON COLUMN mart.rejects.sheet_name IS '工作表名称，CSV 文件或整个文件被拒绝时为空 / Sheet name, null for CSV files or a whole rejected file';
COMMENT ON COLUMN mart.rejects.source_id IS '数据源定义标识（jobs/ 下 YAML 文件的 id） / Source definition ID (the id of a YAML file in jobs/)';
COMMENT ON COLUMN mart.rejects.started_at IS '开始加载时间 / Time the load started';
COMMENT ON COLUMN mart.score_groups.group_name IS '一级指标名称 / Group name';
COMMENT ON COLUMN mart.score_groups.is_latest IS '是否为该地区、指标体系、统计期的最新版本 / Whether this is the newest version for its region, rubric and period';
COMMENT ON COLUMN mart.score_groups.max_points IS '一级指标所含子项分值之和（分） / Sum of the points of the group''s items';
COMMENT ON COLUMN mart.score_groups.meets_rate IS '是否达到合格所需得分率，无合格规则时为空 / Whether the pass rate is met, null if the rubric has no pass rule';
COMMENT ON COLUMN mart.score_groups.period_month IS '统计期截止月份（全年为12） / Last month of the period (12 for a year)';
COMMENT ON COLUMN mart.score_groups.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.score_groups.points IS '一级指标得分（分） / Points scored in the group';
COMMENT ON COLUMN mart.score_groups.rate_pct IS '一级指标得分率（%），分母见 ref.rubric.group_rate_denominator / Score rate of the group in percent, denominator per ref.rubric.group_rate_denominator';
COMMENT ON COLUMN mart.score_groups.region_code IS '被评分地区代码（ref.region） / Code of the scored region (ref.region)';
COMMENT ON COLUMN mart.score_groups.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.score_groups.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN mart.score_groups.snapshot_id IS '评分快照编号（score.snapshot） / Snapshot ID (score.snapshot)';
COMMENT ON COLUMN mart.score_groups.stated_points IS '一级指标标注分值（分） / Points stated for the group';
COMMENT ON COLUMN mart.score_groups.version IS '版本号：同一地区、统计期和指标体系从1递增 / Version, counting from 1 per region, period and rubric';
COMMENT ON COLUMN mart.score_items.baseline IS '比较基准或阈值，如基准地区的比率（%） / Baseline or bar compared with, e.g. the baseline region''s rate in percent';
COMMENT ON COLUMN mart.score_items.capped IS '得分是否因超过上限而按上限计 / Whether the points were capped at the item''s maximum';
COMMENT ON COLUMN mart.score_items.denominator IS '比率的分母 / Denominator of the rate';
COMMENT ON COLUMN mart.score_items.detail IS '计算过程说明 / How the item was scored, in words';
COMMENT ON COLUMN mart.score_items.group_name IS '一级指标名称 / Group name';
COMMENT ON COLUMN mart.score_items.indicator_name IS '三级指标名称 / Indicator name';
COMMENT ON COLUMN mart.score_items.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN mart.score_items.inputs IS '所用数据的来源（加载批次、文件、工作表和行） / Cells used: load, file, sheet and row';
COMMENT ON COLUMN mart.score_items.is_latest IS '是否为该地区、指标体系、统计期的最新版本 / Whether this is the newest version for its region, rubric and period';
COMMENT ON COLUMN mart.score_items.kind IS '指标类型：定量、定性、定量+定性 或 定性+定量 / Indicator kind: quantitative, qualitative or mixed';
COMMENT ON COLUMN mart.score_items.max_points IS '子项满分（分） / Maximum points of the item';
COMMENT ON COLUMN mart.score_items.missing IS '缺少的数据 / Inputs that are missing';
COMMENT ON COLUMN mart.score_items.next_point IS '再得分所需的条件 / What would gain the next point';
COMMENT ON COLUMN mart.score_items.numerator IS '比率的分子 / Numerator of the rate';
COMMENT ON COLUMN mart.score_items.period_month IS '统计期截止月份（全年为12） / Last month of the period (12 for a year)';
COMMENT ON COLUMN mart.score_items.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.score_items.points IS '子项得分（分） / Points scored on the item';
COMMENT ON COLUMN mart.score_items.region_code IS '被评分地区代码（ref.region） / Code of the scored region (ref.region)';
COMMENT ON COLUMN mart.score_items.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.score_items.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN mart.score_items.rule IS '评分规则（见 ref.rubric_item.rule） / Scoring rule (see ref.rubric_item.rule)';
COMMENT ON COLUMN mart.score_items.snapshot_id IS '评分快照编号（score.snapshot） / Snapshot ID (score.snapshot)';
COMMENT ON COLUMN mart.score_items.status IS '评分状态：scored 已评分，not_assessable 缺少数据无法评估 / Status: scored, or not_assessable for lack of data';
COMMENT ON COLUMN mart.score_items.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN mart.score_items.subgroup_name IS '二级指标名称，无二级指标时为空 / Subgroup name, null if the rubric has none';
COMMENT ON COLUMN mart.score_items.value IS '评分所用数值，如比率（%）、数量或专家评分 / Value scored, e.g. a rate in percent, a count or the expert''s points';
COMMENT ON COLUMN mart.score_items.version IS '版本号：同一地区、统计期和指标体系从1递增 / Version, counting from 1 per region, period and rubric';
COMMENT ON COLUMN mart.scores.created_at IS '快照创建时间 / Time the snapshot was created';
COMMENT ON COLUMN mart.scores.is_latest IS '是否为该地区、指标体系、统计期的最新版本 / Whether this is the newest version for its region, rubric and period';
COMMENT ON COLUMN mart.scores.items_not_assessable IS '因缺少数据无法评估的子项数 / Number of items that could not be assessed for lack of data';
COMMENT ON COLUMN mart.scores.max_points IS '满分（各子项分值之和） / Maximum points, the sum of the items'' points';
COMMENT ON COLUMN mart.scores.period_kind IS '统计期类型：month 当月、ytd 1月至当月累计、year 全年 / Period kind: month, ytd (cumulative from January) or year';
COMMENT ON COLUMN mart.scores.period_month IS '统计期截止月份（全年为12） / Last month of the period (12 for a year)';
COMMENT ON COLUMN mart.scores.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.scores.region_code IS '被评分地区代码（ref.region） / Code of the scored region (ref.region)';
COMMENT ON COLUMN mart.scores.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.scores.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN mart.scores.rubric_name IS '指标体系名称 / Rubric name';
COMMENT ON COLUMN mart.scores.snapshot_id IS '评分快照编号（取自序列 score.snapshot_id_seq） / Snapshot ID (from sequence score.snapshot_id_seq)';
COMMENT ON COLUMN mart.scores.total_points IS '总得分（分） / Total points scored';
COMMENT ON COLUMN mart.scores.verdict IS '评定结果：合格、不合格，无合格规则时为空 / Verdict: 合格 (pass) or 不合格 (fail), null if the rubric has no pass rule';
COMMENT ON COLUMN mart.scores.version IS '版本号：同一地区、统计期和指标体系从1递增 / Version, counting from 1 per region, period and rubric';
COMMENT ON VIEW mart.league IS '排名表：每个指标体系、统计期下各地区最新的未撤回评分快照，含名次、各一级指标得分率、结论及与上一期相比的变化 / League table: each region''s latest scorecard (not withdrawn) per rubric and period, with rank, group rates, verdict and change since the previous period';
COMMENT ON VIEW mart.score_history IS '各地区历期评分：每期最新未撤回快照的总分与各一级指标得分率，用于趋势图 / Each region''s scores over the periods: total and every group''s rate from each period''s latest scorecard, for trend charts';
COMMENT ON COLUMN mart.league.rubric_id IS '评估指标体系标识 / Rubric id';
COMMENT ON COLUMN mart.league.rubric_name IS '指标体系名称 / Rubric name';
COMMENT ON COLUMN mart.league.period_kind IS '统计期类型：ytd 1月至当月累计、year 全年 / Period kind: ytd or year';
COMMENT ON COLUMN mart.league.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.league.period_month IS '统计期截止月份 / Last month of the period';
COMMENT ON COLUMN mart.league.region_code IS '地区代码 / Region code';
COMMENT ON COLUMN mart.league.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.league.rank IS '同一指标体系、统计期内按总分的名次（并列同名次） / Rank by total within the rubric and period (ties share a rank)';
COMMENT ON COLUMN mart.league.regions IS '参与排名的地区数 / Number of regions ranked';
COMMENT ON COLUMN mart.league.total_points IS '总得分（分） / Total points';
COMMENT ON COLUMN mart.league.max_points IS '满分（分） / Maximum points';
COMMENT ON COLUMN mart.league.verdict IS '结论：合格、不合格；无合格标准时为空 / Verdict; null when the rubric has no pass rule';
COMMENT ON COLUMN mart.league.verdict_reason IS '不合格原因 / Why it failed';
COMMENT ON COLUMN mart.league.group_rates IS '各一级指标得分率（%），一级指标名称到得分率的映射 / Each group''s rate in percent, a map from group name to rate';
COMMENT ON COLUMN mart.league.groups_below_rate IS '得分率未达合格标准的一级指标 / Groups below the pass rate';
COMMENT ON COLUMN mart.league.provisional IS '是否为暂定评分 / Whether the scorecard is provisional';
COMMENT ON COLUMN mart.league.change_since_previous IS '与该地区上一统计期最新评分相比的总分变化 / Change of the total since the region''s previous period';
COMMENT ON COLUMN mart.league.previous_period IS '上一统计期（YYYY-MM） / The previous period (YYYY-MM)';
COMMENT ON COLUMN mart.league.snapshot_id IS '评分快照编号 / Snapshot id';
COMMENT ON COLUMN mart.league.version IS '快照版本 / Snapshot version';
COMMENT ON COLUMN mart.score_history.rubric_id IS '评估指标体系标识 / Rubric id';
COMMENT ON COLUMN mart.score_history.region_code IS '地区代码 / Region code';
COMMENT ON COLUMN mart.score_history.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.score_history.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN mart.score_history.period_month IS '统计期截止月份 / Last month of the period';
COMMENT ON COLUMN mart.score_history.snapshot_id IS '评分快照编号 / Snapshot id';
COMMENT ON COLUMN mart.score_history.total_points IS '总得分（分） / Total points';
COMMENT ON COLUMN mart.score_history.max_points IS '满分（分） / Maximum points';
COMMENT ON COLUMN mart.score_history.group_name IS '一级指标名称 / Group name';
COMMENT ON COLUMN mart.score_history.group_no IS '一级指标顺序 / Order of the group';
COMMENT ON COLUMN mart.score_history.group_points IS '一级指标得分（分） / Points of the group';
COMMENT ON COLUMN mart.score_history.group_max_points IS '一级指标满分（分） / Maximum points of the group';
COMMENT ON COLUMN mart.score_history.rate_pct IS '一级指标得分率（%） / Rate of the group in percent';
COMMENT ON VIEW mart.target_progress IS '各地区创建方案目标的进展：最新值、历年数据、年均变化、按趋势到期限时的推算值、是否达到或可达到及计算过程 / Each plan target against the region''s figures: latest value, history, average yearly change, where that leads by the deadline, whether it is met or on track, and the arithmetic';
COMMENT ON COLUMN mart.target_progress.region_code IS '地区代码 / Region code';
COMMENT ON COLUMN mart.target_progress.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN mart.target_progress.target_no IS '目标顺序 / Order of the target';
COMMENT ON COLUMN mart.target_progress.name IS '目标名称 / Name of the target';
COMMENT ON COLUMN mart.target_progress.is_ratio IS '是否为比率目标（百分比） / Whether the target is a ratio (percent)';
COMMENT ON COLUMN mart.target_progress.comparator IS '比较方式：gt 超过，ge 达到 / Comparator: gt or ge';
COMMENT ON COLUMN mart.target_progress.target IS '目标值 / Target value';
COMMENT ON COLUMN mart.target_progress.deadline IS '期限 / Deadline';
COMMENT ON COLUMN mart.target_progress.clause IS '创建方案原文 / The clause of the plan';
COMMENT ON COLUMN mart.target_progress.source IS '出处 / Where the plan is';
COMMENT ON COLUMN mart.target_progress.latest_value IS '截至今天的最新值（比率为百分比） / Latest value as of today (percent for a ratio)';
COMMENT ON COLUMN mart.target_progress.as_of IS '最新值所属统计期 / Period of the latest value';
COMMENT ON COLUMN mart.target_progress.history_years IS '有年度数据的年数 / Years with annual figures';
COMMENT ON COLUMN mart.target_progress.change_per_year IS '首末年之间的年均变化 / Average change per year between the first and last year';
COMMENT ON COLUMN mart.target_progress.projected IS '按年均变化推算到期限年份的值 / Value projected to the deadline year at that change';
COMMENT ON COLUMN mart.target_progress.status IS '已达到、按趋势可达到、按趋势达不到、历史数据不足或无数据 / Met, on track, off track, too little history, or no data';
COMMENT ON COLUMN mart.target_progress.arithmetic IS '计算过程 / The arithmetic, in words';
