package dev.newswatch.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for the crash tests: when the system property {@code newswatch.crash-at} names a point,
 * the process halts there (as a kill -9 would stop it), so tests can prove that a crash at the worst moment
 * loses nothing. Points: {@code after-send} (the subscriber got the alert, the ledger does not know yet) and
 * {@code after-ledger} (the ledger holds the new deliveries, the alert's offset is not committed yet). Unset
 * in production, where every check is a single field read.
 */
final class CrashPoints {

    static final String PROPERTY = "newswatch.crash-at";
    private static final Logger LOG = LoggerFactory.getLogger(CrashPoints.class);
    private static final String ARMED = System.getProperty(PROPERTY);

    private CrashPoints() {
    }

    static void reach(String point) {
        if (point.equals(ARMED)) {
            LOG.error("Crash point {} reached: halting the process as a crash test asked.", point);
            Runtime.getRuntime().halt(137);
        }
    }
}
