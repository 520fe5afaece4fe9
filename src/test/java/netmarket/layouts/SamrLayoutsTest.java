package netmarket.layouts;

import static netmarket.layouts.LayoutCorpus.assertCounts;
import static netmarket.layouts.LayoutCorpus.reject;
import static netmarket.layouts.LayoutFixtures.CODE_BAD;
import static netmarket.layouts.LayoutFixtures.CODE_DONGYING;
import static netmarket.layouts.LayoutFixtures.CODE_DONGYING_B;
import static netmarket.layouts.LayoutFixtures.CODE_SANMING;
import static netmarket.layouts.LayoutFixtures.CODE_YONGAN;
import static netmarket.layouts.LayoutFixtures.ID_BAD;
import static netmarket.layouts.LayoutFixtures.ID_LI;
import static netmarket.layouts.LayoutFixtures.ID_LIU;
import static netmarket.layouts.LayoutFixtures.ID_OWNER;
import static netmarket.layouts.LayoutFixtures.ID_ZHANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import netmarket.load.LoadOutcome;
import netmarket.load.StoreFixture;
import netmarket.normalize.PiiProtector;
import org.junit.jupiter.api.Test;

/** 市场监管局 layouts (records and figures), each loaded by its YAML definition alone. */
class SamrLayoutsTest extends CorpusTest {

    private static final PiiProtector PII = new PiiProtector(StoreFixture.TEST_KEY);


    @Test
    void aRecordTableWithYearsAsColumnsGivesOneSalesRecordPerNonBlankCell() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/经营者销售额_2021-2024年.xlsx");

