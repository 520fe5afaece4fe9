package netmarket.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal identifiers (ID numbers, phone numbers, names of staff) never reach the store in
 * clear: a keyed hash (HMAC-SHA256) identifies the same person across files, and a masked form
 * is shown. Phone numbers are kept masked only (migration V16 says why). The key lives outside the repo and the store: NETMARKET_PII_KEY, or a key file
 * created on first use with owner-only permissions.
 */
public final class PiiProtector {

    private final byte[] key;

    public PiiProtector(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("个人信息哈希密钥太短（至少16字节）");
        }
        this.key = key.clone();
    }

    /** The key from the environment variable, else from the key file (created if absent). */
    public static PiiProtector fromEnvironmentOrFile(Path keyFile) {
        String env = System.getenv("NETMARKET_PII_KEY");
        if (env != null && !env.isBlank()) {
            return new PiiProtector(env.strip().getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try { // owner-only from creation on, so the key is never readable by others, even briefly
                    Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the folder's permissions apply
                }
                Files.writeString(keyFile, HexFormat.of().formatHex(fresh));
            }
            return new PiiProtector(Files.readString(keyFile).strip().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建个人信息哈希密钥文件 " + keyFile, e);
        }
    }

    /** A key kept in a file (as the key file holds it), which must exist: never created here. */
    public static PiiProtector fromExistingFile(Path keyFile) {
        try {
            return new PiiProtector(Files.readString(keyFile).strip().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取密钥文件 " + keyFile, e);
        }
    }

    /** One keyed MAC per thread, made once: hashing runs for every personal ID of a load, on several threads. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What identifies the key without revealing it: the keyed hash of a fixed text (stored in meta.pii_key). */
    public String fingerprint() {
        return hash("netmarket:pii-key-fingerprint:v1");
    }

    public String hash(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** 350402199001011234 -> 3504**********1234. */
    public static String maskId(String id) {
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /**
     * 13812345678 -> 138****5678; shorter numbers keep only their last two digits. This is all that
     * is stored of a phone number: no indicator uses phones, and an 11-digit number's keyed hash
     * can be reversed by whoever holds the key by trying every number (V16).
     */
    public static String maskPhone(String phone) {
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }

    /** 张三 -> 张*, 欧阳明 -> 欧**. */
    public static String maskName(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
