package netmarket.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory for the benchmarks: the heap (the JVM's own pools) and the resident set of a whole
 * process, which is what the machine gives (heap, metaspace, DuckDB's native memory, mapped files).
 * Resident peaks come from Linux's /proc (VmHWM); elsewhere they are reported as -1.
 */
final class Memory {

    private Memory() {}

    /** Starts a fresh in-process measurement: heap peaks and this process's resident high-water mark reset. */
    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // Linux: resets VmHWM to the current RSS
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux: resident peaks stay -1
        }
    }

    static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1 << 20);
    }

    /** The peak resident set of a process so far (VmHWM), in MiB; -1 when it cannot be read (gone, or not Linux). */
    static long peakResidentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two reads, or this is not Linux
        }
        return -1;
    }

    static long peakResidentMiB() {
        return peakResidentMiB(ProcessHandle.current().pid());
    }
}
