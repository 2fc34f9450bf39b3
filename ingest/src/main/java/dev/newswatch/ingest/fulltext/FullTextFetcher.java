package dev.newswatch.ingest.fulltext;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the article pages' text to a poll's new articles, on a pool of its own: the caller (a feed fetch thread)
 * hands the articles over and returns at once; the returned future completes when every wanted page was read,
 * failed, or ran past the deadline. A page that fails leaves its article as the feed gave it. Pages to one host
 * go through a {@link PageHostGate}. Thread-safe; close it to stop its threads.
 */
public final class FullTextFetcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FullTextFetcher.class);

    private final PageReader reader;
    private final FullTextPolicy policy;
    private final PageHostGate gate;
    private final Duration deadline;
    private final PageArchive archive;
    private final ExecutorService pool;

    /** Where the pages read are kept for faithful backtests. */
    @FunctionalInterface
    public interface PageArchive {
        /** Keeps nothing. */
        PageArchive NONE = (feedId, articleId, page) -> { };

        /** Stores the page of {@code articleId}; never throws. */
        void store(String feedId, String articleId, byte[] page);
    }

    /**
     * @param threads  page fetches in parallel over all hosts
     * @param deadline how long a poll waits for its pages in all; later ones are left out
     * @param archive  keeps every page that gave text
     */
    public FullTextFetcher(PageReader reader, FullTextPolicy policy, PageHostGate gate, int threads,
                           Duration deadline, PageArchive archive) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-page");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The articles of a poll with page text added to the new ones that want it; articles whose id is in
     * {@code seen} are not fetched again (they are not produced again either). Completes normally, never
     * exceptionally; already complete when no page is wanted.
     */
    public CompletableFuture<List<Article>> complete(FeedSpec feed, List<Article> articles, Set<String> seen) {
        List<CompletableFuture<Article>> pending = new ArrayList<>(articles.size());
        boolean any = false;
        for (Article article : articles) {
            if (seen.contains(article.id()) || !policy.wantsPage(feed.fullText(), article)) {
                pending.add(CompletableFuture.completedFuture(article));
                continue;
            }
            any = true;
            pending.add(CompletableFuture.supplyAsync(() -> withPage(feed, article), pool)
                    .completeOnTimeout(article, deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(e -> article));
        }
        if (!any) {
            return CompletableFuture.completedFuture(articles);
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(done -> pending.stream().map(CompletableFuture::join).toList());
    }

    private Article withPage(FeedSpec feed, Article article) {
        URI page;
        try {
            page = URI.create(article.url());
        } catch (IllegalArgumentException e) {
            return article;
        }
        String host = page.getHost() == null ? "unknown" : page.getHost().toLowerCase(Locale.ROOT);
        try {
            gate.acquire(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return article;
        }
        try {
            PageResult result = reader.read(page);
            if (result instanceof PageResult.Extracted extracted && extracted.article().hasText()) {
                LOG.debug("Feed {}: read {} characters of article text from {}.", feed.id(),
                        extracted.article().text().length(), page);
                archive.store(feed.id(), article.id(), extracted.body());
                return article.withPageText(extracted.article().text());
            }
            if (result instanceof PageResult.Failed failed) {
                // robots.txt refusals repeat for every item of a host: the unreachable robots.txt is logged once.
                if (failed.message().startsWith("robots.txt")) {
                    LOG.debug("Feed {}: no full text for {}: {}.", feed.id(), page, failed.message());
                } else {
                    LOG.info("Feed {}: no full text for {}: {}.", feed.id(), page, failed.message());
                }
            }
            return article;
        } finally {
            gate.release(host);
        }
    }

    /** Stops the page threads; pending futures complete with the articles as the feed gave them. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
