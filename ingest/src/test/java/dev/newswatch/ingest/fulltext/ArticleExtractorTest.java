package dev.newswatch.ingest.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String PROSE = "Northwind Robotics, a maker of warehouse robots, said on Tuesday that it had"
            + " closed a funding round of $120 million, led by Harbor Capital, with participation from two earlier"
            + " backers, and that it would spend the money on factories in Ohio and Bavaria. ";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldTakeTheBodyFromJsonLdWhenThePageHasAWholeArticleThere() {
        String body = PROSE.repeat(3).strip();
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Wire\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"Northwind raises $120M\",\"datePublished\":\"2026-11-30T08:15:00Z\","
                + "\"articleBody\":\"" + body + "\"}]}</script></head>"
                + "<body><nav><a href=/>Home</a></nav><p>Only a teaser here.</p></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://wire.example/a");

        assertEquals("json-ld", article.method());
        assertEquals(body, article.text());
        assertEquals("Northwind raises $120M", article.title());
        assertEquals(Instant.parse("2026-11-30T08:15:00Z"), article.published());
    }

    @Test
    void shouldScoreTheContentWhenJsonLdHoldsOnlyATeaser() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"Northwind closed a round.\"}</script></head><body>"
                + "<div class=\"story-body\">" + paragraphs(5) + "</div></body></html>";

        ExtractedArticle article = extractor.extract(html, null);

        assertEquals("scored", article.method());
        assertTrue(article.text().contains("led by Harbor Capital"), article.text());
    }

    @Test
    void shouldDropNavigationCommentsShareBarsAndRelatedLinksAroundTheArticle() {
        String html = "<html><body>"
                + "<header><a href=/>Wire</a><ul><li><a href=/tech>Tech</a></li></ul></header>"
                + "<nav><a href=/markets>Markets</a> <a href=/world>World</a></nav>"
                + "<main><article><h1>Northwind raises $120M</h1>"
                + "<div class=\"share-bar\"><a href=#>Share on Mastodon</a></div>"
                + paragraphs(4)
                + "<div class=\"related-links\"><ul><li><a href=/x>Another story about robots and money</a></li>"
                + "<li><a href=/y>Yet another story about warehouses</a></li></ul></div>"
                + "</article></main>"
                + "<div id=\"comments\"><p>First comment: great news, congratulations to the whole team.</p></div>"
                + "<footer><p>Copyright Wire Media, all rights reserved, since 1999.</p></footer>"
                + "</body></html>";

        String text = extractor.extract(html, null).text();

        assertTrue(text.startsWith("Northwind Robotics"), text);
        for (String boilerplate : new String[] {"Markets", "Share on", "Another story", "First comment", "Copyright"}) {
            assertFalse(text.contains(boilerplate), boilerplate + " should be gone: " + text);
        }
    }

    @Test
    void shouldKeepHeadlineAndDateApartFromTheBody() {
        String html = "<html><head><meta property=\"og:title\" content=\"Northwind raises $120M\">"
                + "<meta property=\"article:published_time\" content=\"2026-11-30T09:00:00+01:00\"></head><body>"
                + "<article>" + paragraphs(3) + "</article></body></html>";

        ExtractedArticle article = extractor.extract(html, null);

        assertEquals("Northwind raises $120M", article.title());
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"), article.published());
        assertFalse(article.text().contains("Northwind raises"), article.text());
    }

    @Test
    void shouldReadArticlesWrappedInAWholePageFormAsAspNetPagesAre() {
        String html = "<html><body><form id=\"aspnetForm\" action=\"/a\"><div class=\"menu\"><a href=/>Home</a></div>"
                + "<div class=\"article-body\">" + paragraphs(4) + "</div></form></body></html>";

        assertTrue(extractor.extract(html, null).text().contains("Harbor Capital"));
    }

    @Test
    void shouldReadProseWrittenAsTextRunsBetweenLineBreaks() {
        String html = "<html><body><div class=\"sidebar-ad\"><a href=/ad>Buy now</a></div><div class=\"content\">"
                + PROSE + "<br><br>" + PROSE + "<br><img src=x.png><br>" + PROSE + "</div></body></html>";

        String text = extractor.extract(html, null).text();

        assertTrue(text.contains("Harbor Capital"), text);
        assertFalse(text.contains("Buy now"), text);
    }

    @Test
    void shouldIgnoreMalformedJsonLdAndStillFindTheArticle() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", broken</script>"
                + "<title>Wire | Northwind</title></head><body><div>" + paragraphs(3) + "</div></body></html>";

        ExtractedArticle article = extractor.extract(html, null);

        assertEquals("scored", article.method());
        assertEquals("Wire | Northwind", article.title());
        assertNull(article.published());
    }

    @Test
    void shouldGiveAnEmptyTextForAPageWithoutProse() {
        ExtractedArticle article = extractor.extract("<html><body><a href=/a>A</a> <a href=/b>B</a></body></html>", null);

        assertFalse(article.hasText());
        assertEquals("none", article.method());
    }

    private static String paragraphs(int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < count; i++) {
            html.append("<p>").append(PROSE).append("</p>");
        }
        return html.toString();
    }
}
