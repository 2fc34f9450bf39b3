package dev.newswatch.ingest;

import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits polls exactly once: the new articles of a batch of polls, each feed's new checkpoint and status, and
 * the feeds-topic offsets in the consumer group's generation, in one Kafka transaction. An instance that lost
 * its feeds cannot commit (it is fenced); a failed transaction is aborted, or the producer reopened, and the
 * caller polls the feeds again.
 *
 * <p>Coordinator thread only. Counts committed articles and fetches on the given {@link PipelineMetrics}.
 */
final class PollCommitter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollCommitter.class);
    private static final int MAX_CONTENT_CHARS = 200_000;

    /** One poll to commit: the planned update and the feeds-topic partition of its feed. */
    record Poll(FeedUpdate update, int feedPartition) {
    }

    private final Topics topics;
    private final String instanceId;
    private final Supplier<? extends Producer<String, Object>> producers;
    private final PipelineMetrics metrics;
    private final BooleanSupplier keepTrying;
    private final AtomicInteger articlesProduced = new AtomicInteger();
    private volatile Producer<String, Object> producer;
    private volatile CompletableFuture<Void> opening;
    private volatile boolean closed;
    private AutoCloseable producerMeters;

    /**
     * @param producers  makes a new transactional producer, each time with the instance's transactional id
     * @param keepTrying whether a commit that timed out is tried again (false once the service stops)
     */
    PollCommitter(Topics topics, String instanceId, Supplier<? extends Producer<String, Object>> producers,
                  PipelineMetrics metrics, BooleanSupplier keepTrying) {
        this.keepTrying = keepTrying;
        this.topics = topics;
        this.instanceId = instanceId;
        this.producers = producers;
        this.metrics = metrics;
    }

    /**
     * Opens the producer and registers its transactional id, fencing an earlier incarnation of this instance.
     *
     * @throws KafkaException when Kafka cannot be reached or refuses the transactional id
     */
    void open() {
        KafkaCloser.closeQuietly(producerMeters);
        producer = producers.get();
        producerMeters = metrics.bind(producer);
        producer.initTransactions();
    }

    /**
     * {@link #open() Opens} the producer on a thread of its own and returns at once: the transactional id's
     * registration then overlaps the consumer group's join. The first {@link #commit} waits for it: when Kafka did not
     * answer in time it opens the producer again, as after any failed reopen; another failure (the transactional id
     * refused) it throws, as {@link #open()} would have.
     */
    void openInBackground() {
        opening = new CompletableFuture<>();
        CompletableFuture<Void> done = opening;
        Thread thread = new Thread(() -> {
            try {
                open();
                if (closed) {
                    KafkaCloser.closeQuietly(producerMeters);
                    KafkaCloser.closeQuietly(producer);
                }
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "ingest-producer-init-" + instanceId);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for {@link #openInBackground()}, and rethrows its failure. */
    private void awaitOpen() {
        CompletableFuture<Void> pending = opening;
        if (pending == null) {
            return;
        }
        try {
            pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RetriableException cause) {
                // Kafka did not answer in time: as after a failed reopen, the next commit tries again.
                LOG.warn("Ingest instance {} could not open its Kafka producer ({}); it tries again at the next commit.",
                        instanceId, cause.getMessage());
                KafkaCloser.closeQuietly(producerMeters);
                KafkaCloser.closeQuietly(producer);
                producer = null;
                return;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            opening = null;
        }
    }

    /**
     * Replaces a producer that cannot go on. A failure to reopen (Kafka still unreachable) is logged, not thrown:
     * the next {@link #commit} tries again, so the coordinator survives an outage of any length.
     */
    private void reopen() {
        KafkaCloser.closeQuietly(producer);
        producer = null;
        try {
            open();
        } catch (KafkaException e) {
            KafkaCloser.closeQuietly(producer);
            producer = null;
            LOG.warn("Ingest instance {} could not reopen its Kafka producer ({}); it tries again at the next commit.",
                    instanceId, e.getMessage());
        }
    }

    /** The metrics of the current producer (none while it is being reopened); any thread may call it. */
    Map<MetricName, ? extends Metric> producerMetrics() {
        Producer<String, Object> current = producer;
        return current == null ? Map.of() : current.metrics();
    }

    /** Articles committed since start. */
    int articlesProduced() {
        return articlesProduced.get();
    }

    /**
     * Writes {@code polls} in one transaction, with the positions of {@code feeds} for their partitions.
     *
     * @return true when the transaction committed; false when it was aborted and the feeds must be polled again
     */
    boolean commit(List<Poll> polls, Consumer<?, ?> feeds) {
        awaitOpen();
        if (producer == null) {
            reopen();
            if (producer == null) {
                return false;
            }
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        int articles = 0;
        try {
            producer.beginTransaction();
            for (Poll poll : polls) {
                FeedUpdate update = poll.update();
                for (Article article : update.newArticles()) {
                    Article bounded = boundContent(article);
                    long timestamp = Math.min(bounded.published().toEpochMilli(), bounded.fetched().toEpochMilli());
                    producer.send(new ProducerRecord<>(topics.articles.name(), null, timestamp, bounded.id(), bounded));
                    articles++;
                }
                producer.send(new ProducerRecord<>(topics.feedCheckpoints.name(), update.checkpoint().feedId(), update.checkpoint()));
                producer.send(new ProducerRecord<>(topics.feedStatus.name(), update.status().feedId(), update.status()));
                TopicPartition tp = new TopicPartition(topics.feeds.name(), poll.feedPartition());
                offsets.put(tp, new OffsetAndMetadata(feeds.position(tp)));
            }
            // Commits in this group generation only: an instance that lost these feeds is fenced here.
            producer.sendOffsetsToTransaction(offsets, feeds.groupMetadata());
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            fenced(e);
            return false;
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("Writing {} feed updates to Kafka failed ({}); the transaction is aborted and the feeds will "
                    + "be polled again.", polls.size(), e.getMessage());
            abort();
            return false;
        }
        if (!commitTransaction(polls.size())) {
            return false;
        }
        articlesProduced.addAndGet(articles);
        metrics.articlesIngested(articles);
        for (Poll poll : polls) {
            metrics.fetched(poll.update().status().outcome(), Duration.ofMillis(poll.update().status().latencyMs()));
        }
        return true;
    }

    /**
     * Commits the open transaction. A commit that timed out is retried, not aborted, for as long as the service
     * runs: the transaction coordinator may already hold the commit request (a black-holed network delivers it
     * later), so its outcome is unknown until a retry completes, and polling the feeds again before would produce
     * their articles twice. The client refuses an abort at that point anyway ({@code IllegalStateException}: the
     * previous commit timed out and must be retried); that refusal once stopped the ingest thread.
     *
     * @return true once committed; false when the transaction was aborted, or the service stops before the commit
     *         completed (the next incarnation's {@code initTransactions} settles it)
     */
    private boolean commitTransaction(int updates) {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.commitTransaction();
                if (attempt > 1) {
                    LOG.info("Ingest instance {} committed its transaction of {} feed updates at attempt {}.",
                            instanceId, updates, attempt);
                }
                return true;
            } catch (TimeoutException e) {
                if (!keepTrying.getAsBoolean()) {
                    LOG.warn("Ingest instance {} stops while the commit of {} feed updates is unresolved ({}); its next "
                            + "start settles it.", instanceId, updates, e.getMessage());
                    return false;
                }
                LOG.warn("Committing {} feed updates timed out ({}); retrying the commit (attempt {}), whose outcome is "
                        + "unknown until it completes.", updates, e.getMessage(), attempt + 1);
            } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
                fenced(e);
                return false;
            } catch (KafkaException | IllegalStateException e) {
                LOG.warn("Committing {} feed updates failed ({}); the transaction is aborted and the feeds will be "
                        + "polled again.", updates, e.getMessage());
                abort();
                return false;
            }
        }
    }

    private void fenced(RuntimeException e) {
        LOG.warn("Ingest instance {} was fenced or refused by Kafka ({}); reopening its producer. "
                + "The affected feeds will be polled again.", instanceId, e.getMessage());
        reopen();
    }

    /** Aborts the open transaction; when the client cannot (unreachable, or it refuses), replaces the producer. */
    private void abort() {
        try {
            producer.abortTransaction();
        } catch (KafkaException | IllegalStateException abortFailure) {
            LOG.info("Ingest instance {} could not abort its transaction ({}); reopening its producer, which aborts it.",
                    instanceId, abortFailure.getMessage());
            reopen();
        }
    }

    private static Article boundContent(Article article) {
        if (article.contentHtml() == null || article.contentHtml().length() <= MAX_CONTENT_CHARS) {
            return article;
        }
        return new Article(article.id(), article.feedId(), article.source(), article.url(), article.title(),
                article.summary(), null, article.published(), article.fetched(), article.language(), article.authors(),
                article.categories());
    }

    /** Closes the producer and unbinds its meters. */
    @Override
    public void close() {
        // A background open still running closes what it opened when it sees this (closing twice does no harm).
        closed = true;
        KafkaCloser.closeQuietly(producerMeters);
        KafkaCloser.closeQuietly(producer);
    }
}
