package netmarket.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an XLSX) with every entry dated {@code when}, in the same order and with the
 * same content, so the same snapshot exported twice gives the same bytes.
 */
final class StableZip {

    private StableZip() {}

    static void copy(byte[] zip, OutputStream out, LocalDateTime when) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(when);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
    }
}
