-- A snapshot made while a feed the period needs failed to load or is missing is provisional: shown
-- as such everywhere, and replaced (same version number) by the next snapshot of the same region,
-- rubric and period rather than becoming a version of its history. A final snapshot can be
-- withdrawn: it is kept, with when and why.
ALTER TABLE score.snapshot ADD COLUMN provisional BOOLEAN DEFAULT false;
ALTER TABLE score.snapshot ADD COLUMN provisional_reason VARCHAR;
ALTER TABLE score.snapshot ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE score.snapshot ADD COLUMN withdrawn_reason VARCHAR;

COMMENT ON COLUMN score.snapshot.provisional IS '是否为暂定评分：本期所需数据源有未能加载或尚缺的，待数据齐全后由下一次评分以同一版本号替换 / Provisional: a feed the period needs failed to load or is missing; the next scoring replaces it under the same version';
COMMENT ON COLUMN score.snapshot.provisional_reason IS '暂定的原因：未能加载的文件、尚缺的数据源 / Why it is provisional: files that failed to load, feeds still missing';
COMMENT ON COLUMN score.snapshot.withdrawn_at IS '撤回时间（为空表示未撤回）；撤回的快照保留，输出移至 outputs/withdrawn/ / When the snapshot was withdrawn (null: not withdrawn); it is kept, its exports moved to outputs/withdrawn/';
COMMENT ON COLUMN score.snapshot.withdrawn_reason IS '撤回原因 / Why it was withdrawn';
