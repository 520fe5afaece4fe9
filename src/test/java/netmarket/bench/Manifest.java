package netmarket.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file a {@link CountryInputs} generated, with what a load of it must report (rows in the
 * file, rows stored, rows rejected): kept next to the inputs as manifest.tsv, so that the figures
 * can be checked against the store and a second run on the same inputs skips the generation.
 */
final class Manifest {

    /** One generated file: its path under inputs/, the definition that loads it, its rows and size. */
    record Entry(String file, String source, long rows, long stored, long rejected, long bytes) {
        long skipped() {
            return rows - stored - rejected;
        }
    }

    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

    void add(Entry e) {
        entries.add(e);
    }

    List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** Per definition: files, rows, stored, rejected, bytes (in the order the definitions first appear). */
    Map<String, long[]> bySource() {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Entry e : entries()) {
            long[] t = out.computeIfAbsent(e.source(), k -> new long[5]);
            t[0]++;
            t[1] += e.rows();
            t[2] += e.stored();
            t[3] += e.rejected();
            t[4] += e.bytes();
        }
        return out;
    }

    long bytes() {
        return entries().stream().mapToLong(Entry::bytes).sum();
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file\tsource\trows\tstored\trejected\tbytes");
        for (Entry e : entries()) {
            lines.add(String.join("\t", e.file(), e.source(), Long.toString(e.rows()), Long.toString(e.stored()),
                    Long.toString(e.rejected()), Long.toString(e.bytes())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static Manifest read(Path file) throws IOException {
        Manifest m = new Manifest();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            m.add(new Entry(c[0], c[1], Long.parseLong(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]), Long.parseLong(c[5])));
        }
        return m;
    }
}
