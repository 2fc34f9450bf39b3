package dev.newswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetcherSettingsTest {

    private static final FetcherSettings DEFAULTS = FetcherSettings.defaults();

    @Test
    void shouldUseTheDocumentedDefaults() {
        assertEquals(Duration.ofSeconds(10), DEFAULTS.connectTimeout());
        assertEquals(Duration.ofSeconds(30), DEFAULTS.totalDeadline());
        assertEquals(10_485_760L, DEFAULTS.maxBodyBytes());
        assertEquals(5, DEFAULTS.maxRedirects());
        assertEquals("Newswatch/0.1 (+https://github.com/newswatch/newswatch; feed monitor)", DEFAULTS.userAgent());
    }

    @Test
    void shouldFillInDefaultsForNullValues() {
        FetcherSettings settings = new FetcherSettings(null, null, 1024, 3, null);

        assertEquals(FetcherSettings.DEFAULT_CONNECT_TIMEOUT, settings.connectTimeout());
        assertEquals(FetcherSettings.DEFAULT_TOTAL_DEADLINE, settings.totalDeadline());
        assertEquals(FetcherSettings.DEFAULT_USER_AGENT, settings.userAgent());
    }

    @Test
    void shouldRejectAZeroConnectTimeout() {
        assertInvalid("connectTimeout", () -> new FetcherSettings(Duration.ZERO, null, 1024, 5, null));
    }

    @Test
    void shouldRejectANegativeTotalDeadline() {
        assertInvalid("totalDeadline", () -> DEFAULTS.withTotalDeadline(Duration.ofSeconds(-1)));
    }

    @Test
    void shouldRejectAZeroBodyCap() {
        assertInvalid("maxBodyBytes", () -> DEFAULTS.withMaxBodyBytes(0));
    }

    @Test
    void shouldRejectABodyCapLargerThanAnArray() {
        assertInvalid("maxBodyBytes", () -> DEFAULTS.withMaxBodyBytes(Integer.MAX_VALUE));
    }

    @Test
    void shouldRejectNegativeRedirects() {
        assertInvalid("maxRedirects", () -> DEFAULTS.withMaxRedirects(-1));
    }

    @Test
    void shouldRejectMoreThanTwentyRedirects() {
        assertInvalid("maxRedirects", () -> DEFAULTS.withMaxRedirects(21));
    }

    @Test
    void shouldRejectABlankUserAgent() {
        assertInvalid("userAgent", () -> new FetcherSettings(null, null, 1024, 5, "  "));
    }

    @Test
    void shouldRejectAUserAgentThatWouldSplitTheHeader() {
        assertInvalid("userAgent", () -> new FetcherSettings(null, null, 1024, 5, "Newswatch\r\nX-Evil: 1"));
    }

    private static void assertInvalid(String setting, Runnable construction) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(thrown.getMessage().startsWith(setting), thrown.getMessage());
    }
}
