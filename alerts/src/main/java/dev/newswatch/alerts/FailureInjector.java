package dev.newswatch.alerts;

/**
 * A seam for failure injection at the alerter's worst moments, so crash tests can prove that a crash there loses
 * nothing. The alerter tells it each time it passes a {@link Point}; production wiring leaves it {@link #NONE},
 * and only the crash tests install one that halts the process there (as a kill -9 would stop it).
 * Implementations are called from the alerter's threads and must be thread-safe.
 */
@FunctionalInterface
public interface FailureInjector {

    /** Injects nothing. */
    FailureInjector NONE = point -> { };

    /** The moments a crash is worst at. */
    enum Point {
        /** The subscriber got the alert; the ledger does not know yet. */
        AFTER_SEND("after-send"),
        /** The ledger holds the new deliveries; the alert's offset is not committed yet. */
        AFTER_LEDGER("after-ledger");

        private final String label;

        Point(String label) {
            this.label = label;
        }

        /** The point's name in logs and crash-test settings, {@code after-send} or {@code after-ledger}. */
        public String label() {
            return label;
        }
    }

    /** Called when the alerter passes {@code point}; may halt the process, never returns an error. */
    void reached(Point point);
}
