package netmarket.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of records an export says it holds ("共 4,443 条", "共计4443条记录", "记录数：4443"),
 * written above its header or in a footer, so a load can check it read them all.
 */
public final class StatedCount {

    private static final Pattern COUNT = Pattern.compile("(?:共计?|合计|总计|记录数\\s*[:：])\\s*([0-9][0-9,，]*)\\s*(?:条|行|户|个|项|家)?");

    private StatedCount() {}

    public static Optional<Long> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = COUNT.matcher(TextCleaner.halfWidth(text));
        while (m.find()) {
            String digits = m.group(1).replace(",", "").replace("，", "");
            if (!digits.isEmpty() && digits.length() <= 12 && (m.group(0).contains("条") || m.group(0).contains("记录") || m.group(0).contains("行"))) {
                return Optional.of(Long.parseLong(digits));
            }
        }
        return Optional.empty();
    }
}
