-- Corrections replace. For the record feeds (training ledgers, documents lists, operators' sales,
-- expert sheets) a later file covering the same region and year replaces the earlier one as a
-- whole, so a correction can remove a row; the earlier load's rows stay in the fact table as
-- history. A file covers the (region, year) pairs it has rows for, and, when its definition says
-- it covers a region as a whole (meta.load.covers_region), every region within that one for those
-- years (documents lists: regions, whatever the year; expert sheets: region, rubric and year).
-- "Later" is the file's own release or export date (meta.load.released_on), then the order files
-- arrived in (first_load_id; load_id for rows written without a meta.load row). With the session
-- variable as_released set, only files released on or before that date count (score --as-released).

-- Every region with itself and each region above it (GB/T 2260 levels, development zones included).
CREATE OR REPLACE VIEW ref.region_ancestor AS
WITH RECURSIVE up(region_code, ancestor_code) AS (
    SELECT code, code FROM ref.region
    UNION ALL
    SELECT up.region_code, r.parent_code
    FROM up JOIN ref.region r ON r.code = up.ancestor_code
    WHERE r.parent_code IS NOT NULL
)
SELECT region_code, ancestor_code FROM up;

-- Each load of a record feed, with its place in time (release date, then arrival) and what it covers.
CREATE OR REPLACE VIEW fact.record_load AS
SELECT load_id, coalesce(released_on, DATE '0001-01-01') AS released, coalesce(first_load_id, load_id) AS arrived, covers_region
FROM meta.load
WHERE released_on IS NULL OR released_on <= coalesce(getvariable('as_released')::DATE, DATE '9999-12-31');

CREATE OR REPLACE VIEW fact.staff_training_current AS
WITH cover AS (
    SELECT DISTINCT x.load_id, x.region_code, x.training_year FROM fact.staff_training x
    UNION
    SELECT DISTINCT x.load_id, a.region_code, x.training_year FROM fact.staff_training x JOIN fact.record_load l ON l.load_id = x.load_id JOIN ref.region_ancestor a ON a.ancestor_code = l.covers_region
)
SELECT t.*
FROM fact.staff_training t
LEFT JOIN fact.record_load l ON l.load_id = t.load_id
WHERE (l.load_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM meta.load m WHERE m.load_id = t.load_id))
  AND NOT EXISTS (
    SELECT 1 FROM cover c JOIN fact.record_load l2 ON l2.load_id = c.load_id
    WHERE c.region_code = t.region_code AND c.training_year = t.training_year AND c.load_id <> t.load_id
      AND (l2.released > coalesce(l.released, DATE '0001-01-01')
           OR (l2.released = coalesce(l.released, DATE '0001-01-01') AND l2.arrived > coalesce(l.arrived, t.load_id))));

COMMENT ON VIEW fact.staff_training_current IS '当前的培训台账：同一地区、年度以发布日期最晚（同日则后到）的文件为准，更正文件可删除人员 / Current training ledger: per region and year, the file released last (the same day, the one that arrived last); a correction can remove a person';

CREATE OR REPLACE VIEW fact.institutional_document_current AS
WITH cover AS (
    SELECT DISTINCT x.load_id, x.region_code FROM fact.institutional_document x
    UNION
    SELECT DISTINCT x.load_id, a.region_code FROM fact.institutional_document x JOIN fact.record_load l ON l.load_id = x.load_id JOIN ref.region_ancestor a ON a.ancestor_code = l.covers_region
)
SELECT d.*
FROM fact.institutional_document d
LEFT JOIN fact.record_load l ON l.load_id = d.load_id
WHERE (l.load_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM meta.load m WHERE m.load_id = d.load_id))
  AND NOT EXISTS (
    SELECT 1 FROM cover c JOIN fact.record_load l2 ON l2.load_id = c.load_id
    WHERE c.region_code = d.region_code AND c.load_id <> d.load_id
      AND (l2.released > coalesce(l.released, DATE '0001-01-01')
           OR (l2.released = coalesce(l.released, DATE '0001-01-01') AND l2.arrived > coalesce(l.arrived, d.load_id))));

COMMENT ON VIEW fact.institutional_document_current IS '当前的制度文件清单：同一地区以发布日期最晚的文件为准 / Current documents list: per region, the file released last';

CREATE OR REPLACE VIEW fact.operator_sales_current AS
WITH cover AS (
    SELECT DISTINCT x.load_id, x.region_code, x.sales_year FROM fact.operator_sales x
    UNION
    SELECT DISTINCT x.load_id, a.region_code, x.sales_year FROM fact.operator_sales x JOIN fact.record_load l ON l.load_id = x.load_id JOIN ref.region_ancestor a ON a.ancestor_code = l.covers_region
)
SELECT s.*
FROM fact.operator_sales s
LEFT JOIN fact.record_load l ON l.load_id = s.load_id
WHERE (l.load_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM meta.load m WHERE m.load_id = s.load_id))
  AND NOT EXISTS (
    SELECT 1 FROM cover c JOIN fact.record_load l2 ON l2.load_id = c.load_id
    WHERE c.region_code = s.region_code AND c.sales_year = s.sales_year AND c.load_id <> s.load_id
      AND (l2.released > coalesce(l.released, DATE '0001-01-01')
           OR (l2.released = coalesce(l.released, DATE '0001-01-01') AND l2.arrived > coalesce(l.arrived, s.load_id))));

COMMENT ON VIEW fact.operator_sales_current IS '当前的经营者年度销售额：同一地区、年度以发布日期最晚的文件为准 / Current operators'' sales: per region and year, the file released last';

CREATE OR REPLACE VIEW fact.expert_score_current AS
WITH cover AS (
    SELECT DISTINCT x.load_id, x.region_code, x.rubric_id, x.assessment_year FROM fact.expert_score x
    UNION
    SELECT DISTINCT x.load_id, a.region_code, x.rubric_id, x.assessment_year FROM fact.expert_score x JOIN fact.record_load l ON l.load_id = x.load_id JOIN ref.region_ancestor a ON a.ancestor_code = l.covers_region
)
SELECT e.*
FROM fact.expert_score e
LEFT JOIN fact.record_load l ON l.load_id = e.load_id
WHERE (l.load_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM meta.load m WHERE m.load_id = e.load_id))
  AND NOT EXISTS (
    SELECT 1 FROM cover c JOIN fact.record_load l2 ON l2.load_id = c.load_id
    WHERE c.region_code = e.region_code AND c.rubric_id = e.rubric_id AND c.assessment_year = e.assessment_year AND c.load_id <> e.load_id
      AND (l2.released > coalesce(l.released, DATE '0001-01-01')
           OR (l2.released = coalesce(l.released, DATE '0001-01-01') AND l2.arrived > coalesce(l.arrived, e.load_id))));

COMMENT ON VIEW fact.expert_score_current IS '当前的专家评估表：同一地区、指标体系、年度以发布日期最晚的文件为准 / Current expert scores: per region, rubric and year, the sheet released last';

COMMENT ON VIEW ref.region_ancestor IS '每个地区与其各级上级地区 / Every region with itself and each region above it';
COMMENT ON VIEW fact.record_load IS '记录类数据的加载批次：发布日期、到达顺序和整体覆盖的地区；受会话变量 as_released 限制 / Loads of record feeds: release date, arrival order and the region covered as a whole; limited by the session variable as_released';
