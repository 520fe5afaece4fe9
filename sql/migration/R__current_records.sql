-- Corrections replace. For the record feeds (training ledgers, documents lists, operators' sales,
-- expert sheets) a later file covering the same region and year replaces the earlier one as a
-- whole, so a correction can remove a row; the earlier load's rows stay in the fact table as
-- history. A file covers the (region, year) pairs it has rows for (documents lists: the regions,
-- whatever the year; expert sheets: region, rubric and year). "Later" is the file's own release or
-- export date (meta.load.released_on), then the order files arrived in (first_load_id; load_id
-- for rows written without a meta.load row). With the session variable as_released set, only
-- files released on or before that date count (score --as-released).

CREATE OR REPLACE VIEW fact.staff_training_current AS
SELECT t.*
FROM fact.staff_training t LEFT JOIN meta.load l USING (load_id)
WHERE l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31')
QUALIFY dense_rank() OVER (PARTITION BY t.region_code, t.training_year
                           ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, t.load_id) DESC) = 1;

CREATE OR REPLACE VIEW fact.institutional_document_current AS
SELECT d.*
FROM fact.institutional_document d LEFT JOIN meta.load l USING (load_id)
WHERE l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31')
QUALIFY dense_rank() OVER (PARTITION BY d.region_code
                           ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, d.load_id) DESC) = 1;

CREATE OR REPLACE VIEW fact.operator_sales_current AS
SELECT s.*
FROM fact.operator_sales s LEFT JOIN meta.load l USING (load_id)
WHERE l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31')
QUALIFY dense_rank() OVER (PARTITION BY s.region_code, s.sales_year
                           ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, s.load_id) DESC) = 1;

CREATE OR REPLACE VIEW fact.expert_score_current AS
SELECT e.*
FROM fact.expert_score e LEFT JOIN meta.load l USING (load_id)
WHERE l.released_on IS NULL OR l.released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31')
QUALIFY dense_rank() OVER (PARTITION BY e.region_code, e.rubric_id, e.assessment_year
                           ORDER BY l.released_on DESC NULLS LAST, coalesce(l.first_load_id, e.load_id) DESC) = 1;

COMMENT ON VIEW fact.staff_training_current IS '当前的培训台账：同一地区、年度以发布日期最晚（同日则后到）的文件为准，更正文件可删除人员 / Current training ledger: per region and year, the file released last (the same day, the one that arrived last); a correction can remove a person';
COMMENT ON VIEW fact.institutional_document_current IS '当前的制度文件清单：同一地区以发布日期最晚的文件为准 / Current documents list: per region, the file released last';
COMMENT ON VIEW fact.operator_sales_current IS '当前的经营者年度销售额：同一地区、年度以发布日期最晚的文件为准 / Current operators'' sales: per region and year, the file released last';
COMMENT ON VIEW fact.expert_score_current IS '当前的专家评估表：同一地区、指标体系、年度以发布日期最晚的文件为准 / Current expert scores: per region, rubric and year, the sheet released last';
