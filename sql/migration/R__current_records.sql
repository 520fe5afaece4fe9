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

-- What each record file holds, feed by feed: the regions it has rows for, and within a region the
-- scope a later file replaces as a whole (a year; a rubric and a year; the region itself).
CREATE OR REPLACE VIEW fact.record_scope AS
SELECT DISTINCT 'staff_training' AS feed, load_id, region_code, CAST(training_year AS VARCHAR) AS scope FROM fact.staff_training
UNION ALL
SELECT DISTINCT 'institutional_document', load_id, region_code, '' FROM fact.institutional_document
UNION ALL
SELECT DISTINCT 'operator_sales', load_id, region_code, CAST(sales_year AS VARCHAR) FROM fact.operator_sales
UNION ALL
SELECT DISTINCT 'expert_score', load_id, region_code, rubric_id || '/' || assessment_year FROM fact.expert_score;

-- The files whose rows are current: for each feed, region and scope, every counted file (released by
-- as_released; rows without a meta.load row count, at the start of time in load order) that no other
-- file covering the same region and scope beats by release date, then by arrival.
CREATE OR REPLACE VIEW fact.record_current_scope AS
WITH counted AS NOT MATERIALIZED (
    SELECT s.feed, s.load_id, s.region_code, s.scope,
           coalesce(l.released, DATE '0001-01-01') AS released, coalesce(l.arrived, s.load_id) AS arrived
    FROM fact.record_scope s LEFT JOIN fact.record_load l ON l.load_id = s.load_id
    WHERE l.load_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM meta.load m WHERE m.load_id = s.load_id)
),
cover AS NOT MATERIALIZED (
    SELECT c.feed, c.region_code, c.scope, l.released, l.arrived FROM counted c JOIN fact.record_load l ON l.load_id = c.load_id
    UNION ALL
    SELECT c.feed, a.region_code, c.scope, l.released, l.arrived
    FROM counted c JOIN fact.record_load l ON l.load_id = c.load_id JOIN ref.region_ancestor a ON a.ancestor_code = l.covers_region
),
latest AS NOT MATERIALIZED (
    SELECT feed, region_code, scope, max({'released': released, 'arrived': arrived}) AS newest FROM cover GROUP BY ALL
)
SELECT c.feed, c.load_id, c.region_code, c.scope
FROM counted c LEFT JOIN latest x ON x.feed = c.feed AND x.region_code = c.region_code AND x.scope = c.scope
WHERE x.newest IS NULL OR {'released': c.released, 'arrived': c.arrived} >= x.newest;

CREATE OR REPLACE VIEW fact.staff_training_current AS
SELECT t.* FROM fact.staff_training t SEMI JOIN fact.record_current_scope c
    ON c.feed = 'staff_training' AND c.load_id = t.load_id AND c.region_code = t.region_code AND c.scope = CAST(t.training_year AS VARCHAR);

COMMENT ON VIEW fact.staff_training_current IS '当前的培训台账：同一地区、年度以发布日期最晚（同日则后到）的文件为准，更正文件可删除人员 / Current training ledger: per region and year, the file released last (the same day, the one that arrived last); a correction can remove a person';

CREATE OR REPLACE VIEW fact.institutional_document_current AS
SELECT d.* FROM fact.institutional_document d SEMI JOIN fact.record_current_scope c
    ON c.feed = 'institutional_document' AND c.load_id = d.load_id AND c.region_code = d.region_code;

COMMENT ON VIEW fact.institutional_document_current IS '当前的制度文件清单：同一地区以发布日期最晚的文件为准 / Current documents list: per region, the file released last';

CREATE OR REPLACE VIEW fact.operator_sales_current AS
SELECT s.* FROM fact.operator_sales s SEMI JOIN fact.record_current_scope c
    ON c.feed = 'operator_sales' AND c.load_id = s.load_id AND c.region_code = s.region_code AND c.scope = CAST(s.sales_year AS VARCHAR);

COMMENT ON VIEW fact.operator_sales_current IS '当前的经营者年度销售额：同一地区、年度以发布日期最晚的文件为准 / Current operators'' sales: per region and year, the file released last';

CREATE OR REPLACE VIEW fact.expert_score_current AS
SELECT e.* FROM fact.expert_score e SEMI JOIN fact.record_current_scope c
    ON c.feed = 'expert_score' AND c.load_id = e.load_id AND c.region_code = e.region_code AND c.scope = e.rubric_id || '/' || e.assessment_year;

