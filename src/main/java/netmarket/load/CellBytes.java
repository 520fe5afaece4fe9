package netmarket.load;

import java.nio.charset.StandardCharsets;

/** A record's cell texts as one UTF-8 byte array, cell i being {@code bytes[start[i], end[i])} (null: empty), the form the bulk route reads. */
record CellBytes(byte[] bytes, int[] start, int[] end) {

    static CellBytes of(String[] cells, int count) {
        byte[][] each = new byte[count][];
        int total = 0;
        for (int i = 0; i < count; i++) {
            each[i] = cells[i] == null ? new byte[0] : cells[i].getBytes(StandardCharsets.UTF_8);
            total += each[i].length;
        }
        byte[] bytes = new byte[total];
        int[] start = new int[count];
        int[] end = new int[count];
        int at = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(each[i], 0, bytes, at, each[i].length);
            start[i] = at;
            at += each[i].length;
            end[i] = at;
        }
        return new CellBytes(bytes, start, end);
    }
}
