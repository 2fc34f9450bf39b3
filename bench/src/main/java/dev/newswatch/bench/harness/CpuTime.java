package dev.newswatch.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time, the number that stays honest when other work shares the cores (wall-clock rates fall with the load).
 * Thread-safe.
 */
public final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
}
