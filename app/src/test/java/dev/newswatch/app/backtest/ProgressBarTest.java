package dev.newswatch.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stderr progress bar: its line, and at most one redraw per 200 ms. */
class ProgressBarTest {

    @Test
    void shouldDrawTheBarWithTheCountAndTheUnit() {
        assertEquals("[" + "#".repeat(7) + " ".repeat(23) + "] 1234/5000 articles",
                ProgressBar.render(1234, 5000, "articles"));
        assertEquals("[" + "#".repeat(30) + "] 5000/5000 articles", ProgressBar.render(5000, 5000, "articles"));
    }

    @Test
    void shouldRedrawAtMostEvery200MillisecondsAndOnceMoreAtTheEnd() {
        // Given a clock that the test moves
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "articles", now::get);

        // When: 100 updates within 199 ms, then one at 200 ms, then the end
        for (int i = 1; i <= 100; i++) {
            now.set(i * 1_990_000L);
            bar.update(i, 1000);
        }
        now.set(1_990_000L + ProgressBar.MIN_GAP_NANOS);
        bar.update(101, 1000);
        bar.finish();

        // Then: the first update, the one 200 ms later, and the final state
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(3, drawn.chars().filter(c -> c == '\r').count(), drawn);
        assertEquals(true, drawn.endsWith(" 101/1000 articles\n"), drawn);
    }
}