COMMENT ON VIEW fact.expert_score_current IS '当前的专家评估表：同一地区、指标体系、年度以发布日期最晚的文件为准 / Current expert scores: per region, rubric and year, the sheet released last';

COMMENT ON VIEW fact.record_scope IS '记录类文件各自含有的地区与范围（年度；指标体系与年度；地区本身），更晚的文件整体替换同一地区、范围 / What each record file holds: its regions and, within a region, the scope a later file replaces as a whole';
COMMENT ON VIEW fact.record_current_scope IS '各记录类数据源、地区、范围当前有效的文件：发布日期最晚（同日则后到）者；受会话变量 as_released 限制 / The current file of each record feed, region and scope: released last (the same day, arrived last); limited by the session variable as_released';
COMMENT ON VIEW ref.region_ancestor IS '每个地区与其各级上级地区 / Every region with itself and each region above it';
COMMENT ON VIEW fact.record_load IS '记录类数据的加载批次：发布日期、到达顺序和整体覆盖的地区；受会话变量 as_released 限制 / Loads of record feeds: release date, arrival order and the region covered as a whole; limited by the session variable as_released';

-- Every column of the views above, in Chinese and English (kept here: the views are re-created
-- whenever this file runs, and their comments with them). CommentsEverywhereTest checks none is missing.
COMMENT ON COLUMN fact.expert_score_current.assessment_year IS '评估年度（读自标题） / Assessment year, read from the title';
COMMENT ON COLUMN fact.expert_score_current.assessor IS '评审专家 / Assessor';
COMMENT ON COLUMN fact.expert_score_current.evidence IS '佐证材料 / Supporting evidence';
COMMENT ON COLUMN fact.expert_score_current.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.expert_score_current.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN fact.expert_score_current.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.expert_score_current.points IS '得分（分） / Points awarded';
COMMENT ON COLUMN fact.expert_score_current.region_code IS '被评估地区代码（ref.region） / Code of the assessed region (ref.region)';
COMMENT ON COLUMN fact.expert_score_current.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN fact.expert_score_current.rubric_id IS '评估指标体系标识（ref.rubric），如 national、shandong / Rubric ID (ref.rubric), e.g. national, shandong';
COMMENT ON COLUMN fact.expert_score_current.score_source IS '评分类型：expert 专家评分（计分），self 自评（仅供参考） / Score source: expert (counted) or self (shown, never counted)';
COMMENT ON COLUMN fact.expert_score_current.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.expert_score_current.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN fact.institutional_document_current.document_number IS '文号或标准号 / Document or standard number';
COMMENT ON COLUMN fact.institutional_document_current.document_type IS '文件类型，如法规、规章、规范性文件、标准 / Document type, e.g. regulation, rule, normative document, standard';
COMMENT ON COLUMN fact.institutional_document_current.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.institutional_document_current.issued_on IS '发布日期 / Date issued';
COMMENT ON COLUMN fact.institutional_document_current.issuer IS '发布单位 / Issuing body';
COMMENT ON COLUMN fact.institutional_document_current.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.institutional_document_current.region_code IS '发文地区代码（ref.region） / Code of the issuing region (ref.region)';
COMMENT ON COLUMN fact.institutional_document_current.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN fact.institutional_document_current.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.institutional_document_current.title IS '文件名称 / Document title';
COMMENT ON COLUMN fact.operator_sales_current.credit_code IS '统一社会信用代码，个人经营者为空 / Unified social credit code, null for individuals';
COMMENT ON COLUMN fact.operator_sales_current.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.operator_sales_current.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.operator_sales_current.name IS '经营者名称 / Operator name';
COMMENT ON COLUMN fact.operator_sales_current.operator_key IS '经营者唯一键：统一社会信用代码，或 P 加身份证号加密哈希 / Operator key: the unified social credit code, or ''P'' + keyed hash of the personal ID';
COMMENT ON COLUMN fact.operator_sales_current.person_id_hash IS '个人经营者身份证号的加密哈希（HMAC-SHA256） / Keyed hash (HMAC-SHA256) of an individual operator''s ID number';
COMMENT ON COLUMN fact.operator_sales_current.person_id_masked IS '脱敏身份证号 / Masked ID number';
COMMENT ON COLUMN fact.operator_sales_current.region_code IS '经营者所在地区代码（ref.region） / Code of the operator''s region (ref.region)';
COMMENT ON COLUMN fact.operator_sales_current.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN fact.operator_sales_current.sales_amount IS '年度电子商务销售额（元，按表头单位换算） / Annual e-commerce sales in yuan, converted from the header''s unit';
COMMENT ON COLUMN fact.operator_sales_current.sales_year IS '销售年度 / Sales year';
COMMENT ON COLUMN fact.operator_sales_current.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.operator_sales_current.source_unit IS '来源表头中的单位，如万元，未注明时为空 / Unit in the source header, e.g. 万元, null if none was given';
COMMENT ON COLUMN fact.operator_sales_current.source_value IS '来源单元格中的销售额原文 / Sales amount as written in the source cell';
COMMENT ON COLUMN fact.record_load.arrived IS '文件首次到达的加载批次（重新加载时沿用原批次），同日发布时后到者为准 / Load in which the file first arrived (kept across reloads); of two released the same day, the later arrival wins';
COMMENT ON COLUMN fact.record_load.covers_region IS '文件整体覆盖的地区（含其下级地区），来自定义的 covers 或整表地区；为空时按各行的地区 / The region the file covers as a whole (with the regions within it), from the definition''s covers or file-level region; null: the regions of its rows';
COMMENT ON COLUMN fact.record_load.load_id IS '加载批次编号（取自序列 meta.load_id_seq） / Load batch ID (from sequence meta.load_id_seq)';
COMMENT ON COLUMN fact.record_load.released IS '文件的发布或导出日期（未知时为 0001-01-01） / Release or export date of the file (0001-01-01 when unknown)';
COMMENT ON COLUMN fact.staff_training_current.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.staff_training_current.hours IS '培训学时 / Training hours (学时)';
COMMENT ON COLUMN fact.staff_training_current.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.staff_training_current.name_masked IS '脱敏姓名，如 张* / Masked name, e.g. 张*';
COMMENT ON COLUMN fact.staff_training_current.person_id_hash IS '身份证号的加密哈希（HMAC-SHA256） / Keyed hash (HMAC-SHA256) of the ID number';
COMMENT ON COLUMN fact.staff_training_current.person_id_masked IS '脱敏身份证号 / Masked ID number';
COMMENT ON COLUMN fact.staff_training_current.person_key IS '人员唯一键：P 加身份证号加密哈希 / Person key: ''P'' + keyed hash of the ID number';
COMMENT ON COLUMN fact.staff_training_current.region_code IS '人员所在地区代码（ref.region） / Code of the person''s region (ref.region)';
COMMENT ON COLUMN fact.staff_training_current.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN fact.staff_training_current.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.staff_training_current.trained IS '是否参加培训 / Whether the person took part in training';
COMMENT ON COLUMN fact.staff_training_current.training_year IS '培训年度 / Training year';
COMMENT ON COLUMN fact.record_scope.feed IS '数据源的事实表名，如 staff_training / The feed''s fact table, e.g. staff_training';
COMMENT ON COLUMN fact.record_scope.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.record_scope.region_code IS '文件含有数据行的地区代码（ref.region） / Code of a region the file has rows for (ref.region)';
COMMENT ON COLUMN fact.record_scope.scope IS '地区内被整体替换的范围：年度，指标体系/年度，或空（地区本身） / The scope within the region replaced as a whole: a year, rubric/year, or empty (the region itself)';
COMMENT ON COLUMN fact.record_current_scope.feed IS '数据源的事实表名，如 staff_training / The feed''s fact table, e.g. staff_training';
COMMENT ON COLUMN fact.record_current_scope.load_id IS '当前有效文件的加载批次编号（meta.load） / Load batch ID of the current file (meta.load)';
COMMENT ON COLUMN fact.record_current_scope.region_code IS '地区代码（ref.region） / Region code (ref.region)';
COMMENT ON COLUMN fact.record_current_scope.scope IS '地区内被整体替换的范围：年度，指标体系/年度，或空（地区本身） / The scope within the region replaced as a whole: a year, rubric/year, or empty (the region itself)';
COMMENT ON COLUMN ref.region_ancestor.ancestor_code IS '该地区自身或其任一上级地区的代码 / Code of the region itself or of any region containing it';
COMMENT ON COLUMN ref.region_ancestor.region_code IS '地区代码 / Region code';
