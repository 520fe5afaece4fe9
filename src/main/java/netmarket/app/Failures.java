package netmarket.app;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netmarket.config.DefinitionException;
import org.slf4j.LoggerFactory;

/**
 * The one error path for users: any failure, however deep its cause (a Spring context that could
 * not start, a Batch step, DuckDB, the file system), becomes one {@link UserError} — store busy,
 * store unreadable, disk full, permission denied, definitions, or unexpected — printed in a few
 * lines with the log file that holds the full trace.
 */
public final class Failures {

    private static final Pattern LOCK = Pattern.compile("Could not set lock on file \"([^\"]+)\": Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");
    private static final Pattern FILE = Pattern.compile("file \"([^\"]+)\"");

    private Failures() {}

    /** Writes the full trace to the log, prints the plain message, returns the exit code. */
    public static int report(Throwable failure, Path logFile, PrintStream err) {
        UserError e = explain(failure, logFile == null ? null : logFile.toAbsolutePath().getParent());
        if (e.exitCode() != UserError.ARGUMENTS) {
            LoggerFactory.getLogger("netmarket.failure").error(e.text(), failure);
        }
        err.println(e.text());
        if (logFile != null && e.exitCode() != UserError.ARGUMENTS) {
            err.println("详细信息见日志 / details in the log: " + logFile.toAbsolutePath());
        }
        return e.exitCode();
    }

    /**
     * What the failure means, knowing where the store is: a failure whose own words do not say the
     * disk is full (DuckDB, once out of space, fails later statements with other messages) is
     * still reported as a full disk when the store's file system has no room left.
     */
    public static UserError explain(Throwable failure, Path storeDir) {
        UserError e = explain(failure);
        if (e.exitCode() == UserError.FAILED && storeDir != null && !e.text().contains("磁盘空间不足")) {
            try {
                Path existing = storeDir;
                while (existing != null && !java.nio.file.Files.exists(existing)) {
                    existing = existing.getParent();
                }
                if (existing != null && java.nio.file.Files.getFileStore(existing).getUsableSpace() < 4L * 1024 * 1024) {
                    return diskFull(storeDir, failure);
                }
            } catch (java.io.IOException | RuntimeException ignored) {
                // cannot tell: keep the failure's own explanation
            }
        }
        return e;
    }

    private static UserError diskFull(Path where, Throwable failure) {
        String at = where == null ? "" : "（" + where + "）";
        String atEn = where == null ? "" : " (" + where + ")";
        return new UserError(UserError.FAILED,
                "磁盘空间不足" + at + "，运行已停止；已提交的文件保留，未完成的文件不留任何数据。请释放磁盘空间后再次运行同一命令，将从中断处继续",
                "the disk is full" + atEn + "; the run stopped. Files already committed are kept, the unfinished one left nothing. "
                        + "Free some space and run the same command again: it continues where it stopped", failure);
    }

