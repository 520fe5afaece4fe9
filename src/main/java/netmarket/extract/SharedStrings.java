package netmarket.extract;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared-strings table, kept off the heap once it grows large: a register of a
 * million operators has millions of unique strings, which would otherwise set the heap a load
 * needs. Small tables stay in memory; past {@link #IN_MEMORY_CHARS} characters everything is
 * written to a temporary file (UTF-8) with an index of offsets, both read back through a small block
 * cache ({@link BlockReader}; memory-mapping them added their whole size to the process's resident
 * memory, about 150 MiB for a 5x10^6-row register).
 */
final class SharedStrings implements AutoCloseable {

    static final long IN_MEMORY_CHARS = 4_000_000;
    private static final long LARGEST = 1L << 30;

    private final long inMemoryLimit;
    private final List<String> inMemory = new ArrayList<>();
    private long chars;
    private Path dataFile;
    private Path indexFile;
    private OutputStream data;
    private DataOutputStream index;
    private long written;
    private int count;
    private BlockReader text;
    private BlockReader offsets;

    private SharedStrings(long inMemoryLimit) {
        this.inMemoryLimit = inMemoryLimit;
    }

    /** Where sharedStrings.xml comes from, opened afresh each time (null: the workbook has none). */
    interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads sharedStrings.xml from its bytes (XmlBytes), several times faster than the XML parser;
     * when they hold anything the byte reader leaves to the parser, reads it again with the parser,
     * which accepts or refuses it as it always did.
     */
    static SharedStrings read(Source source, long inMemoryLimit) throws IOException {
        InputStream first = source.open();
        if (first == null) {
            return read((InputStream) null, inMemoryLimit);
        }
        SharedStrings s = new SharedStrings(inMemoryLimit);
        try (first) {
            new FromBytes(first, s).read();
            s.finish();
            return s;
        } catch (XmlBytes.Unsupported | IOException e) {
            s.close(); // the parser reads it again, and says what is wrong if anything is
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return read(source.open(), inMemoryLimit);
    }

    /** The si elements' text runs, phonetic (rPh) runs left out, exactly as the parser reading below. */
    private static final class FromBytes extends XmlBytes {
        private static final byte[] SI = ascii("si");
        private static final byte[] T = ascii("t");
        private static final byte[] RPH = ascii("rPh");
        private final SharedStrings target;

        FromBytes(InputStream in, SharedStrings target) {
            super(in);
            this.target = target;
        }

        void read() throws IOException, Unsupported {
            start();
            boolean rootSeen = false;
            int phonetic = 0;
            StringBuilder current = null;
            while (nextTag(rootSeen)) {
                if (tagEnd) {
                    if (is(RPH)) {
                        phonetic--;
                    } else if (is(SI) && current != null) {
                        target.add(current.toString());
                        current = null;
                    }
                    close();
                    continue;
                }
                rootSeen = true;
                if (is(SI)) {
                    if (tagSelfClosing) {
                        target.add("");
                        current = null;
                    } else {
                        current = new StringBuilder();
                        openTag();
                    }
                } else if (is(T)) {
                    if (!tagSelfClosing) {
                        openTag();
                        String text = elementText();
                        if (current != null && phonetic == 0) {
                            current.append(text);
                        }
                    }
                } else if (!tagSelfClosing) {
                    if (is(RPH)) {
                        phonetic++;
                    }
                    openTag();
                }
            }
        }
    }

    /** Reads sharedStrings.xml with the XML parser: each si's text runs, without phonetic (rPh) runs. */
    static SharedStrings read(InputStream xml) throws IOException {
        return read(xml, IN_MEMORY_CHARS);
    }

    /** As {@link #read(InputStream)}, spilling to disk past the given number of characters. */
    static SharedStrings read(InputStream xml, long inMemoryLimit) throws IOException {
        SharedStrings s = new SharedStrings(inMemoryLimit);
        if (xml == null) {
            s.finish();
            return s;
        }
        try (xml) {
            XMLStreamReader r = XlsxFile.xmlFactory().createXMLStreamReader(xml);
            StringBuilder current = null;
            int phonetic = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String text = r.getElementText();
                            if (current != null && phonetic == 0) {
                                current.append(text);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("rPh".equals(r.getLocalName())) {
                        phonetic--;
                    } else if ("si".equals(r.getLocalName()) && current != null) {
                        s.add(current.toString());
                        current = null;
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            s.close();
            throw new InputFileException("共享字符串表（sharedStrings.xml）无法读取: " + XlsxFile.rootMessage(e), e);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        s.finish();
        return s;
    }

    int count() {
        return count;
    }

    boolean spilled() {
        return dataFile != null;
    }

    /** The temporary files holding spilled strings (empty while in memory). */
    List<Path> files() {
        return dataFile == null ? List.of() : List.of(dataFile, indexFile);
    }

    String get(int i) {
        if (i < 0 || i >= count) {
            throw new InputFileException("共享字符串索引越界: " + i);
        }
        if (text == null) {
            return inMemory.get(i);
        }
        try {
            long at = i * 8L;
            return new String(text.bytes(offsets.getLong(at), offsets.getLong(at + 8)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String value) throws IOException {
        count++;
        if (data == null) {
            inMemory.add(value);
            chars += value.length();
            if (chars > inMemoryLimit) {
                spill();
            }
            return;
        }
        write(value);
    }

    private void spill() throws IOException {
        dataFile = Files.createTempFile("netmarket-sst-", ".bin");
        indexFile = Files.createTempFile("netmarket-sst-", ".idx");
        data = new BufferedOutputStream(Files.newOutputStream(dataFile), 1 << 16);
        index = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(indexFile), 1 << 16));
        for (String s : inMemory) {
            write(s);
        }
        inMemory.clear();
    }

    private void write(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > LARGEST) {
            throw new InputFileException("单元格文本过大（超过 1 GiB）");
        }
        index.writeLong(written);
        data.write(bytes);
        written += bytes.length;
    }

    private void finish() throws IOException {
        if (data == null) {
            return;
        }
        index.writeLong(written);
        data.close();
        index.close();
        text = new BlockReader(dataFile, 64);
        offsets = new BlockReader(indexFile, 16);
    }

    @Override
    public void close() {
        try {
            if (data != null) {
                data.close();
                index.close();
            }
        } catch (IOException ignored) {
            // temporary files: removed below
        }
        for (BlockReader r : new BlockReader[] {text, offsets}) {
            if (r != null) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // read-only temporary file: removed below
                }
            }
        }
        text = null;
        offsets = null;
        for (Path p : new Path[] {dataFile, indexFile}) {
            if (p != null) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    p.toFile().deleteOnExit();
                }
            }
        }
    }

}
