package dev.newswatch.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldHashTheUrlWithSha256InLowerCaseHex() {
        // Given: the FIPS 180-2 test vector, SHA-256("abc")
        String input = "abc";

        // When
        String id = ArticleIds.forUrl(input);

        // Then
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", id);
    }

    @Test
    void shouldGiveTheSameIdToTheSameCanonicalUrl() {
        // Given
        String first = UrlCanonicalizer.canonicalize("HTTPS://Example.com/a?utm_source=rss");
        String second = UrlCanonicalizer.canonicalize("https://example.com:443/a#top");

        // When
        String firstId = ArticleIds.forUrl(first);
        String secondId = ArticleIds.forUrl(second);

        // Then
        assertEquals(firstId, secondId);
        assertTrue(firstId.matches("[0-9a-f]{64}"), firstId);
    }

    @Test
    void shouldScopeGuidsToTheirFeed() {
        // Given
        String guid = "12345";

        // When
        String inFeedA = ArticleIds.forGuid("feed-a", guid);
        String inFeedB = ArticleIds.forGuid("feed-b", guid);

        // Then
        assertNotEquals(inFeedA, inFeedB);
        assertEquals(inFeedA, ArticleIds.forGuid("feed-a", "  12345 "));
        assertTrue(inFeedA.matches("[0-9a-f]{64}"), inFeedA);
    }

    @Test
    void shouldNotConfuseAFeedAndGuidSplitDifferently() {
        // When
        String first = ArticleIds.forGuid("ab", "c");
        String second = ArticleIds.forGuid("a", "bc");

        // Then
        assertNotEquals(first, second);
    }

    @Test
    void shouldDistinguishContentWithoutLinkOrGuid() {
        // Given
        Instant published = Instant.parse("2026-01-13T09:30:00Z");

        // When
        String id = ArticleIds.forContent("feed-a", "Title", "<p>Body</p>", published);
        String sameAgain = ArticleIds.forContent("feed-a", "Title", "<p>Body</p>", published);
        String otherBody = ArticleIds.forContent("feed-a", "Title", "<p>Other</p>", published);
        String noDate = ArticleIds.forContent("feed-a", "Title", "<p>Body</p>", null);

        // Then
        assertEquals(id, sameAgain);
        assertNotEquals(id, otherBody);
        assertNotEquals(id, noDate);
        assertTrue(noDate.matches("[0-9a-f]{64}"), noDate);
    }
}
