package netmarket.publish;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The scorecard as an Excel workbook in Chinese: sheet 评分表 (every item, header frozen, numbers
 * formatted, shortfalls highlighted) and sheet 汇总 (group subtotals and rates, total, verdict,
 * and a native bar chart of the group rates). Every text cell is a quote-prefixed string, so
 * nothing an agency wrote can turn into a formula.
 */
public final class XlsxScorecard {

    static final String ITEMS_SHEET = "评分表";
    static final String SUMMARY_SHEET = "汇总";

    private XlsxScorecard() {}

    public static Path write(Scorecard card, Path target) throws IOException {
        java.time.LocalDateTime made = java.time.LocalDateTime.parse(card.header().createdAt().replace(' ', 'T'));
        return AtomicFiles.write(target, out -> {
            java.io.ByteArrayOutputStream book = new java.io.ByteArrayOutputStream();
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Styles st = new Styles(wb);
                summary(wb, card, st);
                items(wb, card, st);
                // the file's own dates are the snapshot's, so exporting it again gives the same bytes
                java.util.Date date = java.util.Date.from(made.atZone(java.time.ZoneOffset.UTC).toInstant());
                wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(date));
                wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(date));
                wb.write(book);
            }
            StableZip.copy(book.toByteArray(), out, made);
        });
    }

    private static void items(XSSFWorkbook wb, Scorecard card, Styles st) {
        XSSFSheet sheet = wb.createSheet(ITEMS_SHEET);
        Scorecard.Header h = card.header();
        text(sheet.createRow(0), 0, Labels.mark(h) + h.regionName() + " " + h.rubricName() + " " + h.periodLabel() + " 第" + h.version() + "版"
                + (Labels.banner(h) == null ? "" : "　" + Labels.banner(h)), st.title);
        Row header = sheet.createRow(1);
        for (int c = 0; c < Labels.ITEM_COLUMNS.size(); c++) {
            text(header, c, Labels.ITEM_COLUMNS.get(c), st.header);
        }
        int r = 2;
        for (Scorecard.Item i : card.items()) {
            Row row = sheet.createRow(r++);
            text(row, 0, i.groupName(), st.text);
            text(row, 1, i.subgroupName(), st.text);
            text(row, 2, i.code(), st.text);
            text(row, 3, i.indicatorName(), st.wrap);
            text(row, 4, i.kind(), st.text);
            number(row, 5, i.maxPoints(), st.points);
            number(row, 6, i.points(), i.shortfall() ? st.shortfall : st.points);
            text(row, 7, i.status().label(), i.status() == ItemStatus.SCORED ? st.text : st.warn);
            number(row, 8, i.value(), st.value);
            text(row, 9, i.detail(), st.wrap);
            text(row, 10, i.missing(), st.wrap);
            text(row, 11, i.nextPoint(), st.wrap);
            text(row, 12, i.inputs(), st.wrap);
        }
        sheet.createFreezePane(4, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, Labels.ITEM_COLUMNS.size() - 1));
        // narrow enough that one page width needs no more than a slight reduction (type stays >= 8 pt);
        // long texts wrap, so the sheet runs over as many pages as it takes
        int[] widths = {8, 8, 4, 16, 5, 4, 4, 6, 8, 28, 15, 24, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printOnA4(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
    }

    /** Landscape A4, one page wide, as many pages long as it takes. */
    private static void printOnA4(XSSFSheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        for (short side : new short[] {org.apache.poi.ss.usermodel.Sheet.LeftMargin, org.apache.poi.ss.usermodel.Sheet.RightMargin}) {
            sheet.setMargin(side, 0.3);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
    }

    private static void summary(XSSFWorkbook wb, Scorecard card, Styles st) {
        XSSFSheet sheet = wb.createSheet(SUMMARY_SHEET);
        Scorecard.Header h = card.header();
        text(sheet.createRow(0), 0, Labels.mark(h) + h.regionName() + " " + h.periodLabel() + " 评分汇总（" + h.rubricName() + "）"
                + (Labels.banner(h) == null ? "" : "　" + Labels.banner(h)), st.title);
        Row header = sheet.createRow(1);
        String[] cols = {"一级指标", "得分", "满分", "得分率（%）", "达到合格得分率"};
        for (int c = 0; c < cols.length; c++) {
            text(header, c, cols[c], st.header);
        }
        int r = 2;
        for (Scorecard.Group g : card.groups()) {
            Row row = sheet.createRow(r++);
            text(row, 0, g.name(), st.text);
            number(row, 1, g.points(), st.points);
            number(row, 2, g.maxPoints(), st.points);
            number(row, 3, g.ratePct(), Boolean.FALSE.equals(g.meetsRate()) ? st.shortfall : st.value);
            text(row, 4, g.meetsRate() == null ? "" : g.meetsRate() ? "是" : "否", st.text);
        }
        int last = r - 1;
        Row total = sheet.createRow(r++);
        text(total, 0, "总分", st.header);
        number(total, 1, h.total(), st.points);
        number(total, 2, h.maxPoints(), st.points);
        Row verdict = sheet.createRow(r++);
        text(verdict, 0, "结论", st.header);
        text(verdict, 1, Labels.verdict(h.verdict()), st.text);
        if (h.verdictReason() != null) {
            Row reason = sheet.createRow(r++);
            text(reason, 0, "不合格原因", st.header);
            text(reason, 1, h.verdictReason(), st.text);
        }
        if (Labels.banner(h) != null) {
            Row banner = sheet.createRow(r++);
            text(banner, 0, h.withdrawn() ? "已撤回" : "暂定", st.header);
            text(banner, 1, Labels.banner(h), st.shortfall);
        }
        if (h.passTotalMin() != null) {
            Row rule = sheet.createRow(r++);
            text(rule, 0, "合格标准", st.header);
            text(rule, 1, "总分≥" + h.passTotalMin().stripTrailingZeros().toPlainString() + "分，且每个一级指标得分率≥"
                    + h.passGroupRateMin().stripTrailingZeros().toPlainString() + "%", st.text);
        }
        for (int c = 0; c < cols.length; c++) {
            sheet.setColumnWidth(c, (c == 0 ? 14 : 12) * 256);
        }
        chart(sheet, 2, last, r + 1);
        printOnA4(sheet);
    }

    /** A clustered column chart of the group rates, drawn by Excel from the cells above it. */
    private static void chart(XSSFSheet sheet, int firstRow, int lastRow, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 8, anchorRow + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("各一级指标得分率（%）");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setMinimum(0);
        y.setMaximum(100);
        XDDFDataSource<String> groups = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> rates = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 3, 3));
        y.setCrossBetween(org.apache.poi.xddf.usermodel.chart.AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(org.apache.poi.xddf.usermodel.chart.BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(groups, rates);
        series.setTitle("得分率（%）", null);
        org.apache.poi.xddf.usermodel.XDDFShapeProperties fill = new org.apache.poi.xddf.usermodel.XDDFShapeProperties();
        fill.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                org.apache.poi.xddf.usermodel.XDDFColor.from(new byte[] {(byte) 0x1F, (byte) 0x6F, (byte) 0xB2})));
        series.setShapeProperties(fill);
        chart.plot(data);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        XSSFCell cell = (XSSFCell) row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value); // always a string cell; the style's quote prefix keeps it text on edit
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        XSSFCell cell = (XSSFCell) row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue()); // display only: points and rates have at most 6 decimals
        }
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle warn;
        final CellStyle points;
        final CellStyle shortfall;
        final CellStyle value;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = textStyle(wb);
            title.setFont(big);
            header = textStyle(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = textStyle(wb);
            wrap = textStyle(wb);
            wrap.setWrapText(true);
            warn = textStyle(wb);
            warn.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            warn.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            points = wb.createCellStyle();
            points.setDataFormat(wb.createDataFormat().getFormat("0.0#"));
            points.setVerticalAlignment(VerticalAlignment.TOP);
            shortfall = wb.createCellStyle();
            shortfall.cloneStyleFrom(points);
            shortfall.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            shortfall.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            value = wb.createCellStyle();
            value.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            value.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle textStyle(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setQuotePrefixed(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
