package dev.newswatch.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time, the number that stays honest when other work shares the cores (wall-clock rates fall with the load).
 * Thread-safe.
 */
public final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Clock ticks per second of /proc times ({@code getconf CLK_TCK}); 100 on every usual Linux. */
    private static final long CLOCK_TICKS = Long.getLong("newswatch.bench.clk-tck", 100);

    private CpuTime() {
    }

    /** CPU nanoseconds of this whole process so far (every thread, JIT and GC included); 0 when the JVM cannot tell. */
    public static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /**
     * CPU nanoseconds of the calling thread so far.
     *
     * @throws IllegalStateException when this JVM cannot measure it
     */
    public static long currentThreadNanos() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure the CPU time of a thread");
        }
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * CPU nanoseconds (user + system) of another process so far, every thread included, read from
     * {@code /proc/PID/stat} (Linux; resolution one clock tick, 10 ms).
     *
     * @throws UncheckedIOException when the process is gone or there is no /proc
     */
    public static long processNanos(long pid) {
        long[] times = procTimes("/proc/" + pid + "/stat");
        return ticksToNanos(times[0] + times[1]);
    }

    /**
     * CPU nanoseconds (user + system) of this process's child processes that have ended and been waited for
     * ({@code /proc/self/stat} cutime + cstime, as {@code getrusage(RUSAGE_CHILDREN)}): the difference around a
     * {@link Process#waitFor()} is what that child used, when it is the only child ending meanwhile.
     */
    public static long endedChildrenNanos() {
        long[] times = procTimes("/proc/self/stat");
        return ticksToNanos(times[2] + times[3]);
    }

    /** utime, stime, cutime, cstime in clock ticks: fields 14-17 of proc(5), counted after the command's ')'. */
    private static long[] procTimes(String file) {
        String stat;
        try {
            stat = Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14])};
    }

    private static long ticksToNanos(long ticks) {
        return ticks * 1_000_000_000L / CLOCK_TICKS;
    }
}
