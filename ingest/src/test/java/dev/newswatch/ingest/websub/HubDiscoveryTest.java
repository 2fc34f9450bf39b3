package dev.newswatch.ingest.websub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubDiscoveryTest {

    private static final URI FETCHED = URI.create("https://news.example/feed.xml");

    @Test
    void shouldFindTheHubAndSelfOfAnAtomFeed() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>News</title>
                  <link rel="alternate" href="https://news.example/"/>
                  <link rel="hub" href="https://hub.example/"/>
                  <link rel="self" href="https://news.example/atom"/>
                  <entry><title>a</title><link rel="hub" href="https://item-level.example/"/></entry>
                </feed>""";
        HubLinks links = discover(atom, List.of());
        assertEquals(new HubLinks(URI.create("https://hub.example/"), URI.create("https://news.example/atom")), links);
    }

    @Test
    void shouldFindTheAtomLinksOfAnRssChannel() {
        String rss = """
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <title>News</title><link>https://news.example/</link>
                  <atom:link rel="self" href="/rss" type="application/rss+xml"/>
                  <atom:link rel="hub" href="https://pubsubhubbub.example/"/>
                  <item><title>a</title><link>https://news.example/a</link></item>
                </channel></rss>""";
        HubLinks links = discover(rss, List.of());
        // The relative self URL resolves against the URL the feed was fetched from
        assertEquals(new HubLinks(URI.create("https://pubsubhubbub.example/"), URI.create("https://news.example/rss")), links);
    }

    @Test
    void shouldPreferLinkHeadersToTheDocument() {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"hub\" href=\"https://in-body.example/\"/></feed>";
        List<String> headers = List.of("<https://header-hub.example/>; rel=\"hub\", <https://news.example/topic>; rel=self");
        HubLinks links = discover(atom, headers);
        assertEquals(new HubLinks(URI.create("https://header-hub.example/"), URI.create("https://news.example/topic")), links);
    }

    @Test
    void shouldReadARelListAndFallBackToTheFetchedUrlWithoutSelf() {
        HubLinks links = discover("<feed><link rel=\"hub other\" href=\"http://hub.example/h\"/></feed>", List.of());
        assertEquals(new HubLinks(URI.create("http://hub.example/h"), FETCHED), links);
    }

    @Test
    void shouldFindTheWebSubHubOfAJsonFeed() {
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "News",
                 "feed_url": "https://news.example/feed.json",
                 "hubs": [{"type": "rssCloud", "url": "https://cloud.example/"},
                          {"type": "WebSub", "url": "https://hub.example/websub"}],
                 "items": []}""";
        assertEquals(new HubLinks(URI.create("https://hub.example/websub"), URI.create("https://news.example/feed.json")),
                discover(json, List.of()));
    }

    @Test
    void shouldFindNothingWithoutAHubOrWithAHubThatIsNotHttp() {
        assertNull(discover("<rss><channel><title>GitHub news</title><item><link>https://github.com/hub</link></item></channel></rss>",
                List.of()));
        assertNull(discover("<feed><link rel=\"hub\" href=\"ftp://hub.example/\"/></feed>", List.of()));
        assertNull(HubDiscovery.discover(null, null, List.of("<https://x.example/>; rel=\"self\""), FETCHED));
    }

    private static HubLinks discover(String document, List<String> headers) {
        return HubDiscovery.discover(document.getBytes(StandardCharsets.UTF_8), null, headers, FETCHED);
    }
}
