package dev.newswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hop checks, including the HTTPS to HTTP downgrade that the local plain-HTTP server cannot show. */
class RedirectRuleTest {

    private static final URI SECURE_FEED = URI.create("https://feeds.example/rss");

    @Test
    void shouldRefuseAnHttpsToHttpDowngrade() {
        URI insecure = URI.create("http://feeds.example/rss");

        String refusal = RedirectRule.refusal(SECURE_FEED, insecure, List.of(SECURE_FEED), 5);

        assertEquals("refused HTTPS to HTTP downgrade: https://feeds.example/rss -> http://feeds.example/rss", refusal);
    }

    @Test
    void shouldAllowAnHttpToHttpsUpgrade() {
        URI insecure = URI.create("http://feeds.example/rss");

        assertNull(RedirectRule.refusal(insecure, SECURE_FEED, List.of(insecure), 5));
    }

    @Test
    void shouldAllowHttpsToHttpsOnAnotherHost() {
        URI mirror = URI.create("https://mirror.example/rss");

        assertNull(RedirectRule.refusal(SECURE_FEED, mirror, List.of(SECURE_FEED), 5));
    }

    @Test
    void shouldRefuseARedirectToANonHttpScheme() {
        URI file = URI.create("file:///etc/passwd");

        String refusal = RedirectRule.refusal(SECURE_FEED, file, List.of(SECURE_FEED), 5);

        assertEquals("refused redirect to a non-HTTP URL: https://feeds.example/rss -> file:///etc/passwd", refusal);
    }

    @Test
    void shouldNameTheLoopWhenATargetWasAlreadyRequested() {
        URI a = URI.create("https://feeds.example/a");
        URI b = URI.create("https://feeds.example/b");

        String refusal = RedirectRule.refusal(b, a, List.of(SECURE_FEED, a, b), 5);

        assertEquals("redirect loop: https://feeds.example/a -> https://feeds.example/b -> https://feeds.example/a",
                refusal);
    }

    @Test
    void shouldAllowExactlyTheMaximumNumberOfRedirects() {
        // Given: the first request and four redirects so far; the fifth is allowed, the sixth is not
        List<URI> chain = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            chain.add(URI.create("https://feeds.example/" + i));
        }
        URI fifth = URI.create("https://feeds.example/5");

        // When
        String allowed = RedirectRule.refusal(chain.get(4), fifth, chain, 5);
        chain.add(fifth);
        String refused = RedirectRule.refusal(fifth, URI.create("https://feeds.example/6"), chain, 5);

        // Then
        assertNull(allowed);
        assertEquals("too many redirects (6)", refused);
    }

    @Test
    void shouldRefuseEveryRedirectWhenTheMaximumIsZero() {
        String refusal = RedirectRule.refusal(SECURE_FEED, URI.create("https://feeds.example/new"),
                List.of(SECURE_FEED), 0);

        assertEquals("too many redirects (1)", refusal);
    }

    @Test
    void shouldResolveARelativeLocationAndDropTheFragment() throws URISyntaxException {
        assertEquals(URI.create("https://feeds.example/news/atom.xml"),
                RedirectRule.target(URI.create("https://feeds.example/news/rss"), "atom.xml#top"));
        assertEquals(URI.create("https://feeds.example/atom.xml"),
                RedirectRule.target(URI.create("https://feeds.example/news/rss"), " /atom.xml "));
        assertEquals(URI.create("https://cdn.example/feed"),
                RedirectRule.target(SECURE_FEED, "//cdn.example/feed"));
    }

    @Test
    void shouldRejectALocationThatIsNotAUri() {
        assertThrows(URISyntaxException.class, () -> RedirectRule.target(SECURE_FEED, "/a feed with spaces"));
    }
}
