package netmarket.publish;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who may read what the pipeline publishes in outputs/: by default everyone on the machine
 * ({@code world}: files rw-r--r--, folders rwxr-xr-x), since report tools often run as another
 * user; {@code group} or {@code owner} to restrict (setting {@code netmarket.outputs-readable-by}).
 * Files are written under temporary names, which the system creates owner-only, so the mode is set
 * before each is moved into place. Never applied to the store or the personal-data key.
 */
public final class OutputPermissions {

    public static final List<String> MODES = List.of("world", "group", "owner");

    private static volatile String mode = "world";

    private OutputPermissions() {}

    public static void use(String readableBy) {
        if (!MODES.contains(readableBy)) {
            throw new IllegalArgumentException("netmarket.outputs-readable-by 应为 world、group 或 owner，写的是「" + readableBy
                    + "」 / netmarket.outputs-readable-by must be world, group or owner");
        }
        mode = readableBy;
    }

    /** Sets the mode of one file or folder (nothing on a file system without POSIX permissions). */
    static void apply(Path p) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        boolean dir = Files.isDirectory(p);
        String perms = switch (mode) {
            case "owner" -> dir ? "rwx------" : "rw-------";
            case "group" -> dir ? "rwxr-x---" : "rw-r-----";
            default -> dir ? "rwxr-xr-x" : "rw-r--r--";
        };
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }

    /** Sets the mode of a folder and everything in it. */
    static void applyTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                apply(p);
            }
        }
    }
}
