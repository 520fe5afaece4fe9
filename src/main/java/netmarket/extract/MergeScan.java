package netmarket.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a sheet's merged ranges ({@code <mergeCell ref="A1:B2"/>}, written after all the rows)
 * by scanning the sheet's bytes instead of parsing its XML: several times faster on a
 * million-row sheet. A sheet with a DOCTYPE (never written by Excel or WPS) is not scanned; the
 * caller then uses the XML parser, which refuses what the DOCTYPE declares. A measured fast
 * path: its byte loop is one method on purpose.
 */
final class MergeScan {

    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REF = Pattern.compile("(?:^|\\s)ref\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
    private static final int MAX_PROLOG = 1 << 16;
    private static final int MAX_ELEMENT = 1 << 12;

    private MergeScan() {}

    /** The merged ranges, or null when the sheet must be read by the XML parser instead. */
    static List<CellRange> scan(InputStream in) throws IOException {
        List<CellRange> merges = new ArrayList<>();
        ByteArrayOutputStream prolog = new ByteArrayOutputStream();
        ByteArrayOutputStream element = null;
        boolean inRoot = false;
        int matched = 0;
        int before = 0;
        int last = 0;
        boolean afterName = false;
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i];
                if (!inRoot) {
                    if (last == '<' && (Character.isLetter(b) || b == '_' || b < 0)) {
                        if (indexOf(prolog.toByteArray(), DOCTYPE) >= 0) {
                            return null;
                        }
                        inRoot = true;
                    } else if (prolog.size() >= MAX_PROLOG) {
                        return null;
                    } else {
                        prolog.write(b);
                    }
                }
                if (element != null) {
                    if (b == '>') {
                        merges.add(CellRange.parse(ref(element)));
                        element = null;
                    } else if (element.size() >= MAX_ELEMENT) {
                        return null;
                    } else {
                        element.write(b);
                    }
                } else if (afterName) {
                    afterName = false;
                    if ((before == '<' || before == ':') && (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/' || b == '>')) {
                        if (b == '/' || b == '>') {
                            return null; // a mergeCell without a ref: let the parser say what it is
                        }
                        element = new ByteArrayOutputStream();
                    }
                }
                if (element == null && !afterName) {
                    if (b == NAME[matched]) {
                        if (matched == 0) {
                            before = last;
                        }
                        if (++matched == NAME.length) {
                            afterName = true;
                            matched = 0;
                        }
                    } else {
                        matched = b == NAME[0] ? 1 : 0;
                        if (matched == 1) {
                            before = last;
                        }
                    }
                }
                last = b;
            }
        }
        return merges;
    }

    private static String ref(ByteArrayOutputStream element) {
        Matcher m = REF.matcher(element.toString(StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalArgumentException("合并单元格没有 ref 属性");
        }
        return m.group(2).strip();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
