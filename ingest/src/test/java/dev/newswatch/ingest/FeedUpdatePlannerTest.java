package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.testkit.FixedRandom;
import dev.newswatch.ingest.websub.HubLinks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From one read of a feed to the articles, checkpoint and status that poll writes. */
class FeedUpdatePlannerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant EARLIER = NOW.minus(Duration.ofMinutes(15));
    private static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final FeedSpec FEED = new FeedSpec("techwire", "https://example.com/rss", "TechWire", "en", null);
    private static final Duration LATENCY = Duration.ofMillis(42);

    /** No jitter, random fixed at 0: after a success the next poll is exactly 15 minutes on. */
    private final FeedUpdatePlanner planner = planner(5);

    // ---- a document was read ----

    @Test
    void shouldProduceOnlyArticlesNotSeenBefore() {
        // Given ids a and b already produced, and a document listing c, b, a
        FeedCheckpoint previous = checkpoint(List.of("b", "a"), null, null, 0);
        ReadResult read = read(article("c", 3), article("b", 2), article("a", 1));

        // When
        FeedUpdate update = planner.plan(FEED, previous, read, NOW);

        // Then
        assertEquals(List.of("c"), ids(update.newArticles()));
    }

    @Test
    void shouldProduceEveryArticleOnFirstRead() {
        FeedUpdate update = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()),
                read(article("b", 2), article("a", 1)), NOW);

        assertEquals(List.of("a", "b"), ids(update.newArticles()));
        assertEquals(List.of("b", "a"), update.checkpoint().seenIds());
    }

    @Test
    void shouldNotProduceEditedItemAgain() {
        // Given item a produced before, now with a corrected summary (same id: it comes from the URL)
        FeedCheckpoint previous = checkpoint(List.of("a"), null, null, 0);
        Article edited = new Article("a", FEED.id(), "TechWire", "https://example.com/a", "Title a",
                "Corrected summary", null, NOW.minusSeconds(60), NOW, "en", List.of(), List.of());

        // When
        FeedUpdate update = planner.plan(FEED, previous, read(edited), NOW);

        // Then
        assertEquals(List.of(), update.newArticles());
        assertEquals(0, update.status().itemsNew());
        assertEquals(1, update.status().itemsSeen());
    }

    @Test
    void shouldProduceItemListedTwiceInOneDocumentOnce() {
        FeedUpdate update = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()),
                read(article("a", 1), article("a", 1)), NOW);

        assertEquals(List.of("a"), ids(update.newArticles()));
        assertEquals(List.of("a"), update.checkpoint().seenIds());
    }

    @Test
    void shouldSortNewArticlesByPublishedTimeThenId() {
        // Given a document in no particular order; y and x share a published time
        ReadResult read = read(article("m", 5), article("y", 1), article("z", 9), article("x", 1));

        // When
        FeedUpdate update = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()), read, NOW);

        // Then
        assertEquals(List.of("x", "y", "m", "z"), ids(update.newArticles()));
    }

    @Test
    void shouldKeepIdsInDocumentFirstThenFillWindowWithEarlierIds() {
        // Given a window of 5, a document with two items and six earlier ids
        FeedCheckpoint previous = checkpoint(List.of("y", "p1", "p2", "p3", "p4", "p5"), null, null, 0);

        // When
        FeedUpdate update = planner.plan(FEED, previous, read(article("x", 2), article("y", 1)), NOW);

        // Then: document ids first, then the most recent earlier ids up to the window
        assertEquals(List.of("x", "y", "p1", "p2", "p3"), update.checkpoint().seenIds());
    }

    @Test
    void shouldKeepEveryIdStillInDocumentEvenBeyondWindow() {
        // Given a window of 3 and a document of 5 items, all seen before
        FeedUpdatePlanner small = planner(3);
        List<String> seen = List.of("e", "d", "c", "b", "a");
        ReadResult read = read(article("e", 5), article("d", 4), article("c", 3), article("b", 2), article("a", 1));

        // When
        FeedUpdate update = small.plan(FEED, checkpoint(seen, null, null, 0), read, NOW);

        // Then nothing reappears as new and all five ids are remembered
        assertEquals(List.of(), update.newArticles());
        assertEquals(seen, update.checkpoint().seenIds());
        assertEquals(5, update.status().itemsSeen());
    }

    @Test
    void shouldNotReproduceItemsOnNextReadWhenDocumentIsLargerThanWindow() {
        // Given a window of 3 and a document of 5 new items, read twice
        FeedUpdatePlanner small = planner(3);
        ReadResult read = read(article("e", 5), article("d", 4), article("c", 3), article("b", 2), article("a", 1));
        FeedUpdate first = small.plan(FEED, FeedCheckpoint.empty(FEED.id()), read, NOW);

        // When
        FeedUpdate second = small.plan(FEED, first.checkpoint(), read, NOW.plus(INTERVAL));

        // Then
        assertEquals(5, first.newArticles().size());
        assertEquals(List.of(), second.newArticles());
    }

    @Test
    void shouldWriteNewValidatorsAndResetFailuresAfterRead() {
        // Given a feed that failed twice, then answers 200 with new validators
        FeedCheckpoint previous = checkpoint(List.of(), "\"old\"", "Sun, 01 Mar 2026 10:00:00 GMT", 2);
        ReadResult read = new ReadResult.Read(200, List.of(article("a", 1)), "\"new\"", "Mon, 02 Mar 2026 11:00:00 GMT",
                null, null, 1234, LATENCY, new byte[0]);

        // When
        FeedCheckpoint next = planner.plan(FEED, previous, read, NOW).checkpoint();

        // Then
        assertEquals("\"new\"", next.etag());
        assertEquals("Mon, 02 Mar 2026 11:00:00 GMT", next.lastModified());
        assertEquals(0, next.failures());
        assertEquals(NOW, next.lastFetch());
        assertEquals(NOW.plus(INTERVAL), next.nextFetch());
    }

    @Test
    void shouldFillOkStatusFields() {
        // Given one new and two seen items in a 1234-byte document
        FeedCheckpoint previous = checkpoint(List.of("b", "a"), null, null, 0);
        ReadResult read = new ReadResult.Read(200, List.of(article("c", 3), article("b", 2), article("a", 1)), null,
                null, null, null, 1234, LATENCY, new byte[0]);

        // When
        FeedStatus status = planner.plan(FEED, previous, read, NOW).status();

        // Then
        assertEquals(new FeedStatus("techwire", "TechWire", "https://example.com/rss", NOW, FeedStatus.OK, 200, 1234,
                1, 2, 42, null, NOW.plus(INTERVAL), 0), status);
    }

    @Test
    void shouldScheduleNextPollAfterTtlWhenLongerThanInterval() {
        ReadResult read = new ReadResult.Read(200, List.of(), null, null, Duration.ofHours(1), null, 10, LATENCY,
                new byte[0]);

        FeedUpdate update = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()), read, NOW);

        assertEquals(NOW.plus(Duration.ofHours(1)), update.checkpoint().nextFetch());
        assertEquals(NOW.plus(Duration.ofHours(1)), update.status().nextPoll());
    }

    @Test
    void shouldPlanSameUpdateForSameInputs() {
        // A retried poll after a crash must write exactly what the first attempt would have
        FeedCheckpoint previous = checkpoint(List.of("a"), "\"v\"", null, 0);
        ReadResult read = read(article("b", 2), article("a", 1));

        assertEquals(planner.plan(FEED, previous, read, NOW), planner.plan(FEED, previous, read, NOW));
    }

    // ---- 304 Not Modified ----

    @Test
    void shouldKeepOldValidatorsWhen304HasNone() {
        FeedCheckpoint previous = checkpoint(List.of("a"), "\"v1\"", "Sun, 01 Mar 2026 10:00:00 GMT", 0);

        FeedCheckpoint next = planner.plan(FEED, previous, new ReadResult.Unchanged(null, null, null, LATENCY), NOW)
                .checkpoint();

        assertEquals("\"v1\"", next.etag());
        assertEquals("Sun, 01 Mar 2026 10:00:00 GMT", next.lastModified());
        assertEquals(List.of("a"), next.seenIds());
    }

    @Test
    void shouldTakeValidatorsThat304Sends() {
        FeedCheckpoint previous = checkpoint(List.of("a"), "\"v1\"", "Sun, 01 Mar 2026 10:00:00 GMT", 0);

        FeedCheckpoint next = planner.plan(FEED, previous,
                new ReadResult.Unchanged("\"v2\"", "Mon, 02 Mar 2026 11:00:00 GMT", null, LATENCY), NOW).checkpoint();

        assertEquals("\"v2\"", next.etag());
        assertEquals("Mon, 02 Mar 2026 11:00:00 GMT", next.lastModified());
    }

    @Test
    void shouldFillNotModifiedStatusAndResetFailures() {
        // Given a feed that had failed once, now answering 304 with a 30-minute max-age
        FeedCheckpoint previous = checkpoint(List.of("a"), "\"v1\"", null, 1);
        ReadResult unchanged = new ReadResult.Unchanged(null, null, Duration.ofMinutes(30), LATENCY);

        // When
        FeedUpdate update = planner.plan(FEED, previous, unchanged, NOW);

        // Then
        Instant next = NOW.plus(Duration.ofMinutes(30));
        assertEquals(List.of(), update.newArticles());
        assertEquals(new FeedStatus("techwire", "TechWire", "https://example.com/rss", NOW, FeedStatus.NOT_MODIFIED,
                304, 0, 0, 0, 42, null, next, 0), update.status());
        assertEquals(0, update.checkpoint().failures());
        assertEquals(next, update.checkpoint().nextFetch());
        assertEquals(NOW, update.checkpoint().lastFetch());
    }

    // ---- failure ----

    @Test
    void shouldCountFailureAndKeepValidatorsAndSeenIds() {
        // Given a feed that has failed twice already
        FeedCheckpoint previous = checkpoint(List.of("b", "a"), "\"v1\"", "Sun, 01 Mar 2026 10:00:00 GMT", 2);
        ReadResult failed = new ReadResult.Failed(503, "HTTP 503 Service Unavailable from https://example.com/rss",
                null, 0, LATENCY);

        // When
        FeedUpdate update = planner.plan(FEED, previous, failed, NOW);

        // Then
        FeedCheckpoint next = update.checkpoint();
        assertEquals(3, next.failures());
        assertEquals("\"v1\"", next.etag());
        assertEquals("Sun, 01 Mar 2026 10:00:00 GMT", next.lastModified());
        assertEquals(List.of("b", "a"), next.seenIds());
        assertEquals(List.of(), update.newArticles());
    }

    @Test
    void shouldFillFailedStatusWithErrorAndBackoff() {
        // Given the first failure: backoff of one interval, equal jitter with random 0 gives half of it
        ReadResult failed = new ReadResult.Failed(0, "connection refused", null, 0, LATENCY);

        // When
        FeedUpdate update = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()), failed, NOW);

        // Then
        Instant next = NOW.plus(INTERVAL.dividedBy(2));
        assertEquals(new FeedStatus("techwire", "TechWire", "https://example.com/rss", NOW, FeedStatus.FAILED, 0, 0, 0,
                0, 42, "connection refused", next, 1), update.status());
        assertEquals(next, update.checkpoint().nextFetch());
    }

    @Test
    void shouldWaitAtLeastRetryAfterOnFailure() {
        ReadResult failed = new ReadResult.Failed(429, "HTTP 429 Too Many Requests", Duration.ofHours(2), 0, LATENCY);

        FeedUpdate update = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()), failed, NOW);

        assertEquals(NOW.plus(Duration.ofHours(2)), update.checkpoint().nextFetch());
        assertEquals(429, update.status().httpStatus());
    }

    @Test
    void shouldLeaveErrorEmptyUnlessFailed() {
        FeedUpdate ok = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()), read(article("a", 1)), NOW);

        assertNull(ok.status().error());
    }

    // ---- helpers ----

    private static FeedUpdatePlanner planner(int seenWindow) {
        IngestSettings d = IngestSettings.defaults();
        IngestSettings settings = new IngestSettings(INTERVAL, Duration.ofMinutes(1), 0.0, Duration.ofHours(6),
                d.hostConcurrency(), d.hostMinGap(), d.fetchThreads(), d.connectTimeout(), d.totalDeadline(),
                d.maxBodyBytes(), d.maxRedirects(), d.userAgent(), seenWindow, null);
        return new FeedUpdatePlanner(new PollPolicy(settings, FixedRandom.ofDouble(0.0)), seenWindow);
    }

    // ---- content pushed by a WebSub hub ----

    @Test
    void shouldProducePushedItemsNotSeenBeforeAndKeepThePollSchedule() {
        // Given a feed polled with validators, due at 13:00, with one failure behind it, that produced a and b
        Instant due = NOW.plus(Duration.ofHours(1));
        FeedCheckpoint previous = new FeedCheckpoint(FEED.id(), "\"v1\"", "Mon, 02 Mar 2026 11:00:00 GMT",
                List.of("b", "a"), EARLIER, due, 1);
        // When the hub pushes c and b
        FeedUpdate update = planner.planPush(FEED, previous, (ReadResult.Read) read(article("c", 3), article("b", 2)), NOW);
        // Then only c is new, every id is remembered, and validators, schedule and failures stay
        assertEquals(List.of("c"), ids(update.newArticles()));
        assertEquals(List.of("c", "b", "a"), update.checkpoint().seenIds());
        assertEquals("\"v1\"", update.checkpoint().etag());
        assertEquals("Mon, 02 Mar 2026 11:00:00 GMT", update.checkpoint().lastModified());
        assertEquals(due, update.checkpoint().nextFetch());
        assertEquals(EARLIER, update.checkpoint().lastFetch());
        assertEquals(1, update.checkpoint().failures());
        assertEquals(FeedStatus.OK, update.status().outcome());
        assertEquals(1, update.status().itemsNew());
        assertEquals(due, update.status().nextPoll());
    }

    @Test
    void shouldProduceNothingWhenThePollAlreadyProducedThePushedItem() {
        FeedCheckpoint previous = checkpoint(List.of("c", "b", "a"), null, null, 0);
        FeedUpdate update = planner.planPush(FEED, previous, (ReadResult.Read) read(article("c", 3)), NOW);
        assertEquals(List.of(), update.newArticles());
        assertEquals(List.of("c", "b", "a"), update.checkpoint().seenIds());
    }

    @Test
    void shouldRememberTheWebSubHubOfTheLastDocumentAndKeepItWhenUnchanged() {
        HubLinks links = new HubLinks(URI.create("https://hub.example/"), URI.create("https://example.com/rss"));
        ReadResult.Read read = new ReadResult.Read(200, List.of(article("a", 1)), null, null, null, null, 100, LATENCY,
                new byte[0], links);
        FeedUpdate polled = planner.plan(FEED, FeedCheckpoint.empty(FEED.id()), read, NOW);
        assertEquals("https://hub.example/", polled.checkpoint().webSubHub());
        assertEquals("https://example.com/rss", polled.checkpoint().webSubTopic());
        FeedUpdate unchanged = planner.plan(FEED, polled.checkpoint(),
                new ReadResult.Unchanged(null, null, null, LATENCY), NOW.plusSeconds(60));
        assertEquals("https://hub.example/", unchanged.checkpoint().webSubHub());
        // A document that names no hub any more clears it
        FeedUpdate without = planner.plan(FEED, polled.checkpoint(), read(article("a", 1)), NOW.plusSeconds(120));
        assertNull(without.checkpoint().webSubHub());
    }

    private static FeedCheckpoint checkpoint(List<String> seen, String etag, String lastModified, int failures) {
        return new FeedCheckpoint(FEED.id(), etag, lastModified, seen, EARLIER, NOW, failures);
    }

    /** An article published {@code minute} minutes after 10:00. */
    private static Article article(String id, int minute) {
        return new Article(id, FEED.id(), "TechWire", "https://example.com/" + id, "Title " + id, "Summary " + id, null,
                Instant.parse("2026-03-02T10:00:00Z").plus(Duration.ofMinutes(minute)), NOW, "en", List.of(), List.of());
    }

    private static ReadResult read(Article... articles) {
        return new ReadResult.Read(200, List.of(articles), null, null, null, null, 100, LATENCY, new byte[0]);
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }
}
