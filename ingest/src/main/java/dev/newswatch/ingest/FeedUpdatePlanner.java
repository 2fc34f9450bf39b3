package dev.newswatch.ingest;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link ReadResult} into a {@link FeedUpdate}: which articles are new (not in the checkpoint's
 * seen ids), the next checkpoint (validators, seen ids, next poll, failure count) and the status line. A
 * pure function: the same inputs give the same update, which is what makes a crashed and retried poll
 * write exactly what the first attempt would have.
 *
 * <p>An item whose text changed keeps its id (the id comes from its URL), so it is not a new article.
 * The seen window keeps every id still present in the document plus the most recent others, so an item
 * never reappears as new while the feed still lists it. Thread-safe.
 */
public final class FeedUpdatePlanner {

    private final PollPolicy policy;
    private final int seenWindow;

    public FeedUpdatePlanner(PollPolicy policy, int seenWindow) {
        this.policy = Objects.requireNonNull(policy, "policy");
        if (seenWindow < 1) {
            throw new IllegalArgumentException("seen window must be >= 1");
        }
        this.seenWindow = seenWindow;
    }

    public FeedUpdate plan(FeedSpec feed, FeedCheckpoint previous, ReadResult result, Instant now) {
        if (result instanceof ReadResult.Read read) {
            return planRead(feed, previous, read, now);
        }
        if (result instanceof ReadResult.Unchanged unchanged) {
            Instant next = now.plus(policy.afterSuccess(feed, null, unchanged.cacheMaxAge()));
            FeedCheckpoint checkpoint = new FeedCheckpoint(feed.id(),
                    unchanged.etag() != null ? unchanged.etag() : previous.etag(),
                    unchanged.lastModified() != null ? unchanged.lastModified() : previous.lastModified(),
                    previous.seenIds(), now, next, 0, previous.webSubHub(), previous.webSubTopic());
            FeedStatus status = new FeedStatus(feed.id(), feed.name(), feed.url(), now, FeedStatus.NOT_MODIFIED, 304, 0,
                    0, 0, unchanged.latency().toMillis(), null, next, 0);
            return new FeedUpdate(List.of(), checkpoint, status);
        }
        ReadResult.Failed failed = (ReadResult.Failed) result;
        int failures = previous.failures() + 1;
        Duration delay = policy.afterFailure(feed, failures, failed.retryAfter());
        Instant next = now.plus(delay);
        FeedCheckpoint checkpoint = new FeedCheckpoint(feed.id(), previous.etag(), previous.lastModified(),
                previous.seenIds(), now, next, failures, previous.webSubHub(), previous.webSubTopic());
        FeedStatus status = new FeedStatus(feed.id(), feed.name(), feed.url(), now, FeedStatus.FAILED, failed.status(),
                failed.bytes(), 0, 0, failed.latency().toMillis(), failed.message(), next, failures);
        return new FeedUpdate(List.of(), checkpoint, status);
    }

    /**
     * The update for content a WebSub hub pushed: its new articles and seen ids as for a poll, while the poll
     * schedule, validators and failure count stay those of {@code previous} (a push is not a poll).
     */
    public FeedUpdate planPush(FeedSpec feed, FeedCheckpoint previous, ReadResult.Read pushed, Instant now) {
        FeedUpdate asPolled = planRead(feed, previous, pushed, now);
        FeedCheckpoint checkpoint = new FeedCheckpoint(feed.id(), previous.etag(), previous.lastModified(),
                asPolled.checkpoint().seenIds(), previous.lastFetch(), previous.nextFetch(), previous.failures(),
                previous.webSubHub(), previous.webSubTopic());
        FeedStatus polled = asPolled.status();
        FeedStatus status = new FeedStatus(feed.id(), feed.name(), feed.url(), now, FeedStatus.OK, polled.httpStatus(),
                polled.bytes(), polled.itemsNew(), polled.itemsSeen(), polled.latencyMs(), null, previous.nextFetch(),
                previous.failures());
        return new FeedUpdate(asPolled.newArticles(), checkpoint, status);
    }

    private FeedUpdate planRead(FeedSpec feed, FeedCheckpoint previous, ReadResult.Read read, Instant now) {
        Set<String> seen = new LinkedHashSet<>(previous.seenIds());
        List<Article> fresh = new ArrayList<>();
        Set<String> inDocument = new LinkedHashSet<>();
        for (Article article : read.articles()) {
            if (inDocument.add(article.id()) && !seen.contains(article.id())) {
                fresh.add(article);
            }
        }
        fresh.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        // Newest first: ids in the document, then earlier ids until the window is full.
        LinkedHashSet<String> window = new LinkedHashSet<>(inDocument);
        for (String id : previous.seenIds()) {
            if (window.size() >= Math.max(seenWindow, inDocument.size())) {
                break;
            }
            window.add(id);
        }
        Instant next = now.plus(policy.afterSuccess(feed, read.ttl(), read.cacheMaxAge()));
        FeedCheckpoint checkpoint = new FeedCheckpoint(feed.id(), read.etag(), read.lastModified(),
                new ArrayList<>(window), now, next, 0, read.hub() == null ? null : read.hub().hub().toString(),
                read.hub() == null ? null : read.hub().topic().toString());
        FeedStatus status = new FeedStatus(feed.id(), feed.name(), feed.url(), now, FeedStatus.OK, read.status(),
                read.bytes(), fresh.size(), read.articles().size() - fresh.size(), read.latency().toMillis(), null, next, 0);
        return new FeedUpdate(fresh, checkpoint, status);
    }
}
