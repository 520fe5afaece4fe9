package netmarket.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import netmarket.load.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mart.product_cmp compares a·b with c·d exactly for DECIMAL(38, 6) inputs whose products need more
 * digits than DECIMAL holds (national levels in 元 times regional ones): checked against Java's
 * BigDecimal on products that are equal, one millionth apart, of every sign, and up to 1e26 each.
 */
class ExactProductsTest {

    @TempDir
    Path tmp;

    @Test
    void productComparisonsAgreeWithExactArithmetic() throws Exception {
        Random random = new Random(20261129);
        List<BigDecimal[]> quads = new ArrayList<>();
        BigDecimal step = new BigDecimal("0.000001");
        for (int i = 0; i < 4000; i++) {
            BigDecimal a = value(random);
            BigDecimal b = value(random);
            BigDecimal c = value(random);
            BigDecimal d = value(random);
            quads.add(new BigDecimal[] {a, b, c, d});
            quads.add(new BigDecimal[] {a, b, b, a});                  // equal products
            quads.add(new BigDecimal[] {a, b, a.add(step), b});        // one millionth apart
            quads.add(new BigDecimal[] {a.negate(), b, c, d.negate()}); // signs
            quads.add(new BigDecimal[] {a, BigDecimal.ZERO, c, d});
        }
        quads.add(new BigDecimal[] {new BigDecimal("48800000000000.000001"), new BigDecimal("48800000000000"),
                new BigDecimal("48800000000000"), new BigDecimal("48800000000000.000001")});
        quads.add(new BigDecimal[] {new BigDecimal("99999999999999999999999999.999999"), new BigDecimal("99999999999999999999999999.999999"),
                new BigDecimal("99999999999999999999999999.999998"), new BigDecimal("99999999999999999999999999.999999")});
        Path csv = tmp.resolve("quads.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("i,a,b,c,d\n");
            for (int i = 0; i < quads.size(); i++) {
                BigDecimal[] q = quads.get(i);
                w.write(i + "," + q[0].toPlainString() + "," + q[1].toPlainString() + "," + q[2].toPlainString() + "," + q[3].toPlainString() + "\n");
            }
        }
        int checked = 0;
        try (StoreFixture store = new StoreFixture(tmp); Statement st = store.conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT i, mart.product_cmp(a, b, c, d) FROM read_csv('" + csv + "', header = true, "
                        + "columns = {'i': 'INTEGER', 'a': 'DECIMAL(38, 6)', 'b': 'DECIMAL(38, 6)', 'c': 'DECIMAL(38, 6)', 'd': 'DECIMAL(38, 6)'}) "
                        + "ORDER BY i")) {
            while (rs.next()) {
                BigDecimal[] q = quads.get(rs.getInt(1));
                int expected = q[0].multiply(q[1]).compareTo(q[2].multiply(q[3]));
                assertThat(rs.getInt(2)).as("sign(%s * %s - %s * %s)", q[0], q[1], q[2], q[3]).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(quads.size());
    }

    /** A value of 1 to 26 integer digits and up to 6 decimals, as a level in 元 or a count can be. */
    private static BigDecimal value(Random random) {
        int digits = 1 + random.nextInt(26);
        BigInteger unscaled = new BigInteger(digits * 4, random).add(BigInteger.ONE);
        BigDecimal v = new BigDecimal(unscaled, random.nextInt(7));
        return v.compareTo(new BigDecimal("1e26")) >= 0 ? v.remainder(new BigDecimal("1e26")).add(BigDecimal.ONE) : v;
    }
}
