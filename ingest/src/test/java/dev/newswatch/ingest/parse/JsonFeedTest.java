package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON Feed 1.0 and 1.1 through the same parser and normaliser as RSS and Atom; examples written for this test. */
class JsonFeedTest {

    private static final URI BASE = URI.create("https://wire.example/feed.json");

    private static final String V11 = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Wire",
              "home_page_url": "https://wire.example/",
              "feed_url": "https://wire.example/feed.json",
              "language": "en-GB",
              "items": [
                {
                  "id": "2",
                  "url": "/news/northwind-raises",
                  "title": "Northwind raises $120M & more",
                  "content_html": "<p>Northwind Robotics closed a <b>$120 million</b> round.</p>",
                  "summary": "Robots for warehouses.",
                  "date_published": "2026-11-30T08:15:00+01:00",
                  "date_modified": "2026-11-30T09:00:00Z",
                  "authors": [{"name": "Ada Byline"}, {"url": "https://wire.example/staff"}],
                  "tags": ["funding", "robots"]
                },
                {
                  "id": "1",
                  "external_url": "https://other.example/story",
                  "content_text": "Plain text with <angle> brackets.\\nSecond line."
                }
              ]
            }
            """;

    private static final String V10 = """
            {"version": "https://jsonfeed.org/version/1", "title": "Old Wire",
             "items": [{"id": 7, "url": "https://wire.example/7", "title": "Seven",
                        "content_text": "Text.", "date_published": "2026-01-02T03:04:05Z",
                        "author": {"name": "Old Author"}}]}
            """;

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldReadAJsonFeed11ItemWithEveryField() throws FeedParseException {
        ParsedFeed feed = parse(V11, "application/feed+json");

        assertEquals("Wire", feed.title());
        assertEquals("https://wire.example/", feed.link());
        assertEquals("en-GB", feed.language());
        assertEquals(2, feed.items().size());
        ParsedItem item = feed.items().get(0);
        assertEquals("2", item.guid());
        assertEquals("https://wire.example/news/northwind-raises", item.link());
        assertEquals("Northwind raises $120M &amp; more", item.title());
        assertEquals("<p>Northwind Robotics closed a <b>$120 million</b> round.</p>", item.contentHtml());
        assertEquals("Robots for warehouses.", item.descriptionHtml());
        assertEquals(Instant.parse("2026-11-30T07:15:00Z"), item.published());
        assertEquals(Instant.parse("2026-11-30T09:00:00Z"), item.updated());
        assertEquals(List.of("Ada Byline"), item.authors());
        assertEquals(List.of("funding", "robots"), item.categories());
    }

    @Test
    void shouldUseTheExternalUrlAndEscapeContentText() throws FeedParseException {
        ParsedItem item = parse(V11, null).items().get(1);

        assertEquals("https://other.example/story", item.link());
        assertEquals("Plain text with &lt;angle&gt; brackets.\nSecond line.", item.contentHtml());
        assertNull(item.title());
        assertNull(item.published());
    }

    @Test
    void shouldReadAJsonFeed10WithANumericIdAndASingleAuthor() throws FeedParseException {
        ParsedItem item = parse(V10, "application/json").items().get(0);

        assertEquals("7", item.guid());
        assertEquals(List.of("Old Author"), item.authors());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), item.published());
    }

    @Test
    void shouldNormaliseJsonFeedItemsIntoArticlesLikeRssItems() throws FeedParseException {
        List<Article> articles = new ArticleNormalizer().normalize(new FeedSpec("wire", BASE.toString(), "Wire", null, null),
                parse(V11, null), Instant.parse("2026-12-01T00:00:00Z"));

        assertEquals(2, articles.size());
        assertEquals("Northwind raises $120M & more", articles.get(0).title());
        assertTrue(articles.get(0).summary().contains("$120 million"), articles.get(0).summary());
        assertEquals("https://wire.example/news/northwind-raises", articles.get(0).url());
    }

    @Test
    void shouldSkipItemsThatAreNotObjectsOrHaveNoIdentityAndIgnoreFieldsOfTheWrongType() throws FeedParseException {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "items": [
                  "not an item", 42, {"title": "no id, no url"},
                  {"id": "ok", "title": ["wrong", "type"], "date_published": "yesterday-ish", "tags": "one",
                   "authors": {"name": "not a list"}, "content_html": {"html": "no"}}
                ]}
                """, null);

        assertEquals(1, feed.items().size());
        ParsedItem item = feed.items().get(0);
        assertEquals("ok", item.guid());
        assertNull(item.title());
        assertNull(item.published());
        assertNull(item.contentHtml());
        assertEquals(List.of(), item.categories());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [",
            "{\"title\": \"no version\", \"items\": []}",
            "{\"version\": \"https://example.org/version/9\", \"items\": []}",
            "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": {\"id\": \"1\"}}",
            "{\"version\": \"https://jsonfeed.org/version/1\"}"})
    void shouldRefuseMalformedJsonFeedsWithAReason(String document) {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse(document, "application/feed+json"));

        assertTrue(e.getMessage().contains("JSON"), e.getMessage());
    }

    @Test
    void shouldRefuseDeeplyNestedJson() {
        String deep = "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [" + "[".repeat(5000)
                + "]".repeat(5000) + "]}";

        assertThrows(FeedParseException.class, () -> parse(deep, null));
    }

    private ParsedFeed parse(String json, String contentType) throws FeedParseException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), contentType, BASE);
    }
}