    /** What the failure means to the person running the pipeline. */
    public static UserError explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserError u) {
                return u;
            }
            if (t instanceof DefinitionException d) {
                return new UserError(UserError.ARGUMENTS, "数据源定义有误：" + d.getMessage() + "。请修改后再运行（validate 可单独检查）",
                        "a definition has an error (see above); fix it and run again", failure);
            }
        }
        String all = messages(failure);
        Matcher lock = LOCK.matcher(all);
        if (lock.find()) {
            return busy(Path.of(lock.group(1)), lock.group(2) + "，进程 " + lock.group(3), lock.group(2) + ", PID " + lock.group(3), null, failure);
        }
        if (all.contains("not a valid DuckDB database file") || all.contains("Could not read enough bytes from file")
                || all.contains("Corrupt database") || all.contains("checksum") && all.contains("block")) {
            Matcher f = FILE.matcher(all);
            return unreadable(f.find() ? Path.of(f.group(1)) : null, failure);
        }
        if (all.contains("No space left on device") || all.contains("Disk full") || all.contains("not enough space")
                || all.contains("There is not enough space on the disk")) {
            return diskFull(null, failure);
        }
        if (all.contains("Out of Memory Error")) {
            return new UserError(UserError.FAILED, "DuckDB 的内存不够用（已到 --netmarket.duckdb.memory-limit 的上限，且无法再写入临时目录）。"
                    + "本次运行未完成，已提交的文件不受影响。请调高 --netmarket.duckdb.memory-limit（如 2GB），或用 --netmarket.duckdb.temp-directory "
                    + "指定一个空间更大的目录，然后再运行",
                    "DuckDB ran out of memory (at --netmarket.duckdb.memory-limit, with nothing more it could spill). The run did not finish; "
                            + "files already committed are kept. Raise --netmarket.duckdb.memory-limit (e.g. 2GB) or point "
                            + "--netmarket.duckdb.temp-directory at a folder with more space, then run again", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException a) {
                return new UserError(UserError.FAILED, "没有权限读写 " + a.getFile() + "。请检查该文件或目录的权限（或以有权限的用户运行）",
                        "permission denied: " + a.getFile() + ". Check its permissions, or run as a user who may write it", failure);
            }
            if (t instanceof NoSuchFileException n) {
                return new UserError(UserError.FAILED, "找不到文件或目录 " + n.getFile() + "。请检查路径设置",
                        "file or folder not found: " + n.getFile() + ". Check the path settings", failure);
            }
        }
        if (all.contains("Permission denied")) {
            Matcher f = FILE.matcher(all);
            String where = f.find() ? f.group(1) : "";
            return new UserError(UserError.FAILED, "没有权限读写 " + where + "。请检查文件或目录的权限",
                    "permission denied " + where + ". Check the permissions", failure);
        }
        String first = firstLine(failure);
        return new UserError(UserError.FAILED, "运行失败：" + first + "。修复问题后再次运行同一命令，将从中断处继续",
                "the run failed: " + first + ". Fix the cause and run the same command again: it continues where it stopped", failure);
    }

    /** The store is held by another program (an analyst's session, another run). */
    public static UserError busy(Path store, String holderZh, String holderEn, java.time.Duration waited, Throwable cause) {
        String w = waited == null ? "" : "，已等待 " + waited.toSeconds() + " 秒";
        return new UserError(UserError.BUSY,
                "数据库 " + store + " 正被另一个程序占用（" + holderZh + "）" + w + "，本次未做任何操作。"
                        + "请关闭该程序，或让它以只读方式打开数据库（DuckDB 命令行加 -readonly），然后再运行",
                "the store " + store + " is held by another program (" + holderEn + ")" + (waited == null ? "" : ", waited " + waited.toSeconds() + " s")
                        + "; nothing was done. Close it, or have it open the store read-only (duckdb -readonly), then run again",
                cause);
    }

    /** The store file is not a DuckDB database it can read: never overwritten, the last good copy named. */
    public static UserError unreadable(Path store, Throwable cause) {
        String file = store == null ? "数据库文件" : store.toString();
        String prev = store == null ? "<数据库>.prev" : store + ".prev";
        return new UserError(UserError.FAILED,
                "数据库文件 " + file + " 无法读取（已损坏、被截断，或不是 DuckDB 数据库），未做任何修改。"
                        + "每次写入前保留的上一份完好副本是 " + prev + "：停止所有使用数据库的程序，将损坏的文件改名保留，"
                        + "再把副本复制为 " + file + "（见 README「数据库损坏时」），然后再运行",
                "the store " + file + " cannot be read (damaged, truncated, or not a DuckDB database); it was not changed. "
                        + "The last good copy, kept before each run that writes, is " + prev + ": stop every program using the store, "
                        + "rename the damaged file, copy the backup in its place (README, \"If the store is damaged\"), and run again",
                cause);
    }

    private static String messages(Throwable failure) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                b.append(s.getMessage()).append('\n');
            }
        }
        return b.toString();
    }

    /** The innermost message, on one line: usually the one that says what went wrong. */
    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = m.lines().findFirst().orElse(m).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
