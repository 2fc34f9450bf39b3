package dev.newswatch.ingest.opml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.opml.FeedImport.Line;
import dev.newswatch.ingest.opml.FeedImport.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpmlTest {

    private static final String NESTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE opml [<!ENTITY boom "boom">]>
            <opml version="2.0">
              <head><title>My feeds</title></head>
              <body>
                <outline text="Tech">
                  <outline text="AI">
                    <outline type="rss" text="Wire text" title="Wire &amp; Co" xmlUrl="https://wire.example/feed.xml?a=1&amp;b=2" language="en-US"/>
                  </outline>
                  <outline type="rss" text="Only text" xmlURL="https://text.example/rss"/>
                </outline>
                <outline type="rss" text="Entity &boom;" xmlUrl="https://entity.example/rss"/>
                <outline type="link" text="A web page, not a feed" url="https://page.example/"/>
              </body>
            </opml>
            """;

    @Test
    void shouldReadEveryFeedOutlineAtAnyDepthWithItsFolderAsCategory() {
        List<OpmlOutline> outlines = Opml.read(NESTED);

        assertEquals(List.of(
                new OpmlOutline("https://wire.example/feed.xml?a=1&b=2", "Wire & Co", "en-US", "Tech/AI"),
                new OpmlOutline("https://text.example/rss", "Only text", null, "Tech"),
                // jsoup expands no DTD entity: the reference stays as written
                new OpmlOutline("https://entity.example/rss", "Entity &boom;", null, null)), outlines);
    }

    @Test
    void shouldRefuseADocumentThatIsNotOpml() {
        assertThrows(IllegalArgumentException.class, () -> Opml.read("<rss version=\"2.0\"><channel/></rss>"));
    }

    @Test
    void shouldWriteOpml20ThatReadsBackTheSameFeeds() {
        List<FeedSpec> feeds = List.of(
                new FeedSpec("wire", "https://wire.example/feed.xml?a=1&b=2", "Wire \"&\" <Co>", "en", null),
                new FeedSpec("de", "https://de.example/rss", "Deutsche Presse", null, null));

        String xml = Opml.write(feeds, "Newswatch feeds", Instant.parse("2026-12-04T10:00:00Z"));

        assertEquals(List.of(
                new OpmlOutline("https://wire.example/feed.xml?a=1&b=2", "Wire \"&\" <Co>", "en", null),
                new OpmlOutline("https://de.example/rss", "Deutsche Presse", null, null)), Opml.read(xml));
        assertEquals(true, xml.contains("<opml version=\"2.0\">") && xml.contains("Fri, 4 Dec 2026 10:00:00 GMT"), xml);
    }

    @Test
    void shouldReportAddedAlreadyThereAndRefusedOutlines() {
        Map<String, FeedSpec> existing = Map.of("wire", new FeedSpec("wire", "https://wire.example/rss", "Wire", null, null));
        List<OpmlOutline> outlines = List.of(
                new OpmlOutline("https://wire.example/rss", "Wire again", null, null),
                new OpmlOutline("https://other.example/rss", "Wire", "de-AT", null),
                new OpmlOutline("ftp://files.example/feed", "FTP", null, null),
                new OpmlOutline("https://lang.example/rss", "Lang", "english please", null),
                new OpmlOutline("https://nameless.example/rss", null, null, null));

        List<Line> lines = FeedImport.plan(existing, outlines);

        assertEquals(List.of(Outcome.ALREADY_THERE, Outcome.ADDED, Outcome.REFUSED, Outcome.REFUSED, Outcome.ADDED),
                lines.stream().map(Line::outcome).toList());
        assertEquals("wire", lines.get(0).id());
        // the id "wire" is taken by another URL: the new feed gets the next free one
        assertEquals(new FeedSpec("wire-2", "https://other.example/rss", "Wire", "de", null), lines.get(1).feed());
        assertEquals("not an http or https URL", lines.get(2).reason());
        assertEquals("nameless-example", lines.get(4).id());
    }
}
