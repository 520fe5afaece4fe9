package netmarket.extract;

import java.util.List;

/** An opened input file: a workbook with sheets, or a CSV with a single unnamed sheet. */
public interface SpreadsheetFile extends AutoCloseable {

    List<String> sheetNames();

    SheetCursor openSheet(String name);

    @Override
    void close();
}
