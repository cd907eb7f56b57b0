package pe.rutas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Shared helpers of the benchmarks: timing statistics, peak RSS, result lines. Not part of the app. */
final class BenchSupport {
    private BenchSupport() {}

    /** Peak resident set size of this process in MiB (Linux VmHWM), or -1 where /proc is absent. */
    static double peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: RSS is reported as unknown
        }
        return -1;
    }

    static double median(double[] xs) {
        return percentile(xs, 50);
    }

    static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    /**
     * One machine-readable line per figure: {@code RESULT <name> <value> <unit> baseline=<b> ratio=<r> rss=<MiB>}.
     * bench/run collects these into bench/results.md.
     */
    static void result(String name, double value, String unit, String baselineName, double baseline) {
        System.out.println(String.format(Locale.ROOT, "RESULT %s %.2f %s baseline(%s)=%.2f ratio=%.2f rss=%.0fMiB",
                name, value, unit, baselineName, baseline, baseline > 0 ? value / baseline : Double.NaN, peakRssMiB()));
    }
}
