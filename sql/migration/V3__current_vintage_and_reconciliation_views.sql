-- Views analysts (and the later stages) read instead of the raw tables.

-- The newest vintage of every figure: a later load of the same metric, region and period
-- (a corrected or revised file) supersedes earlier ones; the earlier rows stay in fact.metric_value.
-- Within one file, a later row for the same figure is a revision of an earlier one (files that
-- collect releases list them in publication order, e.g. a preliminary and a revised national total).
CREATE VIEW fact.metric_value_current AS
SELECT *
FROM fact.metric_value
QUALIFY row_number() OVER (
    PARTITION BY metric_id, value_kind, region_code, period_kind, period_year, period_month
    ORDER BY load_id DESC, row_number DESC) = 1;

-- Every vintage of every figure, numbered newest first (vintage 1 is current).
CREATE VIEW fact.metric_value_vintages AS
SELECT *,
       row_number() OVER (
           PARTITION BY metric_id, value_kind, region_code, period_kind, period_year, period_month
           ORDER BY load_id DESC, row_number DESC) AS vintage_rank,
       count(*) OVER (
           PARTITION BY metric_id, value_kind, region_code, period_kind, period_year, period_month) AS vintages
FROM fact.metric_value;

-- Row accounting per file, checked against what is actually stored: rows read = loaded + rejected
-- + skipped, and the loaded, rejected and skipped counts match the rows present in the tables.
CREATE VIEW meta.load_reconciliation AS
WITH stored AS (
    SELECT load_id, count(DISTINCT (coalesce(sheet_name, ''), row_number)) AS rows_stored
    FROM (
        SELECT load_id, sheet_name, row_number FROM fact.metric_value
        UNION ALL SELECT load_id, sheet_name, row_number FROM fact.operator
        UNION ALL SELECT load_id, sheet_name, row_number FROM fact.operator_sales
        UNION ALL SELECT load_id, sheet_name, row_number FROM fact.staff_training
        UNION ALL SELECT load_id, sheet_name, row_number FROM fact.institutional_document
        UNION ALL SELECT load_id, sheet_name, row_number FROM fact.expert_score
    )
    GROUP BY load_id
),
rejected AS (
    SELECT load_id, count(DISTINCT (coalesce(sheet_name, ''), row_number)) AS rows_recorded
    FROM meta.reject
    WHERE row_number IS NOT NULL
    GROUP BY load_id
),
skipped AS (
    SELECT load_id, sum(rows) AS rows_recorded FROM meta.load_skip GROUP BY load_id
)
SELECT l.load_id,
       l.source_id,
       l.file_name,
       l.status,
       l.rows_read,
       l.rows_loaded,
       coalesce(s.rows_stored, 0)    AS rows_stored,
       l.rows_rejected,
       coalesce(r.rows_recorded, 0)  AS rejected_rows_recorded,
       l.rows_skipped,
       coalesce(k.rows_recorded, 0)  AS skipped_rows_recorded,
       l.rows_read = l.rows_loaded + l.rows_rejected + l.rows_skipped
           AND l.rows_loaded = coalesce(s.rows_stored, 0)
           AND l.rows_rejected = coalesce(r.rows_recorded, 0)
           AND l.rows_skipped = coalesce(k.rows_recorded, 0) AS reconciles
FROM meta.load l
LEFT JOIN stored s USING (load_id)
LEFT JOIN rejected r USING (load_id)
LEFT JOIN skipped k USING (load_id);
