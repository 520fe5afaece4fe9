-- Layers of the store, one schema each:
--   meta : what was loaded, from which file, with row counts that reconcile, and every rejected row
--   ref  : reference data copied from jobs/reference at each run (regions, metrics, units)
--   fact : normalized facts in base units, each with its load and its cell of origin
CREATE SCHEMA meta;
CREATE SCHEMA ref;
CREATE SCHEMA fact;

CREATE SEQUENCE meta.load_id_seq START 1;

-- One row per input file the pipeline looked at.
-- rows_read = rows_loaded + rows_rejected + rows_skipped for every load (see meta.load_reconciliation).
CREATE TABLE meta.load (
    load_id          BIGINT PRIMARY KEY,
    source_id        VARCHAR NOT NULL,
    file_name        VARCHAR NOT NULL,
    content_sha256   VARCHAR NOT NULL,
    definition_sha256 VARCHAR NOT NULL,
    file_bytes       BIGINT NOT NULL,
    status           VARCHAR NOT NULL,          -- loaded | failed
    rows_read        BIGINT NOT NULL DEFAULT 0,
    rows_loaded      BIGINT NOT NULL DEFAULT 0,
    rows_rejected    BIGINT NOT NULL DEFAULT 0,
    rows_skipped     BIGINT NOT NULL DEFAULT 0,
    values_loaded    BIGINT NOT NULL DEFAULT 0,
    message          VARCHAR,
    job_execution_id BIGINT,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP
);

-- Skipped rows by kind (title, header, note, total, blank) per load.
CREATE TABLE meta.load_skip (
    load_id BIGINT NOT NULL,
    kind    VARCHAR NOT NULL,
    rows    BIGINT NOT NULL
);

-- Every rejected row or file, with where it was and why.
CREATE TABLE meta.reject (
    load_id     BIGINT NOT NULL,
    file_name   VARCHAR NOT NULL,
    sheet_name  VARCHAR,
    row_number  INTEGER,
    column_name VARCHAR,
    raw_value   VARCHAR,
    reason      VARCHAR NOT NULL
);

CREATE TABLE ref.region (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL,
    parent_code VARCHAR,
    zone        VARCHAR,
    aliases     VARCHAR
);

CREATE TABLE ref.metric (
    metric_id VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    base_unit VARCHAR NOT NULL,
    agency    VARCHAR,
    aliases   VARCHAR,
    note      VARCHAR
);

CREATE TABLE ref.unit (
    unit      VARCHAR PRIMARY KEY,
    base_unit VARCHAR NOT NULL,
    factor    DECIMAL(38, 6) NOT NULL
);

-- Aggregate figures: one value of one metric for one region and period, in base units.
-- period_kind: month (that month alone), ytd (1 to period_month, cumulative), year.
CREATE TABLE fact.metric_value (
    load_id            BIGINT NOT NULL,
    metric_id          VARCHAR NOT NULL,
    value_kind         VARCHAR NOT NULL,        -- level | official_growth_pct | share_pct
    region_code        VARCHAR NOT NULL,
    period_kind        VARCHAR NOT NULL,
    period_year        INTEGER NOT NULL,
    period_month       INTEGER NOT NULL,
    value              DECIMAL(38, 6) NOT NULL,
    unit               VARCHAR NOT NULL,        -- base unit (元, 件, 人, 户) or %
    source_value       VARCHAR NOT NULL,
    source_unit        VARCHAR,
    source_label       VARCHAR,
    source_note        VARCHAR,        -- e.g. the URL a published figure was read from
    file_name          VARCHAR NOT NULL,
    sheet_name         VARCHAR,
    row_number         INTEGER NOT NULL,
    column_name        VARCHAR
);

-- The register of online operators (网络交易经营者), one row per listing on a platform.
-- Personal ID and phone numbers are never stored in clear: a keyed hash and a masked form.
CREATE TABLE fact.operator (
    load_id            BIGINT NOT NULL,
    region_code        VARCHAR NOT NULL,
    operator_key       VARCHAR NOT NULL,        -- credit code, or 'P' + keyed hash of the personal ID
    credit_code        VARCHAR,
    person_id_hash     VARCHAR,
    person_id_masked   VARCHAR,
    name               VARCHAR,
    platform           VARCHAR,
    established_on     DATE,
    deregistered_on    DATE,
    status             VARCHAR,                -- as exported: describes the export date, not any other date
    as_of_date         DATE NOT NULL,          -- the export date of the register file
    phone_hash         VARCHAR,
    phone_masked       VARCHAR,
    file_name          VARCHAR NOT NULL,
    sheet_name         VARCHAR,
    row_number         INTEGER NOT NULL
);

-- Operators' annual e-commerce sales (indicator 4).
CREATE TABLE fact.operator_sales (
    load_id            BIGINT NOT NULL,
    region_code        VARCHAR NOT NULL,
    operator_key       VARCHAR NOT NULL,
    credit_code        VARCHAR,
    person_id_hash     VARCHAR,
    person_id_masked   VARCHAR,
    name               VARCHAR,
    sales_year         INTEGER NOT NULL,
    sales_amount       DECIMAL(38, 6) NOT NULL,
    source_value       VARCHAR,
    source_unit        VARCHAR,
    file_name          VARCHAR NOT NULL,
    sheet_name         VARCHAR,
    row_number         INTEGER NOT NULL
);

-- Per-person training hours of supervision staff (indicator 38 / Shandong 39).
CREATE TABLE fact.staff_training (
    load_id            BIGINT NOT NULL,
    region_code        VARCHAR NOT NULL,
    training_year      INTEGER NOT NULL,
    person_key         VARCHAR NOT NULL,
    person_id_hash     VARCHAR,
    person_id_masked   VARCHAR,
    name_masked        VARCHAR,
    trained            BOOLEAN,
    hours              DECIMAL(38, 6),
    file_name          VARCHAR NOT NULL,
    sheet_name         VARCHAR,
    row_number         INTEGER NOT NULL
);

-- Institutional documents: regulations, rules, normative documents and standards (indicator 34 / 35).
CREATE TABLE fact.institutional_document (
    load_id            BIGINT NOT NULL,
    region_code        VARCHAR NOT NULL,
    title              VARCHAR NOT NULL,
    document_number    VARCHAR,
    document_type      VARCHAR,
    issuer             VARCHAR,
    issued_on          DATE,
    file_name          VARCHAR NOT NULL,
    sheet_name         VARCHAR,
    row_number         INTEGER NOT NULL
);

-- The expert assessment sheet: points and evidence per qualitative sub-item.
CREATE TABLE fact.expert_score (
    load_id            BIGINT NOT NULL,
    region_code        VARCHAR NOT NULL,
    rubric_id          VARCHAR NOT NULL,
    assessment_year    INTEGER NOT NULL,
    indicator_no       INTEGER NOT NULL,
    sub_item           INTEGER NOT NULL,
    points             DECIMAL(10, 2) NOT NULL,
    score_source       VARCHAR NOT NULL,        -- expert | self
    evidence           VARCHAR,
    assessor           VARCHAR,
    file_name          VARCHAR NOT NULL,
    sheet_name         VARCHAR,
    row_number         INTEGER NOT NULL
);
