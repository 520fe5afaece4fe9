package netmarket.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import netmarket.samples.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderLabelsTest {

    @TempDir
    Path dir;

    @Test
    void aTwoRowHeaderWithMergedGroupAndMergedRegionColumnGivesOneLabelPerColumn() throws IOException {
        // given: 地区 merged down A1:A2, 社会消费品零售总额 merged across B1:C1 over 累计 | 同比增长
        Path file = Workbooks.xlsx("社零")
                .row("地区", "社会消费品零售总额", null)
                .row(null, "累计", "同比增长")
                .row("三明市", 1234.5, 6.1)
                .merge(0, 1, 0, 0)
                .merge(0, 0, 1, 2)
                .write(dir.resolve("header.xlsx"));
        List<SheetRow> headerRows;
        List<CellRange> merges;
        try (SpreadsheetFile f = Spreadsheets.open(file, ','); SheetCursor cursor = f.openSheet("社零")) {
            headerRows = List.of(cursor.next(), cursor.next());
            merges = cursor.merges();
        }

        // when
        List<String> labels = HeaderLabels.build(headerRows, merges);

        // then
        assertThat(labels).containsExactly("地区", "社会消费品零售总额/累计", "社会消费品零售总额/同比增长");
    }

    @Test
    void aSingleHeaderRowGivesItsCellsStripped() {
        // given
        List<SheetRow> header = List.of(row(1, " 地区 ", "网上零售额"));

        // when
        List<String> labels = HeaderLabels.build(header, List.of());

        // then
        assertThat(labels).containsExactly("地区", "网上零售额");
    }

    @Test
    void aMergedBlockReachingPastTheLastWrittenCellStillGivesColumns() {
        // given: the group is merged over B1:D1, and row 2 only has text up to C2
        List<SheetRow> header = List.of(row(1, "地区", "快递业务量"), row(2, "", "累计", "同比"));
        List<CellRange> merges = List.of(new CellRange(0, 0, 1, 3));

        // when
        List<String> labels = HeaderLabels.build(header, merges);

        // then
        assertThat(labels).containsExactly("地区", "快递业务量/累计", "快递业务量/同比", "快递业务量");
    }

    @Test
    void anUnmergedBlankHeaderCellAddsNothing() {
        // given: no merges, so the blank A2 is simply empty
        List<SheetRow> header = List.of(row(1, "地区", "数值"), row(2, "", "万元"));

        // when
        List<String> labels = HeaderLabels.build(header, List.of());

        // then
        assertThat(labels).containsExactly("地区", "数值/万元");
    }

    @Test
    void mergesOutsideTheHeaderRowsAreIgnored() {
        // given: a title merged across A1:F1 above a header in row 3
        List<SheetRow> header = List.of(row(3, "地区", "数值"));
        List<CellRange> merges = List.of(new CellRange(0, 0, 0, 5));

        // when
        List<String> labels = HeaderLabels.build(header, merges);

        // then
        assertThat(labels).containsExactly("地区", "数值");
    }

    private static SheetRow row(int number, String... texts) {
        return new SheetRow(number, java.util.Arrays.stream(texts).map(CellValue::text).toList());
    }
}
