package netmarket.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netmarket.normalize.PiiProtector;
import netmarket.store.Sql;

/**
 * Changing the personal-data key on purpose. A keyed hash cannot be turned into another key's
 * hash without the number in clear, so the files that hold personal identifiers are read again
 * with the new key: they are marked for reloading and the store's fingerprint becomes the new
 * key's, in one transaction; the run that follows replaces their rows. Allowed only to whoever
 * holds the old key, and only while every such file is still in the inputs folder unchanged.
 */
public final class Rekey {

    /** What was decided: marked files, or why nothing was done. */
    public record Outcome(List<String> marked, String refusal) {}

    private Rekey() {}

    /**
     * Marks the loads with personal identifiers for reloading under {@code newKey}, in the caller's
     * transaction. {@code inputs} maps each content hash found in the inputs folder to its name.
     */
    public static Outcome prepare(Connection conn, PiiProtector oldKey, PiiProtector newKey, Map<String, String> inputs)
            throws SQLException {
        Sql sql = Sql.on(conn);
        String stored = sql.first("SELECT fingerprint FROM meta.pii_key LIMIT 1", rs -> rs.getString(1)).orElse(null);
        if (stored != null && !stored.equals(oldKey.fingerprint())) {
            return new Outcome(List.of(), "旧密钥与数据库记录的不一致：只有持有原密钥才能更换密钥。/ The old key given is not this store's key.");
        }
        if (newKey.fingerprint().equals(stored)) {
            return new Outcome(List.of(), null);
        }
        Map<String, String> personal = new LinkedHashMap<>();
        sql.each("""
                SELECT content_sha256, file_name FROM meta.load WHERE status = 'loaded' AND load_id IN (
                    SELECT load_id FROM fact.operator WHERE person_id_hash IS NOT NULL
                    UNION SELECT load_id FROM fact.operator_sales WHERE person_id_hash IS NOT NULL
                    UNION SELECT load_id FROM fact.staff_training)
                ORDER BY file_name""", rs -> personal.put(rs.getString(1), rs.getString(2)));
        List<String> missing = new ArrayList<>();
        personal.forEach((sha, name) -> {
            if (!inputs.containsKey(sha)) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            return new Outcome(List.of(), "以下含个人信息的文件已不在输入目录中（或内容已改变），无法用新密钥重新读取，未做任何更改: " + missing
                    + "。请把原文件放回输入目录后再运行 rekey。/ These files with personal data are no longer in the inputs folder; nothing was changed.");
        }
        List<String> marked = new ArrayList<>();
        for (String sha : new LoadRegistry().requestReload(conn, personal.keySet())) {
            marked.add(personal.get(sha));
        }
        sql.update("DELETE FROM meta.pii_key");
        sql.update("INSERT INTO meta.pii_key VALUES (?, current_timestamp)", newKey.fingerprint());
        marked.sort(null);
        return new Outcome(marked, null);
    }

    /** Content hash to name of every file in the inputs folder, for {@link #prepare}. */
    public static Map<String, String> contentOf(Map<String, Path> files) {
        Map<String, String> bySha = new LinkedHashMap<>();
        files.forEach((name, path) -> bySha.put(FileLoader.sha256(path), name));
        return bySha;
    }
}
