-- The quantified targets of each region's creation plan (jobs/targets/*.yml), refreshed at each run
-- like the rubrics: a measure or a ratio, a comparator, a target value and a deadline, with the clause.
CREATE TABLE ref.plan_target (
    region_code  VARCHAR NOT NULL,
    target_no    INTEGER NOT NULL,
    name         VARCHAR NOT NULL,
    measure      VARCHAR,
    numerator    VARCHAR,
    denominator  VARCHAR,
    comparator   VARCHAR NOT NULL,
    target       DECIMAL(38, 6) NOT NULL,
    deadline     DATE NOT NULL,
    clause       VARCHAR,
    source       VARCHAR
);

COMMENT ON TABLE ref.plan_target IS '各地区创建方案中的量化目标（来自 jobs/targets/*.yml） / Quantified targets of each region''s creation plan, from jobs/targets/*.yml';
COMMENT ON COLUMN ref.plan_target.region_code IS '地区代码 / Region code';
COMMENT ON COLUMN ref.plan_target.target_no IS '目标在该地区各文件中的顺序 / Order of the target among the region''s targets';
COMMENT ON COLUMN ref.plan_target.name IS '目标名称 / Name of the target';
COMMENT ON COLUMN ref.plan_target.measure IS '度量（指标标识或派生度量）；比率目标为空 / The measure (a metric id or a derived one); null for a ratio';
COMMENT ON COLUMN ref.plan_target.numerator IS '比率目标的分子度量 / Numerator measure of a ratio target';
COMMENT ON COLUMN ref.plan_target.denominator IS '比率目标的分母度量 / Denominator measure of a ratio target';
COMMENT ON COLUMN ref.plan_target.comparator IS '比较方式：gt 超过/突破，ge 达到/以上 / Comparator: gt (exceeds) or ge (reaches)';
COMMENT ON COLUMN ref.plan_target.target IS '目标值：度量为基本单位（元、件、人、户），比率为百分比 / Target: base units for a measure, percent for a ratio';
COMMENT ON COLUMN ref.plan_target.deadline IS '期限 / Deadline';
COMMENT ON COLUMN ref.plan_target.clause IS '创建方案原文 / The clause of the creation plan';
COMMENT ON COLUMN ref.plan_target.source IS '出处 / Where the plan is';
