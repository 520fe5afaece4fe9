package netmarket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One whole process timed from outside, as a user runs it: wall seconds from start to exit and its
 * peak resident memory (read from /proc every few milliseconds while it runs).
 */
final class ChildRun {

    record Result(double seconds, long peakResidentMiB) {}

    private ChildRun() {}

    /** The java of this JVM with {@code args}; the output goes to {@code log}; a non-zero exit other than {@code okExit} fails. */
    static Result java(Path log, List<String> args, int... okExits) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = -1;
        while (p.isAlive()) {
            peak = Math.max(peak, Memory.peakResidentMiB(p.pid()));
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exit = p.exitValue();
        boolean ok = exit == 0;
        for (int e : okExits) {
            ok |= exit == e;
        }
        if (!ok) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + exit + ":\n" + Files.readString(log));
        }
        return new Result(seconds, peak);
    }
}
