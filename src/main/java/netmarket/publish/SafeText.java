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
