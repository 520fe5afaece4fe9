package netmarket.extract;

/** A1-style cell references to 0-based row and column numbers. */
final class CellRef {

    static final int MAX_COLUMNS = 16384; // Excel's XFD

    private CellRef() {}

    /** Returns {row, column}, 0-based; row is -1 when the reference has no digits. */
    static int[] parse(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > MAX_COLUMNS) {
                throw new IllegalArgumentException("单元格地址超出 Excel 范围: " + ref);
            }
            i++;
        }
        int row = i < ref.length() ? digits(ref, i) - 1 : -1;
        return new int[] {row, column - 1};
    }

    /** The number written from {@code from} on: read directly when plain digits, else as Integer.parseInt reads it (and fails). */
    static int digits(String s, int from) {
        int n = s.length() - from;
        if (n > 0 && n <= 9) {
            int v = 0;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return Integer.parseInt(s.substring(from));
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        return Integer.parseInt(s.substring(from));
    }

    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
