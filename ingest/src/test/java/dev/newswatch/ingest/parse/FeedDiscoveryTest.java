package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private static final URI PAGE = URI.create("https://site.example/blog/");

    @Test
    void shouldFindRssAtomAndJsonFeedLinksResolvedAgainstThePage() {
        String html = """
                <html><head>
                <link rel="stylesheet" type="text/css" href="/style.css">
                <link rel="alternate" type="application/rss+xml" title="All posts" href="/feed.xml">
                <link rel="ALTERNATE" type="application/atom+xml; charset=utf-8" href="atom.xml">
                <link rel="alternate" type="application/feed+json" title="JSON" href="https://cdn.example/feed.json">
                <link rel="alternate" type="application/rss+xml" href="/feed.xml">
                <link rel="alternate" hreflang="de" type="text/html" href="/de/">
                <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
                </head><body><a href="/other.rss">not a link element</a></body></html>
                """;

        List<FeedDiscovery.Found> found = FeedDiscovery.discover(html, PAGE);

        assertEquals(List.of(
                new FeedDiscovery.Found("https://site.example/feed.xml", "application/rss+xml", "All posts"),
                new FeedDiscovery.Found("https://site.example/blog/atom.xml", "application/atom+xml", null),
                new FeedDiscovery.Found("https://cdn.example/feed.json", "application/feed+json", "JSON")), found);
    }

    @Test
    void shouldFindNothingOnAPageWithoutFeedLinks() {
        assertEquals(List.of(), FeedDiscovery.discover("<html><head><title>x</title></head></html>", PAGE));
    }

    @Test
    void shouldTellHtmlPagesFromFeeds() {
        assertTrue(FeedDiscovery.isHtml(bytes("<rss/>"), "text/html; charset=utf-8"));
        assertTrue(FeedDiscovery.isHtml(bytes("  <!DOCTYPE html><html></html>"), null));
        assertFalse(FeedDiscovery.isHtml(bytes("<html-looking/>"), "application/rss+xml"));
        assertFalse(FeedDiscovery.isHtml(bytes("<?xml version=\"1.0\"?><rss/>"), null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
