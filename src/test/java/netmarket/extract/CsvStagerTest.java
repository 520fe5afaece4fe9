package netmarket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the stager hands DuckDB: the data records only, one per line, nothing merged or dropped. */
class CsvStagerTest {

    @TempDir
    Path dir;

    private CsvStager.Staged stage(String text, Charset charset, long skip) throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), text, charset);
        return CsvStager.stage(csv, TextEncoding.detect(csv), ',', skip, dir.resolve("out.csv"));
    }

    private String staged() throws Exception {
        return Files.readString(dir.resolve("out.csv"));
    }

    @Test
    void skipsTheTitleAndHeaderRecords() throws Exception {
        CsvStager.Staged s = stage("标题\n地区,数量\n三明市,1\n永安市,2\n", StandardCharsets.UTF_8, 2);
        assertEquals(2, s.records());
        assertEquals("三明市,1\n永安市,2\n", staged());
    }

    @Test
    void keepsAnEmptyLineAsARecordOfEmptyFieldsSoRowNumbersDoNotShift() throws Exception {
        CsvStager.Staged s = stage("h\na,1\n\nb,2\n\n", StandardCharsets.UTF_8, 1);
        assertEquals(4, s.records());
        assertEquals("a,1\n,\nb,2\n,\n", staged());
    }

    @Test
    void turnsEveryLineEndingIntoOneNewlineButLeavesQuotedOnesAlone() throws Exception {
        CsvStager.Staged s = stage("h\r\na,\"x\r\ny\"\rb,2", StandardCharsets.UTF_8, 1);
        assertEquals(2, s.records());
        assertTrue(s.quotedLineBreaks());
        assertEquals("a,\"x\r\ny\"\nb,2\n", staged());
    }

    @Test
    void transcodesGbkToUtf8() throws Exception {
        stage("地区,数量\n东营区,3\n", Charset.forName("GB18030"), 1);
        assertEquals("东营区,3\n", staged());
    }

    @Test
    void countsTheWidestRecord() throws Exception {
        assertEquals(4, stage("a,b\n1,2,3,4\n1\n", StandardCharsets.UTF_8, 1).maxFields());
    }

    @Test
    void refusesWhatDuckDbWouldReadDifferently() {
        assertThrows(CsvStager.NotStageable.class, () -> stage("h\na\0b,1\n", StandardCharsets.UTF_8, 1));
        assertThrows(CsvStager.NotStageable.class, () -> stage("h\nab\"c,1\n", StandardCharsets.UTF_8, 1));
        assertThrows(CsvStager.NotStageable.class, () -> stage("h\n\"ab\"c,1\n", StandardCharsets.UTF_8, 1));
        assertThrows(CsvStager.NotStageable.class, () -> stage("h\n\"ab,1\n", StandardCharsets.UTF_8, 1));
    }
}
