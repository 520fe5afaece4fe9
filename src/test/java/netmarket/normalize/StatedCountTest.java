package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The record count an export states about itself. */
class StatedCountTest {

    @Test
    void aCountWithThousandsSeparatorsIsRead() {
        assertThat(StatedCount.find("导出时间：2025年7月2日 共 4,443 条")).contains(4443L);
    }

    @Test
    void aFooterCountIsRead() {
        assertThat(StatedCount.find("共计4443条记录")).contains(4443L);
        assertThat(StatedCount.find("记录数：12")).contains(12L);
    }

    @Test
    void aCountOfPeopleOrATotalAmountIsNotARecordCount() {
        assertThat(StatedCount.find("共计4人")).isEmpty();
        assertThat(StatedCount.find("合计 1,234.5")).isEmpty();
    }
}
