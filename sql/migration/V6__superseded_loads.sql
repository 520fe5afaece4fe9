-- Reloads. A file already loaded is loaded again when the source definition it was loaded with
-- has changed since (its SHA-256 differs from meta.load.definition_sha256), or when the command
-- `reload --file=PATTERN` asked for it (reload_requested). The new load replaces the old one in
-- one transaction: the old load's rows are deleted from the fact tables, meta.reject and
-- meta.load_skip, and its meta.load row stays as history with status 'superseded' and
-- superseded_by = the new load_id.

ALTER TABLE meta.load ADD COLUMN superseded_by BIGINT;
ALTER TABLE meta.load ADD COLUMN reload_requested BOOLEAN DEFAULT false;
-- A reload takes the place of the load it replaces among the vintages: a figure that a later file
-- revised stays revised when the earlier file is reloaded.
ALTER TABLE meta.load ADD COLUMN first_load_id BIGINT;
UPDATE meta.load SET first_load_id = load_id;

-- How vintages use first_load_id: V9 (fact.metric_value_current orders by release date, then arrival).

-- As in V3, except that a superseded load is not checked: its rows were replaced by the load
-- named in superseded_by, so reconciles is NULL for it (neither true nor false), and
-- "WHERE NOT reconciles" lists only real failures.
CREATE OR REPLACE VIEW meta.load_reconciliation AS
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
       CASE WHEN l.status = 'superseded' THEN NULL
            ELSE l.rows_read = l.rows_loaded + l.rows_rejected + l.rows_skipped
                 AND l.rows_loaded = coalesce(s.rows_stored, 0)
                 AND l.rows_rejected = coalesce(r.rows_recorded, 0)
                 AND l.rows_skipped = coalesce(k.rows_recorded, 0) END AS reconciles,
       l.superseded_by
FROM meta.load l
LEFT JOIN stored s USING (load_id)
LEFT JOIN rejected r USING (load_id)
LEFT JOIN skipped k USING (load_id);

COMMENT ON COLUMN meta.load.status IS '加载状态：loaded 已加载，failed 加载失败，superseded 已被重新加载替换（见 superseded_by） / Load status: loaded, failed, or superseded (replaced by a reload, see superseded_by)';
COMMENT ON COLUMN meta.load.superseded_by IS '替换本批次的重新加载批次编号（数据源定义修改后或按 reload 命令重新加载）；本批次的数据行已删除，仅保留此记录 / Load ID of the reload that replaced this load (after its source definition changed, or by the reload command); this load''s rows were deleted, only this record is kept';
COMMENT ON COLUMN meta.load.reload_requested IS 'reload 命令已要求重新加载本批次的文件，由下一次运行执行（重新加载失败时清除） / The reload command asked for this load''s file to be loaded again, done by the next run (cleared if that reload fails)';
COMMENT ON COLUMN meta.load.first_load_id IS '这份文件内容最初加载时的批次编号；重新加载沿用被替换批次的值，数值的新旧版本按它排序 / Load ID under which this content was first loaded; a reload keeps the value of the load it replaces, and vintages are ordered by it';

COMMENT ON VIEW meta.load_reconciliation IS '逐文件行数核对：读取 = 加载 + 拒绝 + 跳过，且与实际存储的行数一致；已被替换（superseded）的批次不核对，reconciles 为空 / Row accounting per file: read = loaded + rejected + skipped, checked against the rows stored; a superseded load is not checked (reconciles is NULL)';
