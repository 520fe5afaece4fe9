package netmarket.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import netmarket.extract.InputFileException;
import netmarket.extract.SheetCursor;
import netmarket.extract.SpreadsheetFile;
import netmarket.extract.Spreadsheets;
import netmarket.source.SourceDefinition;

/**
 * Chooses, among the definitions whose file patterns match a file, the one whose header the file
 * actually has (two agencies both send "…投诉处理情况_2024年.xlsx"). None or several: the file is
 * reported with each candidate and why it did or did not fit, never guessed.
 */
final class ContentRouter {

    private ContentRouter() {}

    static SourceDefinition choose(Path file, String name, List<SourceDefinition> candidates, LoadContext ctx) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<SourceDefinition> fits = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SourceDefinition def : candidates) {
            try {
                HeaderSearch.Found found = headerOf(file, name, def, ctx);
                fits.add(def);
                reasons.add("  " + def.id() + "（" + def.name() + "）: 符合，表头在第 " + found.headerRows().get(0).rowNumber() + " 行");
            } catch (InputFileException e) {
                reasons.add("  " + def.id() + "（" + def.name() + "）: 不符合——" + e.getMessage());
            }
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        String ids = candidates.stream().map(SourceDefinition::id).toList().toString();
        throw new InputFileException((fits.isEmpty()
                ? "文件名符合 " + candidates.size() + " 个数据源定义 " + ids + "，但表头不符合其中任何一个"
                : "文件同时符合多个数据源定义 " + fits.stream().map(SourceDefinition::id).toList()
                        + "，请在各定义的 header.requires 中写明各自表头特有的列")
                + " / the file fits " + (fits.isEmpty() ? "none" : "more than one") + " of the definitions " + ids + ":\n"
                + String.join("\n", reasons));
    }

    /** The header {@code def} finds in the file's first sheet it reads, or why it finds none. */
    static HeaderSearch.Found headerOf(Path file, String name, SourceDefinition def, LoadContext ctx) {
        try (SpreadsheetFile book = Spreadsheets.open(file, def.delimiter())) {
            String sheet = SheetLoader.sheetsToRead(book, def).get(0);
            try (SheetCursor cursor = book.openSheet(sheet)) {
                return HeaderSearch.find(def, HeaderSearch.readAhead(cursor, def).rows(), cursor.merges(), cursor.sheetName(), name, ctx);
            }
        }
    }
}
