-- Scoring with what was known on a date: while the session variable as_released is set
-- (SET VARIABLE as_released = DATE '2025-01-31', as `score --as-released=2025-01-31` does), the
-- current figures are those of the files released on or before it; unset, every file counts.
CREATE OR REPLACE VIEW fact.metric_value_current AS
SELECT f.*
FROM fact.metric_value f
LEFT JOIN meta.load l USING (load_id)
WHERE l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31')
QUALIFY row_number() OVER (
    PARTITION BY f.metric_id, f.value_kind, f.region_code, f.period_kind, f.period_year, f.period_month
    ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, f.load_id) DESC, f.load_id DESC, f.row_number DESC) = 1;

CREATE OR REPLACE VIEW fact.metric_value_vintages AS
SELECT f.*,
       l.released_on,
       l.released_from,
       row_number() OVER (
           PARTITION BY f.metric_id, f.value_kind, f.region_code, f.period_kind, f.period_year, f.period_month
           ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, f.load_id) DESC, f.load_id DESC, f.row_number DESC) AS vintage_rank,
       count(*) OVER (
           PARTITION BY f.metric_id, f.value_kind, f.region_code, f.period_kind, f.period_year, f.period_month) AS vintages
FROM fact.metric_value f
LEFT JOIN meta.load l USING (load_id)
WHERE l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31');

COMMENT ON VIEW fact.metric_value_current IS '各指标数值的当前版本：发布日期最晚的文件为准，同日发布的按到达先后，同一文件中靠后的行为修订；设置会话变量 as_released 时只看该日及以前发布的文件 / Current vintage of every figure: the file released last (the same day, the one that arrived last; within a file, the later row); with the session variable as_released set, only files released on or before it';
COMMENT ON VIEW fact.metric_value_vintages IS '各指标数值的全部版本及其发布日期，按新到旧编号（vintage_rank 为1即当前版本）；受会话变量 as_released 限制 / Every vintage of every figure with its release date, newest first (vintage_rank 1 is current); limited by the session variable as_released';
