package netmarket.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import netmarket.extract.SheetCursor;
import netmarket.extract.SheetRow;
import netmarket.extract.SpreadsheetFile;
import netmarket.extract.Spreadsheets;

/** Test support: every personal ID number and mobile number in a folder of input files. */
public final class PersonalData {

    private static final Pattern ID_OR_PHONE = Pattern.compile("(?<![0-9A-Z])(\\d{17}[\\dX]|1[3-9]\\d{9})(?![0-9A-Z])");

    private PersonalData() {}

    public static List<String> inFiles(Path inputs) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(inputs)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (SpreadsheetFile book = Spreadsheets.open(f, ',')) {
                    for (String sheet : book.sheetNames()) {
                        try (SheetCursor cursor = book.openSheet(sheet)) {
                            SheetRow row;
                            while ((row = cursor.next()) != null) {
                                row.cells().forEach(c -> {
                                    Matcher m = ID_OR_PHONE.matcher(c.text());
                                    while (m.find()) {
                                        found.add(m.group(1));
                                    }
                                });
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
