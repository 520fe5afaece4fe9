-- A release date per figure, for files that collect releases of several dates (a 发布日期 column,
-- definition key released: {from: column, header: 发布日期}). Where it is null, the file's date
-- (meta.load.released_on) applies.
ALTER TABLE fact.metric_value ADD COLUMN released_on DATE;
COMMENT ON COLUMN fact.metric_value.released_on IS '本数值的发布日期（文件逐行写明时）；为空时用文件的发布日期 meta.load.released_on / Release date of this figure, where the file gives one per row; else the file''s (meta.load.released_on)';

CREATE OR REPLACE VIEW fact.metric_value_current AS
SELECT f.*
FROM fact.metric_value f
LEFT JOIN meta.load l USING (load_id)
WHERE coalesce(f.released_on, l.released_on) IS NULL
   OR coalesce(f.released_on, l.released_on) <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31')
QUALIFY row_number() OVER (
    PARTITION BY f.metric_id, f.value_kind, f.region_code, f.period_kind, f.period_year, f.period_month
    ORDER BY coalesce(f.released_on, l.released_on) DESC NULLS LAST, coalesce(l.first_load_id, f.load_id) DESC, f.load_id DESC,
             f.row_number DESC) = 1;

CREATE OR REPLACE VIEW fact.metric_value_vintages AS
SELECT f.* EXCLUDE (released_on),
       coalesce(f.released_on, l.released_on) AS released_on,
       CASE WHEN f.released_on IS NOT NULL THEN 'column' ELSE l.released_from END AS released_from,
       row_number() OVER (
           PARTITION BY f.metric_id, f.value_kind, f.region_code, f.period_kind, f.period_year, f.period_month
           ORDER BY coalesce(f.released_on, l.released_on) DESC NULLS LAST, coalesce(l.first_load_id, f.load_id) DESC, f.load_id DESC,
                    f.row_number DESC) AS vintage_rank,
       count(*) OVER (
           PARTITION BY f.metric_id, f.value_kind, f.region_code, f.period_kind, f.period_year, f.period_month) AS vintages
FROM fact.metric_value f
LEFT JOIN meta.load l USING (load_id)
WHERE coalesce(f.released_on, l.released_on) IS NULL
   OR coalesce(f.released_on, l.released_on) <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31');

COMMENT ON VIEW fact.metric_value_current IS '各指标数值的当前版本：发布日期（逐行写明的，否则文件的）最晚者为准，同日的按到达先后，同一文件中靠后的行为修订；设置会话变量 as_released 时只看该日及以前发布的 / Current vintage of every figure: the one released last (its own date, else its file''s; the same day, the one that arrived last; within a file, the later row); with the session variable as_released set, only those released on or before it';
COMMENT ON VIEW fact.metric_value_vintages IS '各指标数值的全部版本及其发布日期，按新到旧编号（vintage_rank 为1即当前版本）；受会话变量 as_released 限制 / Every vintage of every figure with its release date, newest first (vintage_rank 1 is current); limited by the session variable as_released';
