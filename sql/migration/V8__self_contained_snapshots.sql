-- Snapshots that show the same thing whenever they are exported: what an export reads besides the
-- scored items (the rubric's and region's names, the pass rule, the order of the groups, and the
-- growth series of the HTML chart) is stored with the snapshot when it is made, not read from the
-- reference tables or the facts at export time. Snapshots made before this migration get their
-- names, pass rule and group order from the reference data as it is now; their growth chart is
-- still computed at export (growth_stored false).

ALTER TABLE score.snapshot_group ADD COLUMN group_no INTEGER;
UPDATE score.snapshot_group g SET group_no = rg.group_no
FROM score.snapshot s, ref.rubric_group rg
WHERE s.snapshot_id = g.snapshot_id AND rg.rubric_id = s.rubric_id AND rg.group_name = g.group_name;

CREATE TABLE score.snapshot_context (
    snapshot_id             BIGINT PRIMARY KEY,
    rubric_name             VARCHAR NOT NULL,
    region_name             VARCHAR NOT NULL,
    pass_total_min          DECIMAL(10, 2),
    pass_group_rate_min_pct DECIMAL(10, 2),
    growth_stored           BOOLEAN NOT NULL
);
INSERT INTO score.snapshot_context
SELECT s.snapshot_id, ru.name, r.name, ru.pass_total_min, ru.pass_group_rate_min_pct, false
FROM score.snapshot s JOIN ref.rubric ru USING (rubric_id) JOIN ref.region r ON r.code = s.region_code;

CREATE TABLE score.snapshot_growth (
    snapshot_id   BIGINT NOT NULL,
    metric_name   VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    region_pct    DECIMAL(38, 6),
    baseline_pct  DECIMAL(38, 6),
    baseline_name VARCHAR NOT NULL
);

COMMENT ON COLUMN score.snapshot_group.group_no IS '一级指标在指标体系中的顺序（快照生成时） / Order of the group in the rubric, when the snapshot was made';
COMMENT ON TABLE score.snapshot_context IS '评分快照生成时的指标体系名称、地区名称和合格标准：导出只读快照本身 / Names and pass rule as they were when the snapshot was made: exports read the snapshot alone';
COMMENT ON COLUMN score.snapshot_context.snapshot_id IS '评分快照编号（score.snapshot） / Snapshot ID (score.snapshot)';
COMMENT ON COLUMN score.snapshot_context.rubric_name IS '指标体系名称 / Rubric name';
COMMENT ON COLUMN score.snapshot_context.region_name IS '地区名称 / Region name';
COMMENT ON COLUMN score.snapshot_context.pass_total_min IS '合格所需总分（无合格标准时为空） / Total needed to pass (null: no pass rule)';
COMMENT ON COLUMN score.snapshot_context.pass_group_rate_min_pct IS '合格所需一级指标得分率（%） / Group score rate needed to pass (%)';
COMMENT ON COLUMN score.snapshot_context.growth_stored IS '增速序列是否随快照保存（本迁移之前的快照为 false） / Whether the growth series is stored with the snapshot (false for snapshots made before)';
COMMENT ON TABLE score.snapshot_growth IS '评分快照生成时的增速序列（报告图表所用） / Growth series as they were when the snapshot was made (for the report chart)';
COMMENT ON COLUMN score.snapshot_growth.snapshot_id IS '评分快照编号（score.snapshot） / Snapshot ID (score.snapshot)';
COMMENT ON COLUMN score.snapshot_growth.metric_name IS '指标名称 / Metric name';
COMMENT ON COLUMN score.snapshot_growth.year IS '年度 / Year';
COMMENT ON COLUMN score.snapshot_growth.region_pct IS '本地区同比增速（%） / Region''s year-on-year growth (%)';
COMMENT ON COLUMN score.snapshot_growth.baseline_pct IS '比较基准的同比增速（%） / Baseline''s year-on-year growth (%)';
COMMENT ON COLUMN score.snapshot_growth.baseline_name IS '比较基准地区名称 / Baseline region name';
