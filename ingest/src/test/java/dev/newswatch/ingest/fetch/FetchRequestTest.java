package dev.newswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FetchRequestTest {

    private static final URI FEED = URI.create("https://feeds.example/rss");

    @Test
    void shouldTreatBlankValidatorsAsAbsent() {
        FetchRequest request = new FetchRequest(FEED, " ", "");

        assertNull(request.etag());
        assertNull(request.lastModified());
    }

    @Test
    void shouldKeepValidatorsVerbatimApartFromSurroundingSpace() {
        FetchRequest request = new FetchRequest(FEED, " W/\"abc\" ", "Sun, 01 Jun 2025 10:00:00 GMT");

        assertEquals("W/\"abc\"", request.etag());
        assertEquals("Sun, 01 Jun 2025 10:00:00 GMT", request.lastModified());
    }

    @Test
    void shouldRejectARelativeUrl() {
        assertThrows(IllegalArgumentException.class, () -> FetchRequest.of(URI.create("/rss")));
    }

    @Test
    void shouldRejectAValidatorWithALineBreak() {
        assertThrows(IllegalArgumentException.class, () -> new FetchRequest(FEED, "\"a\"\r\nX-Evil: 1", null));
    }
}
