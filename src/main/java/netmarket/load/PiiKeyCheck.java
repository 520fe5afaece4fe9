package netmarket.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import netmarket.normalize.PiiProtector;
import netmarket.store.Sql;

/**
 * Keeps the store's personal-data hashes comparable: the first load records the key's
 * fingerprint; a later run with another key (a lost key file, another machine) is refused before
 * anything is loaded, instead of counting every person twice.
 */
public final class PiiKeyCheck {

    private PiiKeyCheck() {}

    /** Null when the key is the store's (recording it if the store has none yet), else the message for the user. */
    public static String verify(Connection conn, PiiProtector pii, String keySource) throws SQLException {
        String current = pii.fingerprint();
        Sql sql = Sql.on(conn);
        Optional<String> stored = sql.first("SELECT fingerprint FROM meta.pii_key LIMIT 1", rs -> rs.getString(1));
        if (stored.isPresent()) {
            return stored.get().equals(current) ? null : message(keySource);
        }
        sql.update("INSERT INTO meta.pii_key VALUES (?, ?)", current, Timestamp.valueOf(LocalDateTime.now()));
        return null;
    }

    private static String message(String keySource) {
        return "个人信息哈希密钥与数据库记录的不一致（当前密钥来自 " + keySource + "）。数据库中的身份证号、电话是用另一把密钥哈希的，"
                + "用这把密钥加载会把同一个人算作两个人，因此本次未做任何操作。请恢复原来的密钥：设置环境变量 NETMARKET_PII_KEY，"
                + "或把原密钥文件放回（--netmarket.pii-key-file 指定的位置），然后再运行。\n"
                + "The personal-data key (from " + keySource + ") is not the one this store was built with; nothing was done. "
                + "Restore the original key (NETMARKET_PII_KEY or the key file) and run again.";
    }
}
