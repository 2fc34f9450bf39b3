package dev.newswatch.app.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/** Polls a condition until it holds or a timeout passes; the failure shows what was expected and what was seen. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> whatWasSeen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionFailedError("condition not met within " + timeout.toSeconds() + " s: " + whatWasSeen.get());
            }
            try {
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            } catch (RuntimeException e) {
                throw e;
            }
        }
    }
}
