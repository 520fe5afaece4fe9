package netmarket.normalize;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the small UTF-8 reference tables (jobs/reference, jobs/rubrics/province-rubrics.csv) into maps by header. */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    public static List<Map<String, String>> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取参考数据文件 " + file, e);
        }
    }
}
