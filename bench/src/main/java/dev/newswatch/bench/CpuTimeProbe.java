package dev.newswatch.bench;

import dev.newswatch.bench.harness.CpuTime;

/**
 * Articles per CPU-second of the calling thread: runs a pass over the corpus again and again, first to warm the
 * JIT, then while measuring the thread's own CPU time. On a machine shared with other work, wall-clock rates
 * (what JMH reports) fall with the load; CPU time counts only what this thread got, so it stays close to the
 * rate of one idle core. Not thread-safe; call from one thread.
 */
final class CpuTimeProbe {

    private final double warmupCpuSeconds;
    private final double measureCpuSeconds;

    CpuTimeProbe(double warmupCpuSeconds, double measureCpuSeconds) {
        // Fails now, not after the warm-up, when this JVM cannot measure a thread's CPU time.
        CpuTime.currentThreadNanos();
        this.warmupCpuSeconds = warmupCpuSeconds;
        this.measureCpuSeconds = measureCpuSeconds;
    }

    /**
     * @param pass             one pass over the corpus; returns something derived from its work (kept, so the JIT
     *                         cannot drop the work)
     * @param articlesPerPass  articles in one pass
     * @return articles per CPU-second of this thread
     */
    double articlesPerCpuSecond(Pass pass, int articlesPerPass) {
        long sink = run(pass, warmupCpuSeconds)[1];
        long[] measured = run(pass, measureCpuSeconds);
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the warm-up results alive");
        }
        return measured[0] * (double) articlesPerPass / (measured[2] / 1e9);
    }

    /** Passes until {@code cpuSeconds} of CPU are used: {passes, sink, CPU nanoseconds}. */
    private static long[] run(Pass pass, double cpuSeconds) {
        long budget = (long) (cpuSeconds * 1e9);
        long start = CpuTime.currentThreadNanos();
        long passes = 0;
        long sink = 0;
        long used;
        do {
            sink += pass.run();
            passes++;
            used = CpuTime.currentThreadNanos() - start;
        } while (used < budget);
        return new long[] {passes, sink, used};
    }

    /** One pass over the corpus. */
    @FunctionalInterface
    interface Pass {
        long run();
    }
}
