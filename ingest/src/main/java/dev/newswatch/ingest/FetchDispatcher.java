package dev.newswatch.ingest;

import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.fulltext.FullTextFetcher;
import dev.newswatch.ingest.websub.PushSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands due feeds to the fetch threads and takes their results back. A feed is due when its schedule
 * (resumed from its checkpoint) says so and its host has a free slot in the {@link HostLimiter}; the slot is
 * released when the result is taken back. Two pools: requests wait on the network on a thread each (as many
 * as {@code requestsInFlight}, which bounds the requests in flight over all hosts), and a fetched document is
 * parsed, normalised and archived on one of the {@code threads} parse threads. A request thread uses no CPU
 * while the server answers, so a slow site holds no parse thread and many more requests than cores can be in
 * flight. Everything else runs on the coordinator thread.
 */
final class FetchDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FetchDispatcher.class);

    /**
     * A finished fetch: the feed as it was dispatched, the checkpoint it started from and what came back; for
     * pushed content, the push (and no host), else null.
     */
    record Completed(FeedSpec spec, FeedCheckpoint checkpoint, ReadResult result, String host, PendingPush push) {
    }

    private final FeedReader reader;
    private final HostLimiter hostLimiter;
    private final Clock clock;
    private final FeedArchive archive;
    private final FullTextFetcher fullText;
    /** Threads that parse, normalise and archive documents, and parse pushed content. */
    private final ExecutorService pool;
    /** Threads that send requests and wait for the answers; at most one request in flight each. */
    private final ExecutorService requests;
    private final ConcurrentLinkedQueue<Completed> completed = new ConcurrentLinkedQueue<>();
    /** Released once per completed fetch, so the coordinator wakes as soon as a result is ready. */
    private final Semaphore completions = new Semaphore(0);
    /**
     * The feeds whose fetch was handed to the pool and not taken back yet; coordinator thread only. Kept here, not
     * on the owned feed: a rebalance that revokes and gives back a partition makes new owned feeds, and a second
     * fetch from the same checkpoint would commit the same articles twice.
     */
    private final Set<String> fetching = new HashSet<>();

    /**
     * @param threads          parse threads
     * @param requestsInFlight requests in flight over all hosts at most (each host also has its own limit)
     * @param fullText         adds article pages' text to new teaser items, or null for feed text only
     */
    FetchDispatcher(FeedReader reader, HostLimiter hostLimiter, Clock clock, FeedArchive archive, int threads,
                    int requestsInFlight, String instanceId, FullTextFetcher fullText) {
        this.reader = reader;
        this.fullText = fullText;
        this.hostLimiter = hostLimiter;
        this.clock = clock;
        this.archive = archive;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-fetch-" + instanceId);
            t.setDaemon(true);
            return t;
        });
        this.requests = Executors.newFixedThreadPool(requestsInFlight, r -> {
            // Waiting on a socket needs little stack.
            Thread t = new Thread(null, r, "ingest-request-" + instanceId, 256 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    /** True while fetches run that were not taken back yet. */
    boolean busy() {
        return !fetching.isEmpty();
    }

    /** True while a fetch (or pushed content) of {@code feedId} is handed to the pool and not taken back yet. */
    boolean fetching(String feedId) {
        return fetching.contains(feedId);
    }

    /**
     * Parses pushed content on the pool, as a fetch of {@code spec} from {@code checkpoint}; the caller made sure
     * no fetch of the feed runs, so the two cannot commit the same items from the same checkpoint.
     */
    void dispatchPush(FeedSpec spec, FeedCheckpoint checkpoint, PendingPush push) {
        fetching.add(spec.id());
        pool.execute(() -> {
            ReadResult result;
            try {
                result = reader.readPushed(spec, push.body(), push.contentType());
                if (result instanceof ReadResult.Read read) {
                    archive.store(spec.id(), push.received(), read.body());
                }
            } catch (RuntimeException e) {
                result = new ReadResult.Failed(0, "unexpected error: " + e, null, 0, Duration.ZERO);
            }
            if (fullText != null && result instanceof ReadResult.Read read) {
                fullText.complete(spec, read.articles(), new HashSet<>(checkpoint.seenIds()))
                        .thenAccept(articles -> complete(spec, checkpoint, read.withArticles(articles), null, push));
                return;
            }
            complete(spec, checkpoint, result, null, push);
        });
    }

    /** How many fetches run or wait to be taken back. */
    int fetchesInFlight() {
        return fetching.size();
    }

    /** Starts a fetch for every owned feed that is due and whose host has a free slot. */
    void dispatchDue(FeedOwnership ownership, CheckpointCatchUp checkpoints) {
        Instant now = clock.instant();
        for (FeedOwnership.OwnedFeed feed : ownership.feeds()) {
            if (fetching.contains(feed.spec.id())) {
                continue;
            }
            if (feed.due == null) {
                // Resume the schedule (and any backoff) from the checkpoint, unless the feed was just edited.
                Instant resumed = checkpoints.of(feed.spec.id()).nextFetch();
                boolean edited = feed.polledSpec != null && !feed.polledSpec.equals(feed.spec);
                feed.due = resumed != null && !edited ? resumed : now;
            }
            if (now.isBefore(feed.due)) {
                continue;
            }
            String host = feed.host;
            if (!hostLimiter.tryAcquire(host, now)) {
                continue;
            }
            fetching.add(feed.spec.id());
            FeedSpec spec = feed.spec;
            FeedCheckpoint checkpoint = checkpoints.of(spec.id());
            requests.execute(() -> fetch(spec, checkpoint, host));
        }
    }

    /** On a request thread: the request; a document goes on to a parse thread, anything else is done here. */
    private void fetch(FeedSpec spec, FeedCheckpoint checkpoint, String host) {
        FeedReader.Fetch fetched;
        try {
            fetched = reader.fetch(spec, checkpoint);
        } catch (RuntimeException e) {
            complete(spec, checkpoint, new ReadResult.Failed(0, "unexpected error: " + e, null, 0, Duration.ZERO), host,
                    null);
            return;
        }
        if (!fetched.hasDocument()) {
            complete(spec, checkpoint, fetched.outcome(), host, null);
            return;
        }
        try {
            pool.execute(() -> parse(fetched, checkpoint, host));
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: the result is not needed any more.
        }
    }

    /** On a parse thread: parse, normalise, archive; then the full text of new teaser items, if configured. */
    private void parse(FeedReader.Fetch fetched, FeedCheckpoint checkpoint, String host) {
        FeedSpec spec = fetched.feed();
        ReadResult result;
        try {
            result = reader.parse(fetched);
            if (result instanceof ReadResult.Read read) {
                archive.store(spec.id(), clock.instant(), read.body());
            }
        } catch (RuntimeException e) {
            result = new ReadResult.Failed(0, "unexpected error: " + e, null, 0, Duration.ZERO);
        }
        if (fullText != null && result instanceof ReadResult.Read read) {
            // The pages are read on the page pool: this parse thread is free for the next feed at once.
            fullText.complete(spec, read.articles(), new HashSet<>(checkpoint.seenIds()))
                    .thenAccept(articles -> complete(spec, checkpoint, read.withArticles(articles), host, null));
            return;
        }
        complete(spec, checkpoint, result, host, null);
    }

    private void complete(FeedSpec spec, FeedCheckpoint checkpoint, ReadResult result, String host, PendingPush push) {
        completed.add(new Completed(spec, checkpoint, result, host, push));
        completions.release();
    }

    /**
     * Takes back up to {@code max} finished fetches, releasing their host slots. Results of feeds this
     * instance no longer owns, or that changed meanwhile, are dropped (the feed's next poll redoes them).
     */
    List<Completed> takeCompleted(int max, FeedOwnership ownership) {
        List<Completed> batch = new ArrayList<>();
        Completed next;
        while (batch.size() < max && (next = completed.poll()) != null) {
            if (next.host() != null) {
                hostLimiter.release(next.host());
            }
            fetching.remove(next.spec().id());
            FeedOwnership.OwnedFeed feed = ownership.get(next.spec().id());
            if (feed == null || !feed.spec.equals(next.spec())) {
                LOG.debug("Dropping the result of feed {}: this instance no longer owns it or it changed.", next.spec().id());
                if (next.push() != null) {
                    next.push().done().complete(PushSink.Outcome.DROPPED);
                }
                continue;
            }
            batch.add(next);
        }
        return batch;
    }

    /**
     * Waits up to {@code timeout} for a fetch to finish, when some run and none is waiting to be taken back.
     *
     * @throws InterruptedException when the coordinator is interrupted while waiting
     */
    void awaitCompletion(Duration timeout) throws InterruptedException {
        if (fetching.isEmpty() || !completed.isEmpty()) {
            return;
        }
        if (completions.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            completions.drainPermits();
        }
    }

    /** Stops the request and parse threads at once; their results are not needed any more. */
    @Override
    public void close() {
        requests.shutdownNow();
        pool.shutdownNow();
        if (fullText != null) {
            fullText.close();
        }
    }
}
