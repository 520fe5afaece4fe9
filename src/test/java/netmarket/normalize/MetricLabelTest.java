package netmarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metric name in a row label, as statistical tables write it. */
class MetricLabelTest {

    @Test
    void indentationQiZhongNumberingAndTheUnitAreNotPartOfTheName() {
        assertThat(MetricLabel.name("  其中：实物商品网上零售额（亿元）")).isEqualTo("实物商品网上零售额");
        assertThat(MetricLabel.name("（一）网上零售额(亿元)")).isEqualTo("网上零售额");
        assertThat(MetricLabel.name("1. 快递业务量（万件）")).isEqualTo("快递业务量");
    }

    @Test
    void aNameThatCarriesAParenthesisIsTriedAsWrittenFirst() {
        assertThat(MetricLabel.names("跨境电商交易额(发制品)")).containsExactly("跨境电商交易额(发制品)", "跨境电商交易额");
        assertThat(MetricLabel.names("网上零售额")).containsExactly("网上零售额");
    }
}
