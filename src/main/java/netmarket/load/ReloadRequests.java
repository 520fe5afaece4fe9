package netmarket.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command {@code reload --file=PATTERN}: marks the current load of each file's content so that
 * the next run loads the file again, as a new load that replaces it (see {@link FileLoader#load}).
 */
public final class ReloadRequests {

    private ReloadRequests() {}

    /**
     * Marks the files (name relative to the inputs folder, and path) whose content is loaded, in the
     * caller's transaction. Returns the names of those that were, in the order given; the others
     * (never loaded, or failed) are left for the run to load as usual.
     */
    public static List<String> request(Connection conn, Map<String, Path> files) throws SQLException {
        Map<String, String> shaByName = new LinkedHashMap<>();
        files.forEach((name, path) -> shaByName.put(name, FileLoader.sha256(path)));
        Set<String> marked = new HashSet<>(new LoadRegistry().requestReload(conn, new HashSet<>(shaByName.values())));
        List<String> names = new ArrayList<>();
        shaByName.forEach((name, sha) -> {
            if (marked.contains(sha)) {
                names.add(name);
            }
        });
        return names;
    }
}
