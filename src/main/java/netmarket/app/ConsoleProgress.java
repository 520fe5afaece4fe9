package netmarket.app;

import java.io.PrintStream;
import java.util.Locale;
import netmarket.load.LoadProgress;

/**
 * Progress of long loads for the data office: file, rows done, rate and, where the format tells
 * how far it is (CSV), the time left. On a terminal one line is redrawn in place; otherwise
 * (a log, a pipe, cron) plain lines are printed, at most one every few seconds.
 */
public final class ConsoleProgress implements LoadProgress {

    private final PrintStream out;
    private final boolean terminal;
    private String file;
    private long started;
    private long lastPrinted;

    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void rowsRead(String name, long rows, double fraction) {
        long now = System.nanoTime();
        if (!name.equals(file)) {
            file = name;
            started = now;
            lastPrinted = 0;
        }
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        boolean done = fraction >= 1.0;
        if (rows < LoadProgress.EVERY || (!terminal && !done && now - lastPrinted < 5_000_000_000L)) {
            return;
        }
        lastPrinted = now;
        String left = fraction > 0 && fraction < 1 ? String.format(Locale.ROOT, "，约剩 %.0f 秒", seconds * (1 - fraction) / fraction) : "";
        String pct = fraction >= 0 ? String.format(Locale.ROOT, "（%.0f%%）", fraction * 100) : "";
        String line = String.format(Locale.ROOT, "  %s：已读 %,d 行%s，%,.0f 行/秒%s", netmarket.publish.SafeText.visible(name), rows, pct,
                rows / seconds, left);
        if (terminal) {
            out.print("\r" + line + "    ");
            if (done) {
                out.println();
            }
        } else {
            out.println(line);
        }
    }
}
