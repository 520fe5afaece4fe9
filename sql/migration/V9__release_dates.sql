-- Release dates are data. Every load records the date its file was released or exported: from a
-- definition key, its title ("2025年4月18日发布", "导出日期：2025-06-30") or its file name, else the day
-- it was loaded, flagged as such (released_from = 'load_time'). The current vintage of a figure is the one
-- released last; files released the same day keep the order they arrived in. Re-sending an older
-- release never makes it current again, and a revised file that sorts before the original by name
-- is still the revision.

ALTER TABLE meta.load ADD COLUMN released_on DATE;
ALTER TABLE meta.load ADD COLUMN released_from VARCHAR;
UPDATE meta.load SET released_on = CAST(started_at AS DATE), released_from = 'load_time';

-- A release date per figure, for files that collect releases of several dates (a 发布日期 column,
-- definition key released: {from: column, header: 发布日期}). Where it is null, the file's date applies.
ALTER TABLE fact.metric_value ADD COLUMN released_on DATE;

-- Scoring with what was known on a date: while the session variable as_released is set
-- (SET VARIABLE as_released = DATE '2025-01-31', as `score --as-released=2025-01-31` does), only the
-- figures released on or before it count; unset, every file counts.

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
COMMENT ON COLUMN meta.load.released_on IS '文件的发布或导出日期：读自标题或文件名，否则为加载日期 / The date the file was released or exported: from its title or file name, else the day it was loaded';
COMMENT ON COLUMN meta.load.released_from IS '发布日期的来源：title（标题）、filename（文件名）或 load_time（未写明，取加载日期） / Where the release date came from: title, filename, or load_time (not stated: the load day)';
COMMENT ON COLUMN fact.metric_value.released_on IS '本数值的发布日期（文件逐行写明时）；为空时用文件的发布日期 meta.load.released_on / Release date of this figure, where the file gives one per row; else the file''s (meta.load.released_on)';
