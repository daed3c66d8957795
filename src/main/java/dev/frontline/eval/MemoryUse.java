package dev.frontline.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the bot's matching costs in memory, for {@code eval}: the Java heap still in use after a
 * collection (the answer bank, its vectors and caches) and the process's peak resident size, which
 * also counts the ONNX model and runtime living outside the heap. Peak RSS is read from Linux's
 * /proc; elsewhere it is null rather than a guess.
 */
public record MemoryUse(double heapMb, Double peakRssMb) {
    private static final double MIB = 1024 * 1024;

    public static MemoryUse now() {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new MemoryUse(heap / MIB, peakRssMb(Path.of("/proc/self/status")));
    }

    /** The VmHWM line ("VmHWM:   512000 kB") of a /proc status file, in MiB; null if absent. */
    static Double peakRssMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (!line.startsWith("VmHWM:")) continue;
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024 / MIB;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
