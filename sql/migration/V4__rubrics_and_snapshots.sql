-- Rubrics as data (loaded from jobs/rubrics/*.yml at each run) and the immutable, versioned
-- scoring snapshots. Scoring itself is SQL: see R__scoring.sql (schema mart and score.evaluate).
CREATE SCHEMA mart;
CREATE SCHEMA score;

CREATE TABLE ref.rubric (
    rubric_id                 VARCHAR PRIMARY KEY,
    name                      VARCHAR NOT NULL,
    source                    VARCHAR,
    baseline                  VARCHAR NOT NULL,      -- national | province
    pass_total_min            DECIMAL(10, 2),        -- null: the rubric has no pass rule
    pass_group_rate_min_pct   DECIMAL(10, 2),
    group_rate_denominator    VARCHAR NOT NULL,      -- indicators (sum of the group's indicators) | stated
    zero_cases_pass           BOOLEAN NOT NULL,      -- a rate over zero cases (no case lost) passes
    definition_sha256         VARCHAR NOT NULL
);

CREATE TABLE ref.rubric_group (
    rubric_id     VARCHAR NOT NULL,
    group_no      INTEGER NOT NULL,
    group_name    VARCHAR NOT NULL,
    stated_points DECIMAL(10, 2) NOT NULL
);

CREATE TABLE ref.rubric_subgroup (
    rubric_id     VARCHAR NOT NULL,
    group_name    VARCHAR NOT NULL,
    subgroup_name VARCHAR NOT NULL,
    stated_points DECIMAL(10, 2) NOT NULL
);

CREATE TABLE ref.rubric_indicator (
    rubric_id      VARCHAR NOT NULL,
    indicator_no   INTEGER NOT NULL,
    group_name     VARCHAR NOT NULL,
    subgroup_name  VARCHAR,
    name           VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,                 -- 定量 | 定性 | 定量+定性 | 定性+定量
    points         DECIMAL(10, 2) NOT NULL,
    text           VARCHAR
);

-- One row per scoreable unit: an indicator as a whole (sub_item 0) or a numbered sub-item.
CREATE TABLE ref.rubric_item (
    rubric_id        VARCHAR NOT NULL,
    indicator_no     INTEGER NOT NULL,
    sub_item         INTEGER NOT NULL,
    points           DECIMAL(10, 2) NOT NULL,
    rule             VARCHAR NOT NULL,
    text             VARCHAR,
    metric           VARCHAR,
    other_metric     VARCHAR,
    numerator        VARCHAR,
    denominator      VARCHAR,
    numerator2       VARCHAR,
    denominator2     VARCHAR,
    baseline_metric  VARCHAR,
    baseline_metric2 VARCHAR,
    comparator       VARCHAR,                        -- gt ("超过", "大于") | ge ("达到", "不低于")
    threshold_pct    DECIMAL(10, 4),
    per_document     DECIMAL(10, 2),
    cap              DECIMAL(10, 2),
    coverage_pct     DECIMAL(10, 4),
    min_hours        DECIMAL(10, 2),
    strict           BOOLEAN,
    one              DECIMAL(10, 2),
    two_or_more      DECIMAL(10, 2)
);

-- Bands of ratio_bands items: points for a ratio at or above min_pct (bounds inclusive).
CREATE TABLE ref.rubric_band (
    rubric_id    VARCHAR NOT NULL,
    indicator_no INTEGER NOT NULL,
    sub_item     INTEGER NOT NULL,
    min_pct      DECIMAL(10, 4) NOT NULL,
    points       DECIMAL(10, 2) NOT NULL
);

-- Sales thresholds of new_large_operators items, by zone (national) or by tier (Shandong).
CREATE TABLE ref.rubric_tier (
    rubric_id    VARCHAR NOT NULL,
    indicator_no INTEGER NOT NULL,
    sub_item     INTEGER NOT NULL,
    zone         VARCHAR,                            -- east | central | west, or null for every zone
    min_amount   DECIMAL(38, 6) NOT NULL,            -- 元
    strict       BOOLEAN NOT NULL,                   -- 超过 (strict) or 以上 (inclusive)
    one          DECIMAL(10, 2) NOT NULL,            -- points for one new operator
    two_or_more  DECIMAL(10, 2) NOT NULL
);

-- Which rubric scores the regions of a province (others: national).
CREATE TABLE ref.province_rubric (
    province_code VARCHAR PRIMARY KEY,
    rubric_id     VARCHAR NOT NULL
);

CREATE SEQUENCE score.snapshot_id_seq START 1;

-- A snapshot: one region, one period, one rubric, one version. Rows are only ever added.
CREATE TABLE score.snapshot (
    snapshot_id      BIGINT PRIMARY KEY,
    rubric_id        VARCHAR NOT NULL,
    region_code      VARCHAR NOT NULL,
    period_kind      VARCHAR NOT NULL,               -- month | ytd | year
    period_year      INTEGER NOT NULL,
    period_month     INTEGER NOT NULL,
    version          INTEGER NOT NULL,
    content_sha256   VARCHAR NOT NULL,               -- of the scored rows and the rubric: same inputs, same hash
    total_points     DECIMAL(10, 2) NOT NULL,
    max_points       DECIMAL(10, 2) NOT NULL,
    verdict          VARCHAR,                        -- 合格 | 不合格 | null (no pass rule)
    items_not_assessable INTEGER NOT NULL,
    job_execution_id BIGINT,
    created_at       TIMESTAMP NOT NULL,
    UNIQUE (rubric_id, region_code, period_kind, period_year, period_month, version)
);

CREATE TABLE score.snapshot_item (
    snapshot_id    BIGINT NOT NULL,
    indicator_no   INTEGER NOT NULL,
    sub_item       INTEGER NOT NULL,
    group_name     VARCHAR NOT NULL,
    subgroup_name  VARCHAR,
    indicator_name VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    rule           VARCHAR NOT NULL,
    max_points     DECIMAL(10, 2) NOT NULL,
    points         DECIMAL(10, 2) NOT NULL,
    status         VARCHAR NOT NULL,                 -- scored | not_assessable
    value          DECIMAL(38, 6),
    numerator      DECIMAL(38, 6),
    denominator    DECIMAL(38, 6),
    baseline       DECIMAL(38, 6),
    detail         VARCHAR,
    missing        VARCHAR,
    next_point     VARCHAR,
    inputs         VARCHAR,
    capped         BOOLEAN NOT NULL
);

CREATE TABLE score.snapshot_group (
    snapshot_id   BIGINT NOT NULL,
    group_name    VARCHAR NOT NULL,
    points        DECIMAL(10, 2) NOT NULL,
    max_points    DECIMAL(10, 2) NOT NULL,
    stated_points DECIMAL(10, 2) NOT NULL,
    rate_pct      DECIMAL(10, 2) NOT NULL,
    meets_rate    BOOLEAN
);
