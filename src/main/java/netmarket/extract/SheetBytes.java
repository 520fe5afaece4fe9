package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a worksheet's rows straight from the bytes of its XML, several times faster than the
 * JDK's XML parser, for the XML that spreadsheet writers produce: rows of {@code c} elements
 * holding {@code v}, {@code f} and inline-string {@code t} texts. Anything else (a DOCTYPE,
 * CDATA, a comment or processing instruction, an element name with a prefix, an element other
 * than {@code c} inside a row, an entity other than XML's five, a character XML forbids, bytes
 * that are not UTF-8, mismatched or unclosed tags) throws {@link Unsupported} before the row it
 * is in is returned: the caller then reads on with the XML parser, which accepts or refuses it
 * as it always did. The texts returned are what the parser returns for the same elements.
 */
final class SheetBytes {

    /** What the byte reader does not handle; the reason is for the log. */
    static final class Unsupported extends Exception {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One row as written: its r attribute and its cells' r, t and s attributes and texts. */
    static final class RawRow {
        String r;
        int size;
        String[] refs = new String[16];
        String[] types = new String[16];
        String[] styles = new String[16];
        String[] values = new String[16];
        String[] inlines = new String[16];

        private void clear() {
            r = null;
            size = 0;
        }

        private void add(String ref, String type, String style, String value, String inline) {
            if (size == refs.length) {
                refs = Arrays.copyOf(refs, size * 2);
                types = Arrays.copyOf(types, size * 2);
                styles = Arrays.copyOf(styles, size * 2);
                values = Arrays.copyOf(values, size * 2);
                inlines = Arrays.copyOf(inlines, size * 2);
            }
            refs[size] = ref;
            types[size] = type;
            styles[size] = style;
            values[size] = value;
            inlines[size] = inline;
            size++;
        }
    }

    private static final byte[] NAME_ROW = ascii("row");
    private static final byte[] NAME_C = ascii("c");
    private static final byte[] NAME_V = ascii("v");
    private static final byte[] NAME_T = ascii("t");
    private static final byte[] NAME_F = ascii("f");
    private static final byte[] NAME_SHEET_DATA = ascii("sheetData");
    private static final byte[] NAME_DIMENSION = ascii("dimension");

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private final RawRow row = new RawRow();
    /** Names of the open elements, innermost last. */
    private final List<byte[]> open = new ArrayList<>();
    private boolean inSheetData;
    private boolean sheetDataDone;
    private boolean rootSeen;
    private String dimension;

    // the tag just read
    private byte[] tagName = new byte[64];
    private int tagNameLength;
    private boolean tagEnd;
    private boolean tagSelfClosing;
    private String attrR;
    private String attrS;
    private String attrT;
    private String attrRef;
    private final byte[] scratch0 = new byte[256];
    private byte[] text = new byte[256];
    private int textLength;

    SheetBytes(InputStream in) {
        this.in = in;
    }

    /** The ref of the sheet's dimension element, once read (before the first row). */
    String dimension() {
        return dimension;
    }

    /** The next row, or null after the last; the returned object is reused by the next call. */
    RawRow next() throws IOException, Unsupported {
        if (sheetDataDone) {
            return null;
        }
        if (!inSheetData) {
            prolog();
            if (sheetDataDone) {
                rest();
                return null;
            }
        }
        while (true) {
            skipWhitespaceOnly();
            readTag();
            if (tagEnd) {
                if (!is(NAME_SHEET_DATA)) {
                    throw new Unsupported("sheetData 中有意外的结束标记");
                }
                close();
                sheetDataDone = true;
                rest();
                return null;
            }
            if (!is(NAME_ROW)) {
                throw new Unsupported("sheetData 中有 row 以外的元素");
            }
            row.clear();
            row.r = attrR;
            if (tagSelfClosing) {
                return row;
            }
            openTag();
            readCells();
            return row;
        }
    }

