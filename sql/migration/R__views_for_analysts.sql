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
