package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Politeness per host: requests in flight and the gap between request starts. */
class HostLimiterTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private static final String HOST = "example.com";

    @Test
    void shouldAllowUpToConcurrencyRequestsInFlight() {
        HostLimiter limiter = new HostLimiter(2, Duration.ZERO);

        assertTrue(limiter.tryAcquire(HOST, T0));
        assertTrue(limiter.tryAcquire(HOST, T0));
        assertFalse(limiter.tryAcquire(HOST, T0), "a third request to the same host must wait");
    }

    @Test
    void shouldFreeSlotOnRelease() {
        // Given one slot, taken
        HostLimiter limiter = new HostLimiter(1, Duration.ZERO);
        assertTrue(limiter.tryAcquire(HOST, T0));
        assertFalse(limiter.tryAcquire(HOST, T0));

        // When
        limiter.release(HOST);

        // Then
        assertTrue(limiter.tryAcquire(HOST, T0));
    }

    @Test
    void shouldLimitEachHostSeparately() {
        HostLimiter limiter = new HostLimiter(1, Duration.ofSeconds(2));

        assertTrue(limiter.tryAcquire("a.example", T0));
        assertTrue(limiter.tryAcquire("b.example", T0));
        assertFalse(limiter.tryAcquire("a.example", T0));
    }

    @Test
    void shouldWaitMinGapBetweenStartsToOneHost() {
        // Given room for four requests but a 2-second gap
        HostLimiter limiter = new HostLimiter(4, Duration.ofSeconds(2));
        assertTrue(limiter.tryAcquire(HOST, T0));

        // Then
        assertFalse(limiter.tryAcquire(HOST, T0.plusMillis(1_999)), "1.999 s after the last start is too early");
        assertTrue(limiter.tryAcquire(HOST, T0.plusSeconds(2)), "2 s after the last start is allowed");
        assertFalse(limiter.tryAcquire(HOST, T0.plusSeconds(3)), "the gap counts from the latest start");
    }

    @Test
    void shouldApplyGapEvenAfterRelease() {
        HostLimiter limiter = new HostLimiter(1, Duration.ofSeconds(2));
        assertTrue(limiter.tryAcquire(HOST, T0));

        limiter.release(HOST);

        assertFalse(limiter.tryAcquire(HOST, T0.plusSeconds(1)));
        assertTrue(limiter.tryAcquire(HOST, T0.plusSeconds(2)));
    }

    @Test
    void shouldApplyNoGapToLocalFiles() {
        // Given a long gap, file: URLs share the pseudo-host "file", which has none
        HostLimiter limiter = new HostLimiter(2, Duration.ofMinutes(10));
        String file = HostLimiter.hostOf("file:///work/config/demo/techwire.xml");

        // Then
        assertEquals("file", file);
        assertTrue(limiter.tryAcquire(file, T0));
        assertTrue(limiter.tryAcquire(file, T0));
        assertFalse(limiter.tryAcquire(file, T0), "concurrency still applies to files");
    }

    @Test
    void shouldNotGoBelowZeroWhenReleasedTooOften() {
        HostLimiter limiter = new HostLimiter(1, Duration.ZERO);
        limiter.release(HOST);
        limiter.release(HOST);

        assertTrue(limiter.tryAcquire(HOST, T0));
        assertFalse(limiter.tryAcquire(HOST, T0), "extra releases must not create extra slots");
    }

    @Test
    void shouldKeyHostsInLowerCase() {
        assertEquals("example.com", HostLimiter.hostOf("https://Example.COM/feed.xml"));
        assertEquals("example.com", HostLimiter.hostOf("http://example.com:8080/rss"));
        assertEquals("127.0.0.1", HostLimiter.hostOf("http://127.0.0.1:41234/feed/1.xml"));
    }

    @Test
    void shouldKeyUnparseableUrlsTogether() {
        assertEquals("invalid", HostLimiter.hostOf("http://exa mple.com/"));
    }

    @Test
    void shouldRejectConcurrencyBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new HostLimiter(0, Duration.ZERO));
    }
}
