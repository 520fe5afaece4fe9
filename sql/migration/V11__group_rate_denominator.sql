-- The points each group's rate is taken over (the sum of its indicators, or its stated label under
-- group_rate_denominator: stated), kept with the snapshot's groups, so the reason for a failing
-- verdict can say how many points a group needed without reading today's rubric.
ALTER TABLE score.snapshot_group ADD COLUMN rate_denominator DECIMAL(10, 2);

COMMENT ON COLUMN score.snapshot_group.rate_denominator IS '得分率的分母（分）：所含三级指标分值之和，或 stated 时的标注分值；本列之前生成的快照为空 / Points the rate is taken over: the sum of the group''s indicators, or its stated label; null in snapshots made before this column';
