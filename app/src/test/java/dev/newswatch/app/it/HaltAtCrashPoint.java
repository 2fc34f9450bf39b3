package dev.newswatch.app.it;

import dev.newswatch.alerts.FailureInjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crash tests' failure injector: when the system property {@code newswatch.crash-at} names a
 * {@link FailureInjector.Point} ({@code after-send}, {@code after-ledger}), the process halts there, as a kill -9
 * would stop it. On the test class path only (a {@link java.util.ServiceLoader} provider, found by the alerts
 * wiring); {@link AlertsProcess} arms it in a child JVM. Unarmed, it does nothing.
 */
public final class HaltAtCrashPoint implements FailureInjector {

    static final String PROPERTY = "newswatch.crash-at";
    private static final Logger LOG = LoggerFactory.getLogger(HaltAtCrashPoint.class);

    private final String armed = System.getProperty(PROPERTY);

    @Override
    public void reached(Point point) {
        if (point.label().equals(armed)) {
            LOG.error("Crash point {} reached: halting the process as a crash test asked.", point.label());
            Runtime.getRuntime().halt(137);
        }
    }
}
