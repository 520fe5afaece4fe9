package netmarket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk route's CSV splitter reads records exactly as the row reader does, or refuses the file. */
class CsvRecordsTest {

    @TempDir
    Path dir;

    private List<String> split(String text, Charset charset, long skip) throws Exception {
        return split(text.getBytes(charset), skip);
    }

    private List<String> split(byte[] content, long skip) throws Exception {
        Path csv = Files.write(dir.resolve("in.csv"), content);
        List<String> records = new ArrayList<>();
        CsvRecords.split(csv, TextEncoding.detect(csv), ',', skip, (i, bytes, start, end, n) -> {
            List<String> fields = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                fields.add(start[k] == end[k] ? null : new String(bytes, start[k], end[k] - start[k], StandardCharsets.UTF_8));
            }
            records.add(i + ":" + fields);
        });
        return records;
    }

    @Test
    void randomRecordsComeBackFieldForFieldAlsoAcrossTheReadersBufferBoundaries() throws Exception {
        java.util.Random r = new java.util.Random(42);
        String[] pieces = {"三明市", "abc", "12.5", "注销", "x y", "网络科技有限公司", "A1"};
        StringBuilder csv = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int i = 0;
        while (csv.length() < 1_300_000) { // more than the reader's 1 MiB buffer, with records across it
            int fields = 1 + r.nextInt(9);
            List<String> values = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < fields; f++) {
                StringBuilder v = new StringBuilder();
                for (int k = r.nextInt(4); k > 0; k--) {
                    v.append(pieces[r.nextInt(pieces.length)]);
                }
                boolean quoted = r.nextInt(4) == 0;
                if (quoted && r.nextBoolean()) {
                    v.append(new String[] {",", "\n", "\r\n", "\"", "a,\"b\""}[r.nextInt(5)]);
                }
                line.append(f == 0 ? "" : ",").append(quoted ? "\"" + v.toString().replace("\"", "\"\"") + "\"" : v);
                values.add(v.length() == 0 ? null : v.toString());
            }
            csv.append(line).append(r.nextBoolean() ? "\n" : "\r\n");
            expected.add(i++ + ":" + values);
        }
        assertEquals(expected, split(csv.toString(), StandardCharsets.UTF_8, 0));
    }

    @Test
    void skipsTheTitleAndHeaderRecords() throws Exception {
        assertEquals(List.of("0:[三明市, 1]", "1:[永安市, 2]"), split("标题\n地区,数量\n三明市,1\n永安市,2\n", StandardCharsets.UTF_8, 2));
    }

    @Test
    void keepsAnEmptyLineAsARecordOfOneEmptyFieldSoRowNumbersDoNotShift() throws Exception {
        assertEquals(List.of("0:[a, 1]", "1:[null]", "2:[b, 2]", "3:[null]"), split("h\na,1\n\nb,2\n\n", StandardCharsets.UTF_8, 1));
    }

    @Test
    void everyLineEndingEndsARecordButQuotedOnesStayInTheField() throws Exception {
        assertEquals(List.of("0:[a, x\r\ny]", "1:[b, 2]"), split("h\r\na,\"x\r\ny\"\rb,2", StandardCharsets.UTF_8, 1));
    }

    @Test
    void removesQuotesAndUndoesDoubledOnes() throws Exception {
        assertEquals(List.of("0:[a,b, say \"hi\", null, c]"), split("h\n\"a,b\",\"say \"\"hi\"\"\",\"\",c\n", StandardCharsets.UTF_8, 1));
    }

    @Test
    void readsGbk() throws Exception {
        assertEquals(List.of("0:[东营区, 3]"), split("地区,数量\n东营区,3\n", Charset.forName("GB18030"), 1));
    }

    @Test
    void refusesWhatTheRowReaderWouldReadDifferently() {
        assertThrows(CsvRecords.NotStageable.class, () -> split("h\na\0b,1\n", StandardCharsets.UTF_8, 1));
        assertThrows(CsvRecords.NotStageable.class, () -> split("h\nab\"c,1\n", StandardCharsets.UTF_8, 1));
        assertThrows(CsvRecords.NotStageable.class, () -> split("h\n\"ab\"c,1\n", StandardCharsets.UTF_8, 1));
        assertThrows(CsvRecords.NotStageable.class, () -> split("h\n\"ab,1\n", StandardCharsets.UTF_8, 1));
    }

    @Test
    void refusesBytesThatAreNotUtf8ButKeepsAGenuineReplacementCharacter() throws Exception {
        byte[] gbkInUtf8 = "h\n三明市,1\n".getBytes(Charset.forName("GB18030"));
        byte[] mixed = new byte[gbkInUtf8.length + 4];
        System.arraycopy("h\n".getBytes(StandardCharsets.UTF_8), 0, mixed, 0, 2);
        System.arraycopy(gbkInUtf8, 2, mixed, 2, gbkInUtf8.length - 2);
        Path csv = Files.write(dir.resolve("mixed.csv"), Arrays.copyOf(mixed, gbkInUtf8.length));
        assertThrows(CsvRecords.NotStageable.class,
                () -> CsvRecords.split(csv, new TextEncoding(StandardCharsets.UTF_8, 0), ',', 1, (i, b, s, e, n) -> { }));

        assertEquals(List.of("0:[a\uFFFDb, 1]"), split("h\na\uFFFDb,1\n", StandardCharsets.UTF_8, 1));
    }
}