    /** Up to sheetData: the declaration's encoding, the dimension, no DOCTYPE, comment or PI. */
    private void prolog() throws IOException, Unsupported {
        if (fill(3) && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
        if (fill(2) && (buf[pos] == 0 || buf[pos + 1] == 0 || (buf[pos] & 0xFF) >= 0xFE)) {
            throw new Unsupported("不是 UTF-8");
        }
        if (fill(5) && buf[pos] == '<' && buf[pos + 1] == '?') {
            declaration();
        }
        while (true) {
            skipWhitespaceOnly();
            readTag();
            if (tagEnd) {
                close();
                continue;
            }
            if (is(NAME_DIMENSION) && attrRef != null) {
                dimension = attrRef;
            }
            rootSeen = true;
            if (is(NAME_SHEET_DATA)) {
                if (tagSelfClosing) {
                    sheetDataDone = true;
                } else {
                    openTag();
                    inSheetData = true;
                }
                return;
            }
            if (!tagSelfClosing) {
                openTag();
            }
        }
    }

    /** After sheetData: only well-formed elements without rows, to the end of the document. */
    private void rest() throws IOException, Unsupported {
        while (true) {
            skipText();
            if (!fill(1)) {
                if (!open.isEmpty() || !rootSeen) {
                    throw new Unsupported("文档未完整结束");
                }
                return;
            }
            readTag();
            if (tagEnd) {
                close();
            } else if (is(NAME_ROW) || is(NAME_C)) {
                throw new Unsupported("sheetData 之外还有行");
            } else if (!tagSelfClosing) {
                openTag();
            }
        }
    }

    /** The cells of the row just opened, to its end tag. */
    private void readCells() throws IOException, Unsupported {
        while (true) {
            skipWhitespaceOnly();
            readTag();
            if (tagEnd) {
                close(); // must be </row>
                return;
            }
            if (!is(NAME_C)) {
                throw new Unsupported("row 中有 c 以外的元素");
            }
            String ref = attrR;
            String type = attrT;
            String style = attrS;
            if (tagSelfClosing) {
                row.add(ref, type, style, null, null);
                continue;
            }
            openTag();
            int depth = open.size();
            String value = null;
            StringBuilder inline = null;
            while (true) {
                skipText();
                readTag();
                if (tagEnd) {
                    boolean cellEnds = open.size() == depth;
                    close();
                    if (cellEnds) {
                        break;
                    }
                    continue;
                }
                if (tagSelfClosing) {
                    if (is(NAME_V)) {
                        value = ""; // as the parser reads <v/>: an empty text
                    } else if (is(NAME_T) && inline == null) {
                        inline = new StringBuilder();
                    }
                    continue;
                }
                if (is(NAME_V) || is(NAME_T) || is(NAME_F)) {
                    boolean v = is(NAME_V);
                    boolean t = is(NAME_T);
                    openTag();
                    String content = elementText();
                    if (v) {
                        value = content;
                    } else if (t) {
                        if (inline == null) {
                            inline = new StringBuilder();
                        }
                        inline.append(content);
                    }
                } else {
                    openTag();
                }
            }
            row.add(ref, type, style, value, inline == null ? null : inline.toString());
        }
    }

    /** The text of a text-only element, to its end tag (as XMLStreamReader.getElementText). */
    private String elementText() throws IOException, Unsupported {
        textLength = 0;
        int last1 = 0;
        int last2 = 0;
        while (true) {
            if (!fill(1)) {
                throw new Unsupported("文档意外结束");
            }
            int b = buf[pos++];
            if (b == '<') {
                pos--;
                readTag();
                if (!tagEnd) {
                    throw new Unsupported("文本元素中有子元素");
                }
                close();
                return decodeText();
            }
            if (b == '&') {
                reference();
            } else if (b == '\r') {
                if (fill(1) && buf[pos] == '\n') {
                    pos++;
                }
                appendText((byte) '\n');
            } else {
                if (b >= 0 && b < 0x20 && b != '\t' && b != '\n') {
                    throw new Unsupported("文本中有 XML 不允许的字符");
                }
                if (b == '>' && last1 == ']' && last2 == ']') {
                    throw new Unsupported("文本中有 ]]>");
                }
                appendText((byte) b);
            }
            last2 = last1;
            last1 = b;
        }
    }

    private String decodeText() throws Unsupported {
        String s = new String(text, 0, textLength, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            throw new Unsupported("文本不是有效的 UTF-8（或含有替换字符）");
        }
        return s;
    }

    /** An entity or character reference in text: XML's five, or a character XML allows. */
    private void reference() throws IOException, Unsupported {
        int n = 0;
        while (true) {
            if (!fill(1) || n >= 12) {
                throw new Unsupported("实体引用不完整");
            }
            byte b = buf[pos++];
            if (b == ';') {
                break;
            }
            scratch0[n++] = b;
        }
        String name = new String(scratch0, 0, n, StandardCharsets.US_ASCII);
        switch (name) {
            case "amp" -> appendText((byte) '&');
            case "lt" -> appendText((byte) '<');
            case "gt" -> appendText((byte) '>');
            case "quot" -> appendText((byte) '"');
            case "apos" -> appendText((byte) '\'');
            default -> {
                if (!name.startsWith("#")) {
                    throw new Unsupported("未声明的实体 " + name);
                }
                int cp;
                try {
                    cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                } catch (NumberFormatException e) {
                    throw new Unsupported("字符引用无效");
                }
                boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                        || (cp >= 0x10000 && cp <= 0x10FFFF);
                if (!allowed) {
                    throw new Unsupported("字符引用指向 XML 不允许的字符");
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    appendText(b);
                }
            }
        }
    }

    private void appendText(byte b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = b;
    }

    /** Text between elements that is ignored, as the parser ignores it, but checked as it checks it. */
    private void skipText() throws IOException, Unsupported {
        while (fill(1)) {
            int b = buf[pos];
            if (b == '<') {
                return;
            }
            if (b == '&' || (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
                throw new Unsupported("元素之间有实体或不允许的字符");
            }
            pos++;
        }
    }

    private void skipWhitespaceOnly() throws IOException, Unsupported {
        while (fill(1)) {
            int b = buf[pos];
            if (b == '<') {
                return;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                throw new Unsupported("元素之间有文本");
            }
            pos++;
        }
        throw new Unsupported("文档意外结束");
    }

    /** Reads one tag at '<': its name, whether it ends or closes itself, and the r, s, t and ref attributes. */
    private void readTag() throws IOException, Unsupported {
        if (!fill(2) || buf[pos] != '<') {
            throw new Unsupported("此处应为标记");
        }
        pos++;
        int first = buf[pos];
        if (first == '!' || first == '?') {
            throw new Unsupported("DOCTYPE、注释、CDATA 或处理指令");
        }
        tagEnd = first == '/';
        if (tagEnd) {
            pos++;
        }
        tagNameLength = 0;
        tagSelfClosing = false;
        attrR = null;
        attrS = null;
        attrT = null;
        attrRef = null;
        while (true) {
            if (!fill(1)) {
                throw new Unsupported("文档意外结束");
            }
            int b = buf[pos];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>') {
                break;
            }
            if (b == ':' || b == '<' || b == '&') {
                throw new Unsupported("元素名有前缀或无效");
            }
            if (tagNameLength == tagName.length) {
                throw new Unsupported("元素名过长");
            }
            tagName[tagNameLength++] = (byte) b;
            pos++;
        }
        if (tagNameLength == 0) {
            throw new Unsupported("元素名为空");
        }
        while (true) {
            skipSpaces();
            if (!fill(1)) {
                throw new Unsupported("文档意外结束");
            }
            int b = buf[pos];
            if (b == '>') {
                pos++;
                return;
            }
            if (b == '/') {
                if (tagEnd || !fill(2) || buf[pos + 1] != '>') {
                    throw new Unsupported("标记格式错误");
                }
                pos += 2;
                tagSelfClosing = true;
                return;
            }
            if (tagEnd) {
                throw new Unsupported("结束标记带属性");
            }
            attribute();
        }
    }

    private void attribute() throws IOException, Unsupported {
        int n = 0;
        boolean prefixed = false;
        while (true) {
            if (!fill(1)) {
                throw new Unsupported("文档意外结束");
            }
            int b = buf[pos];
            if (b == '=' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                break;
            }
            if (b == '>' || b == '/' || b == '<' || b == '"' || b == '\'') {
                throw new Unsupported("属性格式错误");
            }
            if (b == ':') {
                prefixed = true;
            }
            if (n < scratch0.length) {
                scratch0[n] = (byte) b;
            }
            n++;
            pos++;
        }
        skipSpaces();
        if (!fill(1) || buf[pos] != '=') {
            throw new Unsupported("属性缺少等号");
        }
        pos++;
        skipSpaces();
        if (!fill(1) || (buf[pos] != '"' && buf[pos] != '\'')) {
            throw new Unsupported("属性值缺少引号");
        }
        byte quote = buf[pos++];
        int start = textLength = 0;
        while (true) {
            if (!fill(1)) {
                throw new Unsupported("文档意外结束");
            }
            int b = buf[pos++];
            if (b == quote) {
                break;
            }
            if (b == '<' || b == '&' || (b >= 0 && b < 0x20)) {
                throw new Unsupported("属性值含实体或特殊字符");
            }
            appendText((byte) b);
        }
        if (prefixed || n > 3) {
            return; // only r, s, t and ref matter; a prefixed attribute (xml:space, r:id) is not one of them
        }
        String value = new String(text, start, textLength, StandardCharsets.UTF_8);
        if (n == 1 && scratch0[0] == 'r') {
            attrR = once(attrR, value);
        } else if (n == 1 && scratch0[0] == 's') {
            attrS = once(attrS, value);
        } else if (n == 1 && scratch0[0] == 't') {
            attrT = once(attrT, value);
        } else if (n == 3 && scratch0[0] == 'r' && scratch0[1] == 'e' && scratch0[2] == 'f') {
            attrRef = once(attrRef, value);
        }
    }

    private static String once(String previous, String value) throws Unsupported {
        if (previous != null) {
            throw new Unsupported("属性重复");
        }
        return value;
    }

    private void skipSpaces() throws IOException {
        while (fill(1)) {
            int b = buf[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean is(byte[] name) {
        if (tagNameLength != name.length) {
            return false;
        }
        for (int i = 0; i < tagNameLength; i++) {
            if (tagName[i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private void openTag() {
        open.add(is(NAME_C) ? NAME_C : is(NAME_V) ? NAME_V : is(NAME_ROW) ? NAME_ROW : is(NAME_T) ? NAME_T : Arrays.copyOf(tagName, tagNameLength));
    }

    /** Closes the innermost open element; the end tag just read must name it. */
    private void close() throws Unsupported {
        if (open.isEmpty() || !is(open.get(open.size() - 1))) {
            throw new Unsupported("结束标记与开始标记不匹配");
        }
        open.remove(open.size() - 1);
    }

    /** Makes at least {@code n} bytes available from pos; false at the end of the stream. */
    private boolean fill(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
        while (lim < n) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                return false;
            }
            lim += r;
        }
        return true;
    }

    private void declaration() throws IOException, Unsupported {
        StringBuilder decl = new StringBuilder();
        while (true) {
            if (!fill(2)) {
                throw new Unsupported("XML 声明不完整");
            }
            if (buf[pos] == '?' && buf[pos + 1] == '>') {
                pos += 2;
                break;
            }
            decl.append((char) (buf[pos++] & 0xFF));
            if (decl.length() > 200) {
                throw new Unsupported("XML 声明过长");
            }
        }
        String d = decl.toString().strip();
        if (!d.startsWith("<?xml ") && !d.equals("<?xml")) {
            throw new Unsupported("处理指令");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']").matcher(d);
        if (m.find() && !m.group(1).equalsIgnoreCase("UTF-8")) {
            throw new Unsupported("编码为 " + m.group(1));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
