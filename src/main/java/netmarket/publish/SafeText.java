package netmarket.publish;

/**
 * Text for spreadsheets that can never become a formula: a value starting with =, +, -, @, a tab
 * or a carriage return is prefixed with an apostrophe, as Excel itself marks text.
 */
public final class SafeText {

    private SafeText() {}

    public static boolean isRisky(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /** The text, apostrophe-prefixed if risky; a plain number ("-3.9") is left as it is. */
    public static String neutralize(String s) {
        return isRisky(s) && !s.matches("-?\\d+(\\.\\d+)?") ? "'" + s : s;
    }

    /**
     * Text for a terminal line or a log line, shown as it is and nothing more: a newline, carriage
     * return, tab, any other control character and any invisible formatting mark (the bidi overrides
     * U+202A-202E and U+2066-2069, zero-width characters) is written visibly as {@code \n},
     * {@code \r}, {@code \t} or a backslash-u code (U+202E as backslash, u, 202E), so a crafted file name cannot start a line of its
     * own, fake a summary row or reorder what is shown.
     */
    public static String visible(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (!hidden) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String html(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
