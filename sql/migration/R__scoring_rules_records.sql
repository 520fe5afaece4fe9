-- Rule family "documents and training", scored from record feeds: institutional documents, a point
-- each up to a cap (documents_count); training coverage and hours per person for the last complete
-- year at the as-of date (training: a June snapshot judges the previous calendar year).
CREATE OR REPLACE MACRO score.rule_records(p_rubric, p_year, p_month, p_overrides, p_measures) AS TABLE
WITH items AS (FROM score.rubric_items(p_rubric, ['documents_count', 'training'])),
regions AS (FROM score.scored_regions(p_rubric)),
par AS (FROM score.judged_period(p_year, p_month)),
-- 10: institutional documents, a point each up to a cap
doc_counts AS (
    SELECT a.ancestor_code AS region_code, count(DISTINCT d.title) AS documents,
           string_agg(DISTINCT format('{}#{}', d.file_name, d.row_number), ' ' ORDER BY format('{}#{}', d.file_name, d.row_number)) AS inputs
    FROM fact.institutional_document_current d JOIN mart.region_ancestor a ON a.region_code = d.region_code, par
    WHERE d.issued_on IS NULL OR d.issued_on <= par.asof
    GROUP BY a.ancestor_code
),
doc_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           least(coalesce(dc.documents, 0) * coalesce(i.per_document, 1), coalesce(i.cap, i.points)) AS points,
           'scored' AS status,
           coalesce(dc.documents, 0)::DECIMAL(38, 6) AS value, NULL::DECIMAL(38, 6) AS numerator, NULL::DECIMAL(38, 6) AS denominator,
           NULL::DECIMAL(38, 6) AS baseline,
           format('已形成法规、规章、规范性文件或标准 {} 项', coalesce(dc.documents, 0)) AS detail,
           NULL AS missing,
           CASE WHEN coalesce(dc.documents, 0) * coalesce(i.per_document, 1) < coalesce(i.cap, i.points)
                THEN '再形成 1 项网络市场监管与服务有关法规、规章、规范性文件或标准可再得 ' || mart.num_text(coalesce(i.per_document, 1)) || ' 分' END AS next_point,
           dc.inputs AS inputs, coalesce(dc.documents, 0) * coalesce(i.per_document, 1) > coalesce(i.cap, i.points) AS capped
    FROM items i CROSS JOIN regions r
    LEFT JOIN doc_counts dc ON dc.region_code = r.region_code
    WHERE i.rule = 'documents_count'
),

-- 11: training coverage and hours per person ("每人每年…"), for the last complete year at the
-- as-of date (par.y1: a June snapshot judges the previous calendar year, never a year in progress)
training_people AS (
    SELECT a.ancestor_code AS region_code, t.training_year, t.person_key,
           bool_or(coalesce(t.trained, false)) AS trained, max(t.hours) AS hours
    FROM fact.staff_training_current t JOIN mart.region_ancestor a ON a.region_code = t.region_code, par
    WHERE t.training_year = par.y1
    GROUP BY a.ancestor_code, t.training_year, t.person_key
),
training AS (
    SELECT * FROM training_people
),
training_sum AS (
    SELECT region_code, min(training_year) AS training_year, count(*) AS people,
           count(*) FILTER (WHERE trained) AS trained,
           min(hours) AS min_hours
    FROM training GROUP BY region_code
),
training_items AS (
    SELECT i.rubric_id, i.indicator_no, i.sub_item, r.region_code,
           CASE WHEN ts.people > 0 AND ts.trained * 100 >= i.coverage_pct * ts.people
                     AND NOT EXISTS (SELECT 1 FROM training t WHERE t.region_code = r.region_code
                                     AND (NOT t.trained OR t.hours IS NULL OR t.hours < i.min_hours))
                THEN i.points ELSE 0 END AS points,
           CASE WHEN ts.people > 0 THEN 'scored' ELSE 'not_assessable' END AS status,
           CASE WHEN ts.people > 0 THEN round(ts.trained * 100 / ts.people, 6)::DECIMAL(38, 6) END AS value,
           ts.trained::DECIMAL(38, 6) AS numerator, ts.people::DECIMAL(38, 6) AS denominator, i.coverage_pct::DECIMAL(38, 6) AS baseline,
           format('{}年：培训覆盖 {} / {} 人，最少学时 {}', ts.training_year, ts.trained, ts.people, mart.num_text(ts.min_hours)) AS detail,
           CASE WHEN ts.people IS NULL THEN format('{}年网络交易监管人员培训台账', (SELECT y1 FROM par)) END AS missing,
           CASE WHEN ts.people > 0 THEN nullif(concat_ws('；',
                    CASE WHEN ts.trained < ts.people THEN format('还有 {} 人未参加培训', ts.people - ts.trained) END,
                    CASE WHEN short.people > 0 THEN format('{} 人培训学时不足 {} 学时', short.people, mart.num_text(i.min_hours)) END), '') END AS next_point,
           NULL AS inputs, false AS capped
    FROM items i CROSS JOIN regions r
    LEFT JOIN training_sum ts ON ts.region_code = r.region_code
    LEFT JOIN LATERAL (SELECT count(*) AS people FROM training t
                       WHERE t.region_code = r.region_code AND t.trained AND (t.hours IS NULL OR t.hours < i.min_hours)) short ON true
    WHERE i.rule = 'training'
)
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM doc_items
UNION ALL BY NAME
SELECT rubric_id, indicator_no, sub_item, region_code, points, status, value, numerator, denominator, baseline,
       detail, missing, next_point, inputs, capped
FROM training_items;
