package netmarket.publish;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The scorecard as CSV, UTF-8 with a BOM so Excel on Chinese Windows opens it right. */
public final class CsvScorecard {

    private CsvScorecard() {}

    public static Path write(Scorecard card, Path target) throws IOException {
        return AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
                csv.printRecord(Labels.ITEM_COLUMNS);
                for (Scorecard.Item i : card.items()) {
                    csv.printRecord(safe(i.groupName(), i.subgroupName(), i.code(), i.indicatorName(), i.kind(), num(i.maxPoints()),
                            num(i.points()), i.status().label(), num(i.value()), i.detail(), i.missing(), i.nextPoint(), i.inputs()));
                }
                csv.println();
                csv.printRecord("一级指标", "得分", "满分", "得分率（%）", "达到合格得分率");
                for (Scorecard.Group g : card.groups()) {
                    csv.printRecord(safe(g.name(), num(g.points()), num(g.maxPoints()), num(g.ratePct()),
                            g.meetsRate() == null ? "" : g.meetsRate() ? "是" : "否"));
                }
                Scorecard.Header h = card.header();
                csv.printRecord(safe("总分", num(h.total()), num(h.maxPoints()), "", ""));
                csv.printRecord(safe("结论", Labels.verdict(h.verdict()), h.verdictReason(), "", ""));
                if (Labels.banner(h) != null) {
                    csv.printRecord(safe(h.withdrawn() ? "已撤回" : "暂定", Labels.banner(h), "", "", ""));
                }
            }
        });
    }

    private static List<String> safe(String... values) {
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            out.add(v == null ? "" : SafeText.neutralize(v));
        }
        return out;
    }

    static String num(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
