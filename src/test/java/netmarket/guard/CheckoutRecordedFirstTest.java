package netmarket.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs first: records the working tree for {@link CheckoutUnchangedLastTest}. */
@Order(Integer.MIN_VALUE)
class CheckoutRecordedFirstTest {

    @Test
    void theWorkingTreeIsRecordedBeforeAnyOtherTest() throws Exception {
        CheckoutTree.before = CheckoutTree.now();
        assertThat(CheckoutTree.before).containsKey("pom.xml");
    }
}
