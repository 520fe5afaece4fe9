package netmarket.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Test support: the pipeline as a person starts it, a real process in a folder of its own, with what it printed on the terminal. */
final class Launcher {

    /** How a run ended and what it printed on standard output and standard error. */
    record Result(int exit, String out, String err) {
        String terminal() {
            return out + err;
        }

        /** A line of a Java stack trace ("\tat ...", "Caused by: ...", "...Exception:"). */
        boolean showsStackTrace() {
            return terminal().lines().anyMatch(l -> l.matches("\\s+at .*") || l.startsWith("Caused by:") || l.matches("^[\\w.$]+(Exception|Error)(: .*)?$"));
        }
    }

    private Launcher() {}

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        // the logging a user gets (src/main/resources/logback.xml), not the tests' own logback-test.xml
        String logging = Path.of(java.net.URI.create(Launcher.class.getClassLoader().getResource("logback.xml").toString())).toString();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dlogback.configurationFile=" + logging, "-cp", System.getProperty("java.class.path"), "netmarket.Application"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("NETMARKET_"));
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the run did not end within 5 minutes: " + args[0]);
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    /** Starts a process that opens the store read-only, as an analyst's DuckDB session would, and holds it for {@code millis}. */
    static Process holdReadOnly(Path store, long millis) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ReadOnlyHolder.class.getName(), store.toString(), String.valueOf(millis))
                .redirectErrorStream(true).start();
        byte[] line = new byte[16];
        int n = p.getInputStream().read(line); // "holding" once the store is open
        if (n <= 0) {
            throw new IllegalStateException("the read-only session did not start");
        }
        return p;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
