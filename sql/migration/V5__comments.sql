-- Chinese and English descriptions of the tables, views and columns, for analysts browsing the
-- catalog (duckdb_tables(), duckdb_views(), duckdb_columns() and the CLI's .schema / DESCRIBE).
-- Format: '中文 / English'. Comments only: no table, view or row is changed.

-- meta: 加载记录与拒绝记录 / what was loaded and what was rejected

COMMENT ON TABLE meta.load IS '加载记录：管道处理过的每个输入文件一行，含内容哈希、状态和行数核对 / Load register: one row per input file looked at, with content hash, status and row counts';
COMMENT ON COLUMN meta.load.load_id IS '加载批次编号（取自序列 meta.load_id_seq） / Load batch ID (from sequence meta.load_id_seq)';
COMMENT ON COLUMN meta.load.source_id IS '数据源定义标识（jobs/ 下 YAML 文件的 id） / Source definition ID (the id of a YAML file in jobs/)';
COMMENT ON COLUMN meta.load.file_name IS '输入文件路径（相对于 inputs 目录） / Input file path, relative to the inputs folder';
COMMENT ON COLUMN meta.load.content_sha256 IS '文件内容的 SHA-256，相同内容不重复加载 / SHA-256 of the file content, so the same bytes are never loaded twice';
COMMENT ON COLUMN meta.load.definition_sha256 IS '加载时所用数据源定义文件的 SHA-256 / SHA-256 of the source definition file used for this load';
COMMENT ON COLUMN meta.load.file_bytes IS '文件大小（字节） / File size in bytes';
COMMENT ON COLUMN meta.load.status IS '加载状态：loaded 已加载，failed 加载失败 / Load status: loaded or failed';
COMMENT ON COLUMN meta.load.rows_read IS '读取行数，等于加载、拒绝与跳过行数之和 / Rows read, equal to rows loaded + rejected + skipped';
COMMENT ON COLUMN meta.load.rows_loaded IS '成功加载的行数 / Rows loaded';
COMMENT ON COLUMN meta.load.rows_rejected IS '被拒绝的行数（明细见 meta.reject） / Rows rejected (details in meta.reject)';
COMMENT ON COLUMN meta.load.rows_skipped IS '跳过的行数，如标题、表头、注释、合计、空行（明细见 meta.load_skip） / Rows skipped, e.g. title, header, note, total, blank (details in meta.load_skip)';
COMMENT ON COLUMN meta.load.values_loaded IS '写入的数值个数（宽表一行可含多个指标数值） / Values written (one row of a wide sheet can hold several figures)';
COMMENT ON COLUMN meta.load.message IS '说明信息，加载失败时为失败原因 / Message, the reason when the load failed';
COMMENT ON COLUMN meta.load.job_execution_id IS '所属 Spring Batch 作业执行编号（batch.BATCH_JOB_EXECUTION），作业外加载时为空 / Spring Batch job execution ID (batch.BATCH_JOB_EXECUTION), null outside a job';
COMMENT ON COLUMN meta.load.started_at IS '开始加载时间 / Time the load started';
COMMENT ON COLUMN meta.load.finished_at IS '加载结束时间 / Time the load finished';

COMMENT ON TABLE meta.load_skip IS '各加载批次按类型统计的跳过行数 / Skipped rows per load, by kind';
COMMENT ON COLUMN meta.load_skip.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN meta.load_skip.kind IS '跳过类型：title 标题、header 表头、note 注释、total 合计、blank 空行、out_of_scope 范围外、no_values 无数值 / Kind of skipped row: title, header, note, total, blank, out_of_scope, no_values';
COMMENT ON COLUMN meta.load_skip.rows IS '该类型的跳过行数 / Number of rows skipped of this kind';

COMMENT ON TABLE meta.reject IS '拒绝记录：每个被拒绝的行或文件，含位置和原因 / Every rejected row or file, with where it was and why';
COMMENT ON COLUMN meta.reject.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN meta.reject.file_name IS '输入文件路径（相对于 inputs 目录） / Input file path, relative to the inputs folder';
COMMENT ON COLUMN meta.reject.sheet_name IS '工作表名称，CSV 文件或整个文件被拒绝时为空 / Sheet name, null for CSV files or a whole rejected file';
COMMENT ON COLUMN meta.reject.row_number IS '表格中的行号（从1开始），整个文件被拒绝时为空 / Row number in the sheet (from 1), null when the whole file was rejected';
COMMENT ON COLUMN meta.reject.column_name IS '出错单元格所在列的表头 / Header of the column holding the offending cell';
COMMENT ON COLUMN meta.reject.raw_value IS '单元格原文（个人证件号已脱敏，超长截断） / Cell text as written (personal IDs masked, long text clipped)';
COMMENT ON COLUMN meta.reject.reason IS '拒绝原因 / Reason for the rejection';

-- ref: 参考数据（每次运行时由 jobs/ 下的文件刷新） / reference data, refreshed from jobs/ at each run

COMMENT ON TABLE ref.region IS '行政区划参考表（GB/T 2260 代码，含开发区自定义代码） / Regions: GB/T 2260 codes, plus custom codes for development zones';
COMMENT ON COLUMN ref.region.code IS '行政区划代码（6位 GB/T 2260 代码，开发区为 Z 开头的自定义代码） / Region code: 6-digit GB/T 2260 code, or a custom Z code for development zones';
COMMENT ON COLUMN ref.region.name IS '地区名称 / Region name';
COMMENT ON COLUMN ref.region.level IS '层级：national 全国、province 省、prefecture 地市、county 县区、custom 开发区 / Level: national, province, prefecture, county or custom';
COMMENT ON COLUMN ref.region.parent_code IS '上级地区代码，全国为空 / Code of the containing region, null for the nation';
COMMENT ON COLUMN ref.region.zone IS '所属区域：east 东部、central 中部、west 西部 / Zone: east, central or west';
COMMENT ON COLUMN ref.region.aliases IS '地区别名，以竖线 | 分隔 / Other names of the region, separated by |';

COMMENT ON TABLE ref.metric IS '指标目录：管道存储的每个统计指标及其官方名称和基本单位 / Metric catalog: every statistic stored, with its official name and base unit';
COMMENT ON COLUMN ref.metric.metric_id IS '指标标识，SQL 中使用的稳定代码 / Metric ID, the stable code used in SQL';
COMMENT ON COLUMN ref.metric.name IS '指标官方中文名称，如网上零售额、社会消费品零售总额、快递业务量 / Official Chinese name, e.g. 网上零售额, 社会消费品零售总额, 快递业务量';
COMMENT ON COLUMN ref.metric.base_unit IS '存储所用基本单位（元、件、人、户等） / Base unit values are stored in (yuan, pieces, persons, entities, ...)';
COMMENT ON COLUMN ref.metric.agency IS '发布部门，如统计局、邮政管理局、市场监管局 / Publishing agency, e.g. statistics bureau, postal administration, market regulator';
COMMENT ON COLUMN ref.metric.aliases IS '指标别名 / Other names of the metric';
COMMENT ON COLUMN ref.metric.note IS '口径说明，如更名时间 / Note on the definition, e.g. when the name changed';

COMMENT ON TABLE ref.unit IS '计量单位及其换算为基本单位的系数 / Units and their factors to base units';
COMMENT ON COLUMN ref.unit.unit IS '来源文件中使用的单位，如万元、亿件 / Unit as used in source files, e.g. 万元, 亿件';
COMMENT ON COLUMN ref.unit.base_unit IS '对应的基本单位（元、件、人、户等） / Base unit it converts to (yuan, pieces, persons, entities, ...)';
COMMENT ON COLUMN ref.unit.factor IS '换算系数：基本单位数值 = 原值 × 系数 / Conversion factor: base value = source value × factor';

-- fact: 规范化事实数据（基本单位，每行可追溯至加载批次和来源单元格） / normalized facts in base units, each traceable to its load and cell

COMMENT ON TABLE fact.metric_value IS '汇总指标数值：某地区某统计期一个指标的一个数值，已换算为基本单位 / Aggregate figures: one value of one metric for one region and period, in base units';
COMMENT ON COLUMN fact.metric_value.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.metric_value.metric_id IS '指标标识（ref.metric） / Metric ID (ref.metric)';
COMMENT ON COLUMN fact.metric_value.value_kind IS '数值类型：level 总量、official_growth_pct 官方公布增速、share_pct 占比 / Value kind: level, official_growth_pct (published growth) or share_pct';
COMMENT ON COLUMN fact.metric_value.region_code IS '行政区划代码（ref.region） / Region code (ref.region)';
COMMENT ON COLUMN fact.metric_value.period_kind IS '统计期类型：month 当月、ytd 1月至当月累计、year 全年 / Period kind: month (that month alone), ytd (cumulative from January) or year';
COMMENT ON COLUMN fact.metric_value.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN fact.metric_value.period_month IS '统计期月份（累计期为截止月，全年为12） / Month of the period (last month of a ytd period, 12 for a year)';
COMMENT ON COLUMN fact.metric_value.value IS '数值，已换算为基本单位（元、件、人、户）或百分比 / Value in base units (yuan, pieces, persons, entities) or percent';
COMMENT ON COLUMN fact.metric_value.unit IS '数值的单位：基本单位（元、件、人、户）或 % / Unit of value: base unit (元, 件, 人, 户) or %';
COMMENT ON COLUMN fact.metric_value.source_value IS '来源单元格中的原文 / Cell text as written in the source';
COMMENT ON COLUMN fact.metric_value.source_unit IS '来源文件使用的单位，如亿元、万件 / Unit used by the source, e.g. 亿元, 万件';
COMMENT ON COLUMN fact.metric_value.source_label IS '来源中的指标名称或列表头 / Metric name or column header as written in the source';
COMMENT ON COLUMN fact.metric_value.source_note IS '来源备注，如公布数据的网址 / Source note, e.g. the URL a published figure was read from';
COMMENT ON COLUMN fact.metric_value.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.metric_value.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.metric_value.row_number IS '来源行号（从1开始） / Source row number (from 1)';
COMMENT ON COLUMN fact.metric_value.column_name IS '来源列的表头 / Header of the source column';

COMMENT ON TABLE fact.operator IS '网络交易经营者名录：每个经营者在一个平台上的登记一行 / Register of online operators (网络交易经营者): one row per listing on a platform';
COMMENT ON COLUMN fact.operator.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.operator.region_code IS '经营者所在地区代码（ref.region） / Code of the operator''s region (ref.region)';
COMMENT ON COLUMN fact.operator.operator_key IS '经营者唯一键：统一社会信用代码，或 P 加身份证号加密哈希 / Operator key: the unified social credit code, or ''P'' + keyed hash of the personal ID';
COMMENT ON COLUMN fact.operator.credit_code IS '统一社会信用代码（已按 GB 32100-2015 校验），个人经营者为空 / Unified social credit code (checked per GB 32100-2015), null for individuals';
COMMENT ON COLUMN fact.operator.person_id_hash IS '个人经营者身份证号的加密哈希（HMAC-SHA256） / Keyed hash (HMAC-SHA256) of an individual operator''s ID number';
COMMENT ON COLUMN fact.operator.person_id_masked IS '脱敏身份证号，如 3504**********1234 / Masked ID number, e.g. 3504**********1234';
COMMENT ON COLUMN fact.operator.name IS '经营者名称 / Operator name';
COMMENT ON COLUMN fact.operator.platform IS '所在平台名称 / Platform the listing is on';
COMMENT ON COLUMN fact.operator.established_on IS '成立日期 / Date established';
COMMENT ON COLUMN fact.operator.deregistered_on IS '注销日期，未注销为空 / Date deregistered, null if still registered';
COMMENT ON COLUMN fact.operator.status IS '导出时的经营状态（仅反映导出日期，评分不使用） / Status as exported, valid only at the export date and not used in scoring';
COMMENT ON COLUMN fact.operator.as_of_date IS '名录导出日期 / Export date of the register file';
COMMENT ON COLUMN fact.operator.phone_hash IS '联系电话的加密哈希（HMAC-SHA256） / Keyed hash (HMAC-SHA256) of the phone number';
COMMENT ON COLUMN fact.operator.phone_masked IS '脱敏联系电话，如 138****5678 / Masked phone number, e.g. 138****5678';
COMMENT ON COLUMN fact.operator.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.operator.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.operator.row_number IS '来源行号（从1开始） / Source row number (from 1)';

COMMENT ON TABLE fact.operator_sales IS '网络交易经营者年度电子商务销售额（指标4） / Online operators'' annual e-commerce sales (indicator 4)';
COMMENT ON COLUMN fact.operator_sales.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.operator_sales.region_code IS '经营者所在地区代码（ref.region） / Code of the operator''s region (ref.region)';
COMMENT ON COLUMN fact.operator_sales.operator_key IS '经营者唯一键：统一社会信用代码，或 P 加身份证号加密哈希 / Operator key: the unified social credit code, or ''P'' + keyed hash of the personal ID';
COMMENT ON COLUMN fact.operator_sales.credit_code IS '统一社会信用代码，个人经营者为空 / Unified social credit code, null for individuals';
COMMENT ON COLUMN fact.operator_sales.person_id_hash IS '个人经营者身份证号的加密哈希（HMAC-SHA256） / Keyed hash (HMAC-SHA256) of an individual operator''s ID number';
COMMENT ON COLUMN fact.operator_sales.person_id_masked IS '脱敏身份证号 / Masked ID number';
COMMENT ON COLUMN fact.operator_sales.name IS '经营者名称 / Operator name';
COMMENT ON COLUMN fact.operator_sales.sales_year IS '销售年度 / Sales year';
COMMENT ON COLUMN fact.operator_sales.sales_amount IS '年度电子商务销售额（元，按表头单位换算） / Annual e-commerce sales in yuan, converted from the header''s unit';
COMMENT ON COLUMN fact.operator_sales.source_value IS '来源单元格中的销售额原文 / Sales amount as written in the source cell';
COMMENT ON COLUMN fact.operator_sales.source_unit IS '来源表头中的单位，如万元，未注明时为空 / Unit in the source header, e.g. 万元, null if none was given';
COMMENT ON COLUMN fact.operator_sales.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.operator_sales.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.operator_sales.row_number IS '来源行号（从1开始） / Source row number (from 1)';

COMMENT ON TABLE fact.staff_training IS '网络交易监管人员培训台账：每人每年一行（全国指标38、山东指标39） / Training of supervision staff: one row per person and year (indicator 38, Shandong 39)';
COMMENT ON COLUMN fact.staff_training.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.staff_training.region_code IS '人员所在地区代码（ref.region） / Code of the person''s region (ref.region)';
COMMENT ON COLUMN fact.staff_training.training_year IS '培训年度 / Training year';
COMMENT ON COLUMN fact.staff_training.person_key IS '人员唯一键：P 加身份证号加密哈希 / Person key: ''P'' + keyed hash of the ID number';
COMMENT ON COLUMN fact.staff_training.person_id_hash IS '身份证号的加密哈希（HMAC-SHA256） / Keyed hash (HMAC-SHA256) of the ID number';
COMMENT ON COLUMN fact.staff_training.person_id_masked IS '脱敏身份证号 / Masked ID number';
COMMENT ON COLUMN fact.staff_training.name_masked IS '脱敏姓名，如 张* / Masked name, e.g. 张*';
COMMENT ON COLUMN fact.staff_training.trained IS '是否参加培训 / Whether the person took part in training';
COMMENT ON COLUMN fact.staff_training.hours IS '培训学时 / Training hours (学时)';
COMMENT ON COLUMN fact.staff_training.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.staff_training.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.staff_training.row_number IS '来源行号（从1开始） / Source row number (from 1)';

COMMENT ON TABLE fact.institutional_document IS '制度化标准化成果：法规、规章、规范性文件和标准（全国指标34、山东指标35） / Regulations, rules, normative documents and standards (indicator 34, Shandong 35)';
COMMENT ON COLUMN fact.institutional_document.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.institutional_document.region_code IS '发文地区代码（ref.region） / Code of the issuing region (ref.region)';
COMMENT ON COLUMN fact.institutional_document.title IS '文件名称 / Document title';
COMMENT ON COLUMN fact.institutional_document.document_number IS '文号或标准号 / Document or standard number';
COMMENT ON COLUMN fact.institutional_document.document_type IS '文件类型，如法规、规章、规范性文件、标准 / Document type, e.g. regulation, rule, normative document, standard';
COMMENT ON COLUMN fact.institutional_document.issuer IS '发布单位 / Issuing body';
COMMENT ON COLUMN fact.institutional_document.issued_on IS '发布日期 / Date issued';
COMMENT ON COLUMN fact.institutional_document.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.institutional_document.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.institutional_document.row_number IS '来源行号（从1开始） / Source row number (from 1)';

COMMENT ON TABLE fact.expert_score IS '专家评估表：各定性子项的专家评分和佐证材料 / Expert assessment sheet: points and evidence per qualitative sub-item';
COMMENT ON COLUMN fact.expert_score.load_id IS '加载批次编号（meta.load） / Load batch ID (meta.load)';
COMMENT ON COLUMN fact.expert_score.region_code IS '被评估地区代码（ref.region） / Code of the assessed region (ref.region)';
COMMENT ON COLUMN fact.expert_score.rubric_id IS '评估指标体系标识（ref.rubric），如 national、shandong / Rubric ID (ref.rubric), e.g. national, shandong';
COMMENT ON COLUMN fact.expert_score.assessment_year IS '评估年度（读自标题） / Assessment year, read from the title';
COMMENT ON COLUMN fact.expert_score.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN fact.expert_score.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN fact.expert_score.points IS '得分（分） / Points awarded';
COMMENT ON COLUMN fact.expert_score.score_source IS '评分类型：expert 专家评分（计分），self 自评（仅供参考） / Score source: expert (counted) or self (shown, never counted)';
COMMENT ON COLUMN fact.expert_score.evidence IS '佐证材料 / Supporting evidence';
COMMENT ON COLUMN fact.expert_score.assessor IS '评审专家 / Assessor';
COMMENT ON COLUMN fact.expert_score.file_name IS '来源文件路径（相对于 inputs 目录） / Source file path, relative to the inputs folder';
COMMENT ON COLUMN fact.expert_score.sheet_name IS '来源工作表名称，CSV 文件为空 / Source sheet name, null for CSV files';
COMMENT ON COLUMN fact.expert_score.row_number IS '来源行号（从1开始） / Source row number (from 1)';

-- Views of V3 (table level only) / V3 的视图（仅视图级说明）

COMMENT ON VIEW fact.metric_value_current IS '各指标数值的最新版本：后加载的文件或同一文件中靠后的行覆盖先前版本 / Newest vintage of every figure: a later load, or a later row of the same file, supersedes earlier ones';
COMMENT ON VIEW fact.metric_value_vintages IS '各指标数值的全部版本，按新到旧编号（vintage_rank 为1即当前版本） / Every vintage of every figure, numbered newest first (vintage_rank 1 is current)';
COMMENT ON VIEW meta.load_reconciliation IS '逐文件行数核对：读取 = 加载 + 拒绝 + 跳过，且与实际存储的行数一致 / Row accounting per file: read = loaded + rejected + skipped, checked against the rows stored';

-- ref: 评估指标体系（每次运行时由 jobs/rubrics 刷新） / rubrics, refreshed from jobs/rubrics at each run

COMMENT ON TABLE ref.rubric IS '评估指标体系，如全国、山东省示范区评估指标体系 / Assessment rubrics, e.g. the national and Shandong rubrics';
COMMENT ON COLUMN ref.rubric.rubric_id IS '评估指标体系标识，如 national、shandong / Rubric ID, e.g. national, shandong';
COMMENT ON COLUMN ref.rubric.name IS '评估指标体系名称 / Rubric name';
COMMENT ON COLUMN ref.rubric.source IS '指标体系的转录出处 / Document the rubric was transcribed from';
COMMENT ON COLUMN ref.rubric.baseline IS '比较基准：national 全国，province 本省 / Baseline for comparisons: national or province';
COMMENT ON COLUMN ref.rubric.pass_total_min IS '合格所需最低总分（分），为空表示无合格规则 / Minimum total points to pass, null if the rubric has no pass rule';
COMMENT ON COLUMN ref.rubric.pass_group_rate_min_pct IS '合格所需每个一级指标的最低得分率（%） / Minimum score rate of every group to pass, in percent';
COMMENT ON COLUMN ref.rubric.group_rate_denominator IS '一级指标得分率的分母：indicators 所含指标分值之和，stated 标注分值 / Denominator of group rates: indicators (sum of its indicators) or stated';
COMMENT ON COLUMN ref.rubric.zero_cases_pass IS '分母为零（无案件）的比率项是否视为达标 / Whether a rate over zero cases counts as passed';
COMMENT ON COLUMN ref.rubric.definition_sha256 IS '指标体系 YAML 文件的 SHA-256 / SHA-256 of the rubric''s YAML file';

COMMENT ON TABLE ref.rubric_group IS '一级指标（如促进发展、规范监管）及其标注分值 / Top-level groups of a rubric and their stated points';
COMMENT ON COLUMN ref.rubric_group.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN ref.rubric_group.group_no IS '一级指标序号（按文件中的顺序） / Group number, in file order';
COMMENT ON COLUMN ref.rubric_group.group_name IS '一级指标名称 / Group name';
COMMENT ON COLUMN ref.rubric_group.stated_points IS '一级指标标注分值（分） / Points stated for the group';

COMMENT ON TABLE ref.rubric_subgroup IS '二级指标及其标注分值（山东省指标体系无二级指标） / Subgroups of a rubric and their stated points (none in Shandong''s)';
COMMENT ON COLUMN ref.rubric_subgroup.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN ref.rubric_subgroup.group_name IS '所属一级指标名称 / Name of the group it belongs to';
COMMENT ON COLUMN ref.rubric_subgroup.subgroup_name IS '二级指标名称 / Subgroup name';
COMMENT ON COLUMN ref.rubric_subgroup.stated_points IS '二级指标标注分值（分） / Points stated for the subgroup';

COMMENT ON TABLE ref.rubric_indicator IS '三级指标：名称、类型、分值和原文 / Indicators of a rubric: name, kind, points and text';
COMMENT ON COLUMN ref.rubric_indicator.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN ref.rubric_indicator.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN ref.rubric_indicator.group_name IS '所属一级指标名称 / Name of the group it belongs to';
COMMENT ON COLUMN ref.rubric_indicator.subgroup_name IS '所属二级指标名称，无二级指标时为空 / Name of its subgroup, null if the rubric has none';
COMMENT ON COLUMN ref.rubric_indicator.name IS '指标官方名称 / Official indicator name';
COMMENT ON COLUMN ref.rubric_indicator.kind IS '指标类型：定量、定性、定量+定性 或 定性+定量 / Indicator kind: quantitative, qualitative or mixed';
COMMENT ON COLUMN ref.rubric_indicator.points IS '指标分值（分） / Points of the indicator';
COMMENT ON COLUMN ref.rubric_indicator.text IS '指标说明原文 / Indicator text as written in the rubric';

COMMENT ON TABLE ref.rubric_item IS '可评分单元：整个指标（子项0）或编号子项，含评分规则和所需指标 / Scoreable units: an indicator as a whole (sub-item 0) or a numbered sub-item, with rule and metrics';
COMMENT ON COLUMN ref.rubric_item.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN ref.rubric_item.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN ref.rubric_item.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN ref.rubric_item.points IS '子项分值（分） / Points of the item';
COMMENT ON COLUMN ref.rubric_item.rule IS '评分规则，如 growth_vs_baseline、ratio_bands、expert（专家评分） / Scoring rule, e.g. growth_vs_baseline, ratio_bands, expert';
COMMENT ON COLUMN ref.rubric_item.text IS '子项说明原文 / Item text as written in the rubric';
COMMENT ON COLUMN ref.rubric_item.metric IS '评分所用指标（ref.metric 或派生度量） / Metric the item scores (ref.metric or a derived measure)';
COMMENT ON COLUMN ref.rubric_item.other_metric IS '用于比较增速的另一指标，如社会消费品零售总额 / Other metric whose growth is compared, e.g. total retail sales';
COMMENT ON COLUMN ref.rubric_item.numerator IS '比率的分子度量 / Measure in the numerator of the ratio';
COMMENT ON COLUMN ref.rubric_item.denominator IS '比率的分母度量 / Measure in the denominator of the ratio';
COMMENT ON COLUMN ref.rubric_item.numerator2 IS '第二个比率的分子度量 / Measure in the numerator of the second rate';
COMMENT ON COLUMN ref.rubric_item.denominator2 IS '第二个比率的分母度量 / Measure in the denominator of the second rate';
COMMENT ON COLUMN ref.rubric_item.baseline_metric IS '基准地区用于比较的比率指标 / Baseline region''s rate the first rate is compared with';
COMMENT ON COLUMN ref.rubric_item.baseline_metric2 IS '基准地区用于比较第二个比率的指标 / Baseline region''s rate the second rate is compared with';
COMMENT ON COLUMN ref.rubric_item.comparator IS '比较方式：gt 超过、大于（严格），ge 达到、不低于 / Comparison: gt (超过, 大于, strict) or ge (达到, 不低于)';
COMMENT ON COLUMN ref.rubric_item.threshold_pct IS '固定阈值（%） / Fixed threshold, in percent';
COMMENT ON COLUMN ref.rubric_item.per_document IS '每项制度文件的得分（分） / Points per institutional document';
COMMENT ON COLUMN ref.rubric_item.cap IS '本项得分上限（分） / Maximum points the item can give';
COMMENT ON COLUMN ref.rubric_item.coverage_pct IS '培训覆盖率要求（%） / Required training coverage, in percent';
COMMENT ON COLUMN ref.rubric_item.min_hours IS '每人最低培训学时 / Minimum training hours per person';
COMMENT ON COLUMN ref.rubric_item.strict IS '销售额门槛是否严格大于（超过）而非大于等于（以上） / Whether sales thresholds are strict (超过) rather than inclusive (以上)';
COMMENT ON COLUMN ref.rubric_item.one IS '新增1家经营者的得分（分） / Points for one new operator';
COMMENT ON COLUMN ref.rubric_item.two_or_more IS '新增2家及以上经营者的得分（分） / Points for two or more new operators';

COMMENT ON TABLE ref.rubric_band IS '比值区间评分（ratio_bands）：比值达到下限即得该档分数，区间含本数 / Bands of ratio_bands items: points for a ratio at or above min_pct, bounds inclusive';
COMMENT ON COLUMN ref.rubric_band.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN ref.rubric_band.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN ref.rubric_band.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN ref.rubric_band.min_pct IS '区间下限（%，含本数） / Lower bound of the band, in percent, inclusive';
COMMENT ON COLUMN ref.rubric_band.points IS '该档得分（分） / Points for the band';

COMMENT ON TABLE ref.rubric_tier IS '新增规模以上经营者的销售额门槛：全国按区域，山东按档次 / Sales thresholds of new_large_operators items: by zone (national) or by tier (Shandong)';
COMMENT ON COLUMN ref.rubric_tier.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN ref.rubric_tier.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN ref.rubric_tier.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN ref.rubric_tier.zone IS '适用区域：east 东部、central 中部、west 西部，为空表示所有区域 / Zone it applies to: east, central or west, null for every zone';
COMMENT ON COLUMN ref.rubric_tier.min_amount IS '年度电子商务销售额门槛（元） / Annual e-commerce sales threshold, in yuan';
COMMENT ON COLUMN ref.rubric_tier.strict IS '是否严格大于门槛（超过），否则为大于等于（以上） / Whether the threshold is strict (超过) or inclusive (以上)';
COMMENT ON COLUMN ref.rubric_tier.one IS '新增1家经营者的得分（分） / Points for one new operator';
COMMENT ON COLUMN ref.rubric_tier.two_or_more IS '新增2家及以上经营者的得分（分） / Points for two or more new operators';

COMMENT ON TABLE ref.province_rubric IS '各省适用的评估指标体系（未列出的省份使用全国指标体系） / Rubric that scores the regions of a province (others: national)';
COMMENT ON COLUMN ref.province_rubric.province_code IS '省级行政区划代码 / Province code';
COMMENT ON COLUMN ref.province_rubric.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';

-- score: 评分快照（只增不改） / scoring snapshots, rows only ever added

COMMENT ON TABLE score.snapshot IS '评分快照：一个地区、一个统计期、一个指标体系的一个版本，只增不改 / Scoring snapshot: one region, period, rubric and version, never changed';
COMMENT ON COLUMN score.snapshot.snapshot_id IS '评分快照编号（取自序列 score.snapshot_id_seq） / Snapshot ID (from sequence score.snapshot_id_seq)';
COMMENT ON COLUMN score.snapshot.rubric_id IS '评估指标体系标识（ref.rubric） / Rubric ID (ref.rubric)';
COMMENT ON COLUMN score.snapshot.region_code IS '被评分地区代码（ref.region） / Code of the scored region (ref.region)';
COMMENT ON COLUMN score.snapshot.period_kind IS '统计期类型：month 当月、ytd 1月至当月累计、year 全年 / Period kind: month, ytd (cumulative from January) or year';
COMMENT ON COLUMN score.snapshot.period_year IS '统计期年份 / Year of the period';
COMMENT ON COLUMN score.snapshot.period_month IS '统计期截止月份（全年为12） / Last month of the period (12 for a year)';
COMMENT ON COLUMN score.snapshot.version IS '版本号：同一地区、统计期和指标体系从1递增 / Version, counting from 1 per region, period and rubric';
COMMENT ON COLUMN score.snapshot.content_sha256 IS '评分明细和指标体系的 SHA-256，输入相同则哈希相同 / SHA-256 of the scored rows and the rubric: same inputs, same hash';
COMMENT ON COLUMN score.snapshot.total_points IS '总得分（分） / Total points scored';
COMMENT ON COLUMN score.snapshot.max_points IS '满分（各子项分值之和） / Maximum points, the sum of the items'' points';
COMMENT ON COLUMN score.snapshot.verdict IS '评定结果：合格、不合格，无合格规则时为空 / Verdict: 合格 (pass) or 不合格 (fail), null if the rubric has no pass rule';
COMMENT ON COLUMN score.snapshot.items_not_assessable IS '因缺少数据无法评估的子项数 / Number of items that could not be assessed for lack of data';
COMMENT ON COLUMN score.snapshot.job_execution_id IS '所属 Spring Batch 作业执行编号，作业外评分时为空 / Spring Batch job execution ID, null when scored outside a job';
COMMENT ON COLUMN score.snapshot.created_at IS '快照创建时间 / Time the snapshot was created';

COMMENT ON TABLE score.snapshot_item IS '评分快照明细：每个子项的得分、数值、缺少的数据和再得分所需 / Snapshot items: points, values, missing inputs and the next point per item';
COMMENT ON COLUMN score.snapshot_item.snapshot_id IS '评分快照编号（score.snapshot） / Snapshot ID (score.snapshot)';
COMMENT ON COLUMN score.snapshot_item.indicator_no IS '三级指标编号 / Indicator number';
COMMENT ON COLUMN score.snapshot_item.sub_item IS '子项编号，0 表示整个指标 / Sub-item number, 0 for the indicator as a whole';
COMMENT ON COLUMN score.snapshot_item.group_name IS '一级指标名称 / Group name';
COMMENT ON COLUMN score.snapshot_item.subgroup_name IS '二级指标名称，无二级指标时为空 / Subgroup name, null if the rubric has none';
COMMENT ON COLUMN score.snapshot_item.indicator_name IS '三级指标名称 / Indicator name';
COMMENT ON COLUMN score.snapshot_item.kind IS '指标类型：定量、定性、定量+定性 或 定性+定量 / Indicator kind: quantitative, qualitative or mixed';
COMMENT ON COLUMN score.snapshot_item.rule IS '评分规则（见 ref.rubric_item.rule） / Scoring rule (see ref.rubric_item.rule)';
COMMENT ON COLUMN score.snapshot_item.max_points IS '子项满分（分） / Maximum points of the item';
COMMENT ON COLUMN score.snapshot_item.points IS '子项得分（分） / Points scored on the item';
COMMENT ON COLUMN score.snapshot_item.status IS '评分状态：scored 已评分，not_assessable 缺少数据无法评估 / Status: scored, or not_assessable for lack of data';
COMMENT ON COLUMN score.snapshot_item.value IS '评分所用数值，如比率（%）、数量或专家评分 / Value scored, e.g. a rate in percent, a count or the expert''s points';
COMMENT ON COLUMN score.snapshot_item.numerator IS '比率的分子 / Numerator of the rate';
COMMENT ON COLUMN score.snapshot_item.denominator IS '比率的分母 / Denominator of the rate';
COMMENT ON COLUMN score.snapshot_item.baseline IS '比较基准或阈值，如基准地区的比率（%） / Baseline or bar compared with, e.g. the baseline region''s rate in percent';
COMMENT ON COLUMN score.snapshot_item.detail IS '计算过程说明 / How the item was scored, in words';
COMMENT ON COLUMN score.snapshot_item.missing IS '缺少的数据 / Inputs that are missing';
COMMENT ON COLUMN score.snapshot_item.next_point IS '再得分所需的条件 / What would gain the next point';
COMMENT ON COLUMN score.snapshot_item.inputs IS '所用数据的来源（加载批次、文件、工作表和行） / Cells used: load, file, sheet and row';
COMMENT ON COLUMN score.snapshot_item.capped IS '得分是否因超过上限而按上限计 / Whether the points were capped at the item''s maximum';

COMMENT ON TABLE score.snapshot_group IS '评分快照的一级指标汇总：得分、得分率和是否达到合格得分率 / Snapshot groups: points, score rate and whether the pass rate is met';
COMMENT ON COLUMN score.snapshot_group.snapshot_id IS '评分快照编号（score.snapshot） / Snapshot ID (score.snapshot)';
COMMENT ON COLUMN score.snapshot_group.group_name IS '一级指标名称 / Group name';
COMMENT ON COLUMN score.snapshot_group.points IS '一级指标得分（分） / Points scored in the group';
COMMENT ON COLUMN score.snapshot_group.max_points IS '一级指标所含子项分值之和（分） / Sum of the points of the group''s items';
COMMENT ON COLUMN score.snapshot_group.stated_points IS '一级指标标注分值（分） / Points stated for the group';
COMMENT ON COLUMN score.snapshot_group.rate_pct IS '一级指标得分率（%），分母见 ref.rubric.group_rate_denominator / Score rate of the group in percent, denominator per ref.rubric.group_rate_denominator';
COMMENT ON COLUMN score.snapshot_group.meets_rate IS '是否达到合格所需得分率，无合格规则时为空 / Whether the pass rate is met, null if the rubric has no pass rule';
