package dev.newswatch.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.parse.FeedParser;
import dev.newswatch.ingest.parse.ParsedFeed;
import dev.newswatch.ingest.parse.ParsedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleNormalizerTest {

    private static final Instant FETCHED_AT = Instant.parse("2026-01-13T12:00:00Z");
    private static final FeedSpec FEED = new FeedSpec("example-news", "https://news.example.com/feed.xml",
            "Example News", null, null);

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void shouldBuildAnArticleFromACompleteItem() {
        // Given
        ParsedItem item = new ParsedItem(
                "news-1001",
                "HTTPS://News.Example.com/2026/01/amazon-openai?utm_source=rss&id=7#comments",
                "Amazon in talks to invest <b>$10 billion</b> in OpenAI",
                "<p>The deal would value the company at $500&nbsp;billion.</p><p>Talks continue.</p>",
                "<p onclick=\"x()\">Full story, <a href=\"/related\">related</a>.</p><script>track()</script>",
                Instant.parse("2026-01-13T09:30:00Z"),
                Instant.parse("2026-01-13T10:00:00Z"),
                List.of("jane@example.com (Jane Doe)", "John Roe", "John Roe"),
                List.of("AI", " Funding ", "AI", "<i>Deals</i>"));

        // When
        List<Article> articles = normalize(feed("en-US", item));

        // Then
        assertEquals(1, articles.size());
        Article article = articles.get(0);
        String url = "https://news.example.com/2026/01/amazon-openai?id=7";
        assertEquals(ArticleIds.forUrl(url), article.id());
        assertEquals("example-news", article.feedId());
        assertEquals("Example News", article.source());
        assertEquals(url, article.url());
        assertEquals("Amazon in talks to invest $10 billion in OpenAI", article.title());
        assertEquals("The deal would value the company at $500 billion.\nTalks continue.", article.summary());
        assertEquals("<p>Full story, <a href=\"https://news.example.com/related\" rel=\"nofollow noopener noreferrer\">"
                + "related</a>.</p>", article.contentHtml());
        assertEquals(Instant.parse("2026-01-13T09:30:00Z"), article.published());
        assertEquals(FETCHED_AT, article.fetched());
        assertEquals("en", article.language());
        assertEquals(List.of("Jane Doe", "John Roe"), article.authors());
        assertEquals(List.of("AI", "Funding", "Deals"), article.categories());
    }

    @Test
    void shouldIdentifyAnItemWithoutLinkByItsGuid() {
        // Given
        ParsedItem item = item("  guid-42 ", null, "Title", "Text");

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertEquals(ArticleIds.forGuid("example-news", "guid-42"), article.id());
        assertEquals("", article.url());
    }

    @Test
    void shouldIdentifyAnItemWhoseLinkIsNotHttpByThatLink() {
        // Given: a mailto: link is an identity, not a page to show
        ParsedItem item = item(null, "mailto:tips@example.com", "Send us tips", null);

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertEquals(ArticleIds.forGuid("example-news", "mailto:tips@example.com"), article.id());
        assertEquals("", article.url());
    }

    @Test
    void shouldIdentifyAnItemWithNeitherLinkNorGuidByItsContent() {
        // Given
        Instant published = Instant.parse("2026-01-12T08:00:00Z");
        ParsedItem item = new ParsedItem(null, null, "Only a title", "<p>and a description</p>", null, published,
                null, List.of(), List.of());

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertEquals(ArticleIds.forContent("example-news", "Only a title", "<p>and a description</p>", published),
                article.id());
    }

    @Test
    void shouldSkipAnItemWithNothingToIdentifyOrShow() {
        // Given: only an author and a category
        ParsedItem empty = new ParsedItem(null, "  ", " ", null, "", Instant.parse("2026-01-12T08:00:00Z"), null,
                List.of("Somebody"), List.of("News"));
        ParsedItem real = item(null, "https://news.example.com/real", "Real", null);

        // When
        List<Article> articles = normalize(feed(null, empty, real));

        // Then
        assertEquals(1, articles.size());
        assertEquals("Real", articles.get(0).title());
    }

    @Test
    void shouldCollapseItemsWithTheSameIdKeepingTheFirst() {
        // Given: two links with the same canonical form
        ParsedItem first = item(null, "https://news.example.com/story?utm_source=rss", "First", null);
        ParsedItem second = item(null, "https://NEWS.example.com/story#top", "Second", null);
        ParsedItem other = item(null, "https://news.example.com/other", "Other", null);

        // When
        List<Article> articles = normalize(feed(null, first, second, other));

        // Then
        assertEquals(List.of("First", "Other"), articles.stream().map(Article::title).toList());
    }

    @ParameterizedTest(name = "published={0} updated={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # the published time when there is one
            2026-01-10T08:00:00Z | 2026-01-11T08:00:00Z | 2026-01-10T08:00:00Z
            # else the updated time
            null                 | 2026-01-11T08:00:00Z | 2026-01-11T08:00:00Z
            # else the fetch time
            null                 | null                 | 2026-01-13T12:00:00Z
            # up to a day ahead of the fetch is clock skew and kept
            2026-01-14T11:59:59Z | null                 | 2026-01-14T11:59:59Z
            # more than a day ahead is clamped to the fetch time
            2026-01-14T12:00:01Z | null                 | 2026-01-13T12:00:00Z
            2030-01-01T00:00:00Z | null                 | 2026-01-13T12:00:00Z
            null                 | 2031-01-01T00:00:00Z | 2026-01-13T12:00:00Z
            # old dates are kept
            1999-12-31T23:59:59Z | null                 | 1999-12-31T23:59:59Z
            """)
    void shouldChooseThePublishedTime(String published, String updated, String expected) {
        // Given
        ParsedItem item = new ParsedItem("g", "https://news.example.com/a", "T", null, null, instant(published),
                instant(updated), List.of(), List.of());

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertEquals(Instant.parse(expected), article.published());
    }

    @ParameterizedTest(name = "spec={0} document={1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # the feed spec wins
            it    | en-US   | The company said it would raise more money from the investors.     | it
            en-GB | fr      | Il gruppo ha annunciato che userà i fondi per la rete.              | en
            # then the document, cut to two letters
            null  | fr-FR   | The company said it would raise more money from the investors.     | fr
            null  | DE      | The company said it would raise more money from the investors.     | de
            null  | es_ES   | The company said it would raise more money from the investors.     | es
            # then detection, also when the document's tag is not a language
            null  | null    | Il gruppo ha annunciato che userà i fondi per costruire la rete.   | it
            null  | english | Die Aktie stieg, nachdem der Umsatz sich verdoppelt hat.           | de
            null  | null    | OpenAI                                                             | und
            """)
    void shouldChooseTheLanguage(String specLanguage, String documentLanguage, String title, String expected) {
        // Given
        FeedSpec spec = new FeedSpec("example-news", "https://news.example.com/feed.xml", "Example", specLanguage, null);
        ParsedFeed parsed = new ParsedFeed("Example", "https://news.example.com/", documentLanguage, null,
                List.of(item(null, "https://news.example.com/a", title, null)), false);

        // When
        Article article = normalizer.normalize(spec, parsed, FETCHED_AT).get(0);

        // Then
        assertEquals(expected, article.language());
    }

    @Test
    void shouldSummariseTheContentWhenThereIsNoDescription() {
        // Given
        ParsedItem item = new ParsedItem(null, "https://news.example.com/a", "T", "  <p> </p> ",
                "<p>Content <b>only</b>.</p>", null, null, List.of(), List.of());

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertEquals("Content only.", article.summary());
    }

    @Test
    void shouldKeepTheFullContentTextWhenTheDescriptionIsOnlyATeaser() {
        // Given a teaser description and the whole article in the content (content:encoded)
        ParsedItem item = new ParsedItem(null, "https://news.example.com/b", "T", "<p>Teaser.</p>",
                "<p>Teaser.</p><p>Amazon is in talks to invest more than $10 billion in OpenAI.</p>", null, null,
                List.of(), List.of());

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then enrichment reads the deal sentence
        assertTrue(article.summary().contains("more than $10 billion in OpenAI"), article.summary());
    }

    @Test
    void shouldCutALongSummaryAtAWordBoundary() {
        // Given: 4,000 five-letter words, 23,999 characters: longer than the 20,000 kept for enrichment
        String text = String.join(" ", java.util.Collections.nCopies(4_000, "words"));
        ParsedItem item = item(null, "https://news.example.com/long", "Long", "<p>" + text + "</p>");

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        String summary = article.summary();
        assertTrue(summary.length() <= 20_000, () -> "summary has " + summary.length() + " characters");
        assertTrue(summary.length() > 19_900, () -> "summary has " + summary.length() + " characters");
        assertTrue(summary.endsWith("words…"), summary.substring(summary.length() - 20));
    }

    @Test
    void shouldCutAVeryLongTitle() {
        // Given
        String title = "Breaking " + "news ".repeat(300);
        ParsedItem item = item(null, "https://news.example.com/t", title, null);

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertTrue(article.title().length() <= 500, () -> "title has " + article.title().length() + " characters");
        assertTrue(article.title().startsWith("Breaking news news"), article.title());
    }

    @Test
    void shouldLeaveContentNullWhenThereIsNone() {
        // Given
        ParsedItem item = item(null, "https://news.example.com/a", "T", "Description");

        // When
        Article article = normalize(feed(null, item)).get(0);

        // Then
        assertNull(article.contentHtml());
    }

    @Test
    void shouldNeverThrowOnOddItems() {
        // Given
        List<ParsedItem> odd = new ArrayList<>(Arrays.asList(
                item(null, "http://[broken/ipv6", "Broken link", null),
                item(null, "https://example.com:99999999999/x", "Huge port", null),
                item(null, "javascript:alert(1)", "Script link", null),
                item("\u0000\u0001", null, "\u0000Control\u0007 characters", "<p\u0000>x</p>"),
                item(null, "https://example.com/u", "\uD83D\uDE00 emoji " + "\uD83D\uDE00".repeat(400), null),
                item(null, "https://example.com/deep", "Deep", "<div>".repeat(5_000) + "deep" + "</div>".repeat(5_000)),
                new ParsedItem("g", "https://example.com/d", null, null, null, Instant.MAX, Instant.MIN, List.of(),
                        List.of())));

        // When
        List<Article> articles = normalize(new ParsedFeed(null, null, "x-klingon", null, odd, true));

        // Then
        assertEquals(odd.size(), articles.size());
        assertEquals("", articles.get(2).url());
        assertEquals(FETCHED_AT, articles.get(6).published());
    }

    @Test
    void shouldNormaliseAParsedRss20Document() throws Exception {
        // Given
        byte[] body;
        try (var in = ArticleNormalizerTest.class.getResourceAsStream("/feeds/rss20.xml")) {
            body = in.readAllBytes();
        }
        ParsedFeed parsed = new FeedParser().parse(body, "application/rss+xml", null);

        // When
        List<Article> articles = normalize(parsed);

        // Then
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("https://news.example.com/2026/01/amazon-openai", first.url());
        assertEquals("The deal would value the company at $500 billion.", first.summary());
        assertEquals("en", first.language());
        assertEquals(List.of("Jane Doe", "John Roe"), first.authors());
        assertTrue(first.contentHtml().contains("href=\"https://news.example.com/related\""), first.contentHtml());
        Article second = articles.get(1);
        assertEquals("https://news.example.com/2026/01/second-story", second.url());
        assertEquals("Second story & more", second.title());
        assertEquals(Instant.parse("2026-01-13T07:00:00Z"), second.published());
    }

    private List<Article> normalize(ParsedFeed parsed) {
        return normalizer.normalize(FEED, parsed, FETCHED_AT);
    }

    private static ParsedFeed feed(String language, ParsedItem... items) {
        return new ParsedFeed("Example", "https://news.example.com/", language, Duration.ofMinutes(30),
                List.of(items), false);
    }

    private static ParsedItem item(String guid, String link, String title, String descriptionHtml) {
        return new ParsedItem(guid, link, title, descriptionHtml, null, null, null, List.of(), List.of());
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
