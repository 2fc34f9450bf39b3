package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class AwaitTest {

    @Test
    void shouldReturnOnceTheConditionHolds() {
        // Given a condition that holds on the third poll
        AtomicInteger polls = new AtomicInteger();

        // When
        Await.until(() -> polls.incrementAndGet() >= 3, Duration.ofSeconds(5), () -> "polls: " + polls.get());

        // Then it stopped polling right then
        assertEquals(3, polls.get());
    }

    @Test
    void shouldSayWhatWasExpectedAndWhatWasSeenWhenTheTimeoutPasses() {
        // When a condition never holds
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Await.until("3 alerts", () -> false, Duration.ofMillis(120), () -> "1 alert"));

        // Then
        assertEquals("expected 3 alerts within 120 ms; saw: 1 alert", failure.getMessage());
    }

    @Test
    void shouldReturnTheFirstAcceptedValue() {
        // Given a counter read on each poll
        AtomicInteger counter = new AtomicInteger();

        // When
        int seen = Await.value("a count of at least 4", counter::incrementAndGet, n -> n >= 4, Duration.ofSeconds(5));

        // Then
        assertEquals(4, seen);
    }

    @Test
    void shouldReportTheLastValueAsActualWhenNoValueIsAccepted() {
        // When
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Await.value("an even number", () -> 7, n -> n % 2 == 0, Duration.ofMillis(100)));

        // Then the message and the expected/actual pair show both sides
        assertEquals("expected an even number within 100 ms; last seen: 7", failure.getMessage());
        assertEquals("an even number", failure.getExpected().getValue());
        assertEquals(7, failure.getActual().getValue());
    }

    @Test
    void shouldWaitAboutTheTimeoutBeforeFailing() {
        // When
        long started = System.nanoTime();
        assertThrows(AssertionFailedError.class, () -> Await.until(() -> false, Duration.ofMillis(300), () -> "nothing"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        // Then not at once, and not much longer than one poll past the timeout
        assertTrue(waited.compareTo(Duration.ofMillis(300)) >= 0, "waited " + waited);
        assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "waited " + waited);
    }
}
