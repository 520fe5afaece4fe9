package netmarket.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tokenizer for the XML that spreadsheet writers produce, reading bytes directly: tags with
 * their r, s, t and ref attributes, text-only elements, XML's five entities and character
 * references. Whatever else it meets (a DOCTYPE, CDATA, a comment or processing instruction, a
 * prefixed name, another entity, a character XML forbids, bytes that are not UTF-8, mismatched
 * tags) throws {@link Unsupported}: the caller then uses the XML parser, which accepts or refuses
 * it as it always did. Subclasses read a sheet (SheetBytes) or the shared strings.
 * A measured fast path (BENCHMARKS.md, the XLSX figures; XlsxFileTest and SheetBytesTest hold it to
 * the parser): one class, and long tag and attribute loops, because splitting them costs calls
 * per byte.
 */
class XmlBytes {

    /** What the byte reader does not handle; the reason is for the log. */
    static final class Unsupported extends Exception {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final byte[][] COMMON = {ascii("c"), ascii("v"), ascii("row"), ascii("t"), ascii("si"), ascii("r")};

    final InputStream in;
    final byte[] buf = new byte[1 << 16];
    int pos;
    int lim;
    /** Names of the open elements, innermost last. */
    final List<byte[]> open = new ArrayList<>();

    // the tag just read
    byte[] tagName = new byte[64];
    int tagNameLength;
    boolean tagEnd;
    boolean tagSelfClosing;
    String attrR;
    String attrS;
    String attrT;
    String attrRef;
    final byte[] scratch0 = new byte[256];
    byte[] text = new byte[256];
    int textLength;

    XmlBytes(InputStream in) {
        this.in = in;
    }

    /**
     * Skips the ignorable text to the next tag and reads it; false at the end of the document,
     * which must have had its root element and closed every element it opened.
     */
    boolean nextTag(boolean rootSeen) throws IOException, Unsupported {
        skipText();
        if (!fill(1)) {
            if (!open.isEmpty() || !rootSeen) {
                throw new Unsupported("文档未完整结束");
            }
            return false;
        }
        readTag();
        return true;
    }

    /** The start of a document: a UTF-8 byte order mark, the XML declaration (UTF-8 only). */
    void start() throws IOException, Unsupported {
        if (fill(3) && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
        if (fill(2) && (buf[pos] == 0 || buf[pos + 1] == 0 || (buf[pos] & 0xFF) >= 0xFE)) {
            throw new Unsupported("不是 UTF-8");
        }
        if (fill(5) && buf[pos] == '<' && buf[pos + 1] == '?') {
            declaration();
        }
    }

    /** The text of a text-only element, to its end tag (as XMLStreamReader.getElementText). */
    String elementText() throws IOException, Unsupported {
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

    String decodeText() throws Unsupported {
        String s = new String(text, 0, textLength, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            throw new Unsupported("文本不是有效的 UTF-8（或含有替换字符）");
        }
        return s;
    }

    /** An entity or character reference in text: XML's five, or a character XML allows. */
    void reference() throws IOException, Unsupported {
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

    void appendText(byte b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = b;
    }

    /** Text between elements that is ignored, as the parser ignores it, but checked as it checks it. */
    void skipText() throws IOException, Unsupported {
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

    void skipWhitespaceOnly() throws IOException, Unsupported {
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
    void readTag() throws IOException, Unsupported {
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

    void attribute() throws IOException, Unsupported {
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

    static String once(String previous, String value) throws Unsupported {
        if (previous != null) {
            throw new Unsupported("属性重复");
        }
        return value;
    }

    void skipSpaces() throws IOException {
        while (fill(1)) {
            int b = buf[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    boolean is(byte[] name) {
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

    void openTag() {
        for (byte[] common : COMMON) {
            if (is(common)) {
                open.add(common);
                return;
            }
        }
        open.add(Arrays.copyOf(tagName, tagNameLength));
    }

    /** Closes the innermost open element; the end tag just read must name it. */
    void close() throws Unsupported {
        if (open.isEmpty() || !is(open.get(open.size() - 1))) {
            throw new Unsupported("结束标记与开始标记不匹配");
        }
        open.remove(open.size() - 1);
    }

    /** Makes at least {@code n} bytes available from pos; false at the end of the stream. */
    boolean fill(int n) throws IOException {
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

    void declaration() throws IOException, Unsupported {
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

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
