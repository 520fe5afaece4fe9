
-- Chinese and English descriptions of the mart views (table level), for analysts browsing the
-- catalog. Kept here because the views are re-created (CREATE OR REPLACE) whenever this file runs.

COMMENT ON VIEW mart.region_context IS '各地区及其层级、所属区域（东中西部）和所属省份，用于确定省级比较基准 / Each region with its level, zone and province, for provincial baselines';

COMMENT ON VIEW mart.region_ancestor IS '地区与其自身及所有上级地区的对应关系，县区数据据此汇总到地市 / Each region paired with itself and every region containing it, so counties roll up';

COMMENT ON VIEW mart.metric_fact IS '当前版本的指标数值，附统计期末日、统计期标签和来源单元格（加载批次、文件、工作表、行） / Current figures with their period end, period label and source cell (load, file, sheet, row)';

COMMENT ON VIEW mart.annual_growth IS '各指标、地区、年度的同比增速（%）：有官方公布值时用公布值，否则按总量计算 / Year-on-year growth in percent per metric, region and year: the official rate where published, else from levels';

COMMENT ON VIEW mart.measure_name IS '评分所用各项度量的中文名称，含网络交易经营者数量等派生度量 / Chinese names of every measure the rubrics compare, including derived ones such as the number of online operators';
