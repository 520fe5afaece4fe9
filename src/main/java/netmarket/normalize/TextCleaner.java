package netmarket.normalize;

/** Makes agency text comparable: full-width to half-width, no spaces, unified brackets. */
public final class TextCleaner {

    private TextCleaner() {}

    /** Full-width ASCII (０-９, Ａ, ．, ，, ％, －) to half-width; ideographic space to space. */
    public static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Key for matching names and headers: half-width, no whitespace, brackets as (). */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String h = halfWidth(s);
        StringBuilder sb = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            sb.append(switch (c) {
                case '【', '〔', '[' -> '(';
                case '】', '〕', ']' -> ')';
                default -> c;
            });
        }
        return sb.toString();
    }
}
