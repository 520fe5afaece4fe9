-- What the monthly job last scored each rubric and period from: a fingerprint of every input of
-- scoring (the loads and their states, the reference tables, the fact tables' row counts, the
-- snapshots of that period, the scoring scripts and code, the regions, the provisional reason).
-- A run whose inputs have the same fingerprint keeps the snapshots as they are without evaluating
-- again (the command `score` always evaluates).
CREATE TABLE meta.scoring_inputs (
    rubric_id    VARCHAR NOT NULL,
    period_kind  VARCHAR NOT NULL,
    period_year  INTEGER NOT NULL,
    period_month INTEGER NOT NULL,
    fingerprint  VARCHAR NOT NULL,
    recorded_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (rubric_id, period_kind, period_year, period_month)
);

COMMENT ON TABLE meta.scoring_inputs IS '每套指标体系、每个统计期最近一次评分所依据输入的指纹；输入未变的月度运行沿用已有快照而不重新计算 / Fingerprint of what each rubric and period was last scored from; a monthly run with the same inputs keeps the snapshots without evaluating again';
COMMENT ON COLUMN meta.scoring_inputs.rubric_id IS '指标体系 / Rubric';
COMMENT ON COLUMN meta.scoring_inputs.period_kind IS '统计期类型：ytd 年初至今、year 全年 / Period kind: ytd (year to date) or year';
COMMENT ON COLUMN meta.scoring_inputs.period_year IS '统计年度 / Year of the period';
COMMENT ON COLUMN meta.scoring_inputs.period_month IS '统计截止月份 / Last month of the period';
COMMENT ON COLUMN meta.scoring_inputs.fingerprint IS '评分输入的 SHA-256：加载批次及其状态、参考表、事实表行数、该期快照、评分脚本与代码、地区、暂定原因 / SHA-256 of the scoring inputs: loads and their states, reference tables, fact row counts, the period''s snapshots, scoring scripts and code, regions, provisional reason';
COMMENT ON COLUMN meta.scoring_inputs.recorded_at IS '记录时间 / Time recorded';
