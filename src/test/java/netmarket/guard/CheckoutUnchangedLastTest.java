package netmarket.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs last: no test wrote, changed or deleted a file of the checkout (target/ aside); every test works in a temporary folder. */
@Order(Integer.MAX_VALUE)
class CheckoutUnchangedLastTest {

    @Test
    void theSuiteLeftTheWorkingTreeAsItFoundIt() throws Exception {
        assumeTrue(CheckoutTree.before != null, "skipped: CheckoutRecordedFirstTest did not run in this session (a single test was selected)");
        Map<String, String> after = CheckoutTree.now();
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String was = CheckoutTree.before.get(e.getKey());
            if (was == null) {
                changes.add("created  " + e.getKey());
            } else if (!was.equals(e.getValue())) {
                changes.add("changed  " + e.getKey());
            }
        }
        for (String path : CheckoutTree.before.keySet()) {
            if (!after.containsKey(path)) {
                changes.add("deleted  " + path);
            }
        }
        assertThat(changes).as("files of the checkout touched by the tests").isEmpty();
    }
}