        assertCounts(load, "loaded", 9, 3, 2);
        assertThat(corpus.records(load, "operator_sales",
                "operator_key, credit_code, name, region_code, sales_year, sales_amount, source_value, source_unit")).containsExactly(
                "r4 " + CODE_SANMING + " " + CODE_SANMING + " 三明优品电子商务有限公司 350400 2021 61000000 6100 万元",
                "r4 " + CODE_SANMING + " " + CODE_SANMING + " 三明优品电子商务有限公司 350400 2022 82000000 8200 万元",
                "r4 " + CODE_SANMING + " " + CODE_SANMING + " 三明优品电子商务有限公司 350400 2023 165000000 16500 万元",
                "r4 " + CODE_SANMING + " " + CODE_SANMING + " 三明优品电子商务有限公司 350400 2024 238000000 23800 万元",
                "r5 " + CODE_YONGAN + " " + CODE_YONGAN + " 永安竹木网络科技有限公司 350481 2023 62000000 6200 万元",
                "r5 " + CODE_YONGAN + " " + CODE_YONGAN + " 永安竹木网络科技有限公司 350481 2024 108005000 10800.5 万元",
                "r6 " + CODE_DONGYING + " " + CODE_DONGYING + " 东营黄河口电商有限公司 370502 2021 30000000 3000 万元",
                "r6 " + CODE_DONGYING + " " + CODE_DONGYING + " 东营黄河口电商有限公司 370502 2022 61000000 6100 万元",
                "r6 " + CODE_DONGYING + " " + CODE_DONGYING + " 东营黄河口电商有限公司 370502 2023 124000000 12400 万元",
                "r6 " + CODE_DONGYING + " " + CODE_DONGYING + " 东营黄河口电商有限公司 370502 2024 310000000 31000 万元");
        assertThat(load.valuesLoaded()).isEqualTo(10);
        corpus.assertRejects(load,
                reject(7, "统一社会信用代码", CODE_BAD, "统一社会信用代码校验位错误"),
                reject(8, "电子商务销售额（万元）/2022年", "五千", "sales_amount: 不是数字"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 2L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void anExpertSheetTakesRubricRegionAndYearFromItsTitle() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/专家评估表_东营区_2025年.xls");

        assertCounts(load, "loaded", 7, 3, 2);
        assertThat(corpus.records(load, "expert_score",
                "region_code, rubric_id, assessment_year, indicator_no, sub_item, points, score_source, evidence")).containsExactly(
                "r3 370502 shandong 2025 13 1 1.5 expert 见材料13.1",
                "r4 370502 shandong 2025 13 2 1 expert null",
                "r5 370502 shandong 2025 20 0 2 self 自评材料");
        corpus.assertRejects(load,
                reject(6, "得分", "三分", "points: 不是数字"),
                reject(7, "评分类型", "专家组", "不是可选值"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aTrainingLedgerWithoutIdNumbersKnowsEachPersonByTheKeyedHashOfTheName() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/培训台账_三明市_2024年.xlsx");

        assertCounts(load, "loaded", 8, 4, 2);
        String chen = nameKey("陈某甲");
        assertThat(corpus.records(load, "staff_training",
                "region_code, training_year, person_key, person_id_hash, name_masked, trained, hours")).containsExactly(
                "r3 350400 2024 " + chen + " null 陈** true 56",
                "r4 350481 2024 " + nameKey("林某乙") + " null 林** true 48.5",
                "r5 350405 2024 " + nameKey("黄某丙") + " null 黄** false 0",
                "r6 350404 2024 " + chen + " null 陈** true 12");
        assertThat(corpus.query("SELECT count(*) AS n FROM fact.staff_training WHERE name_masked LIKE '%某%'")).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("n")).longValue()).as("names never in clear").isZero());
        corpus.assertRejects(load,
                reject(7, "所在地区", "金沙园区", "未知地区「金沙园区」"),
                reject(8, "是否参加培训", "未知", "应为“是”或“否”"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aLedgerOfParticipantsGetsTrainedFromATypedConstantAndItsYearFromTheFileName() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/培训台账_东营区_2024年.csv");

        assertCounts(load, "loaded", 6, 3, 1);
        assertThat(corpus.records(load, "staff_training",
                "region_code, training_year, person_key, person_id_hash, person_id_masked, name_masked, trained, hours")).containsExactly(
                "r2 370502 2024 " + idKey(ID_ZHANG) + " " + PII.hash(ID_ZHANG) + " " + PiiProtector.maskId(ID_ZHANG) + " 张** true 52",
                "r3 370502 2024 " + idKey(ID_LI) + " " + PII.hash(ID_LI) + " " + PiiProtector.maskId(ID_LI) + " 李** true 60.5",
                "r5 Z37050001 2024 " + idKey(ID_LIU) + " " + PII.hash(ID_LIU) + " " + PiiProtector.maskId(ID_LIU) + " 刘** true 48");
        corpus.assertRejects(load, reject(4, "身份证号", PiiProtector.maskId(ID_BAD), "身份证号码校验位错误"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("header", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aRegisterExportTakesItsAsOfDateFromTheMetadataAboveTheHeaderAndSkipsTheCountFooter() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/经营者名录导出_东营区.xlsx");

        assertCounts(load, "loaded", 9, 3, 1);
        assertThat(corpus.records(load, "operator", "operator_key, credit_code, person_id_hash, person_id_masked, name, platform, "
                + "region_code, established_on, phone_masked, as_of_date")).containsExactly(
                "r5 " + CODE_DONGYING + " " + CODE_DONGYING + " null null 东营黄河口电商有限公司 淘宝 370502 2019-05-06 138****5678 2025-07-02",
                "r6 " + idKey(ID_OWNER) + " null " + PII.hash(ID_OWNER) + " " + PiiProtector.maskId(ID_OWNER)
                        + " 张某某(个体) 抖音 370502 2021-03-15 null 2025-07-02",
                "r8 " + CODE_DONGYING_B + " " + CODE_DONGYING_B + " null null 东营石化装备网络销售有限公司 拼多多 Z37050001 2018-09-01 054****3456 2025-07-02");
        corpus.assertRejects(load, reject(7, "统一社会信用代码/身份证号", CODE_BAD, "统一社会信用代码校验位错误"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 3L, "header", 1L, "note", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aRegisterExportThatStatesMoreRecordsThanItHoldsIsLoadedWithAWarning() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/经营者名录导出_东营区.xlsx");

        // "共 4,443 条（本页 4 条）" above the header: only the first page was exported; the footer's 共计4条 agrees with the rows
        assertThat(load.message()).contains("表头上方注明共 4443 条记录，实际读到 4 条数据行").doesNotContain("表尾");
    }

    @Test
    void aDocumentListTakesItsRegionFromTheFileNameAndFindsItsHeaderWithoutFind() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/制度文件_三元区.csv");

        assertCounts(load, "loaded", 6, 3, 1);
        assertThat(corpus.records(load, "institutional_document",
                "region_code, title, document_number, document_type, issuer, issued_on")).containsExactly(
                "r2 350404 三元区网络交易平台合规经营指引 元市监〔2023〕18号 规范性文件 三元区市场监督管理局 2023-06-12",
                "r3 350404 直播电商服务规范 DB3504/T 0021-2024 地方标准 三元区市场监督管理局 2024-03-08",
                "r4 350404 三元区网络市场监管联席会议制度 元政办发〔2024〕5号 规范性文件 三元区人民政府办公室 2024-04-02");
        corpus.assertRejects(load, reject(5, "发布日期", "2024-02-30", "日期不存在"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("header", 1L, "blank", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void aSheetWithoutRegionOrPeriodTakesBothFromTheDefinitionsFixedValues() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/监管平台用户_三明市.xlsx");

        assertCounts(load, "loaded", 3, 1, 0);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 platform_users level 350400 year 2024-12 186 人",
                "r3 supervision_staff level 350400 year 2024-12 42 人");
        corpus.assertRejects(load);
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    @Test
    void sharesAreKeptInPercentAndAShareOverOneHundredIsRejected() throws Exception {
        LoadOutcome load = corpus.load("市场监管局/消费维权满意度_2024年.xls");

        assertCounts(load, "loaded", 6, 3, 1);
        assertThat(corpus.facts(load)).containsExactly(
                "r3 consumer_satisfaction share_pct 350400 year 2024-12 96.8 %",
                "r3 mediation_success_rate share_pct 350400 year 2024-12 66.98 %",
                "r4 consumer_satisfaction share_pct 370502 year 2024-12 97.2 %",
                "r4 mediation_success_rate share_pct 370502 year 2024-12 66.56 %",
                "r6 consumer_satisfaction share_pct 350000 year 2024-12 96.4 %",
                "r6 mediation_success_rate share_pct 350000 year 2024-12 64.9 %");
        corpus.assertRejects(load, reject(5, "调解成功率（%）", "112.5", "占比应在0%到100%之间"));
        assertThat(corpus.skips(load)).isEqualTo(Map.of("title", 1L, "header", 1L));
        assertThat(corpus.reconciles(load)).isTrue();
    }

    private static String nameKey(String name) {
        return "N" + PII.hash(name).substring(0, 32);
    }

    private static String idKey(String id) {
        return "P" + PII.hash(id).substring(0, 32);
    }
}
