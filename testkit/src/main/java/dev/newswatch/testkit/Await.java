package dev.newswatch.testkit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Polls a condition until it holds or a timeout passes, instead of sleeping for a guessed time. The failure says
 * what was expected and what was seen last. Stateless and thread-safe.
 */
public final class Await {

    /** How long to wait between two polls: short against the timeouts used, long enough not to spin. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private Await() {
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @param condition   polled until true; exceptions it throws propagate
     * @param timeout     how long to wait at most
     * @param whatWasSeen describes the state seen when the wait fails (called once, on failure)
     * @throws AssertionFailedError when the condition still does not hold after {@code timeout}
     */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> whatWasSeen) {
        until("the condition to hold", condition, timeout, whatWasSeen);
    }

    /**
     * Waits until {@code condition} holds, failing with "expected {@code expected} within ...; saw ...".
     *
     * @param expected    what the condition means, e.g. {@code "3 alerts in the alerts topic"}
     * @param condition   polled until true; exceptions it throws propagate
     * @param timeout     how long to wait at most
     * @param whatWasSeen describes the state seen when the wait fails (called once, on failure)
     * @throws AssertionFailedError when the condition still does not hold after {@code timeout}
     */
    public static void until(String expected, BooleanSupplier condition, Duration timeout, Supplier<String> whatWasSeen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionFailedError("expected " + expected + " within " + describe(timeout)
                        + "; saw: " + whatWasSeen.get());
            }
            pause();
        }
    }

    /**
     * Polls {@code probe} until its value satisfies {@code accepted}, and returns that value.
     *
     * @param expected what an accepted value is, for the failure message
     * @param probe    read on each poll; exceptions it throws propagate
     * @param accepted tells when the value is the one waited for
     * @param timeout  how long to wait at most
     * @return the first accepted value
     * @throws AssertionFailedError with the expectation and the last value seen (as expected and actual)
     */
    public static <T> T value(String expected, Supplier<T> probe, Predicate<? super T> accepted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T seen = probe.get();
            if (accepted.test(seen)) {
                return seen;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionFailedError("expected " + expected + " within " + describe(timeout)
                        + "; last seen: " + seen, expected, seen);
            }
            pause();
        }
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static void pause() {
        LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        if (Thread.currentThread().isInterrupted()) {
            throw new AssertionFailedError("interrupted while waiting");
        }
    }
}
