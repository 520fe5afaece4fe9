package netmarket.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import netmarket.normalize.PiiProtector;
import org.junit.jupiter.api.Test;

/** The bulk route masks a phone number on its bytes exactly as the row interpreter masks it as text. */
class PlainPhoneMaskTest {

    @Test
    void everyLengthTheBulkRouteAcceptsIsMaskedAsTheInterpreterMasksIt() {
        for (String prefix : new String[] {"", "+"}) {
            for (int digits = 7; digits <= 15; digits++) {
                String phone = prefix + "13912345678901234".substring(0, digits);
                byte[] in = phone.getBytes(StandardCharsets.US_ASCII);
                byte[] out = new byte[in.length + 3];
                int end = PlainRecords.maskPhone(in, 0, in.length, out, 3);

                assertThat(new String(out, 3, end - 3, StandardCharsets.US_ASCII)).as(phone).isEqualTo(PiiProtector.maskPhone(phone));
            }
        }
    }
}
