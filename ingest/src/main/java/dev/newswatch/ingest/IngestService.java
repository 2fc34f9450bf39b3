package dev.newswatch.ingest;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingester: polls the feeds this instance owns and produces each new article to the articles topic
 * exactly once.
 *
 * <p>How it holds together:
 * <ul>
 *   <li><b>Ownership.</b> Instances share the feeds by consumer-group assignment of the compacted feeds
 *       topic: each instance reads its partitions from the beginning and polls the feeds found there. When
 *       an instance leaves or dies, its partitions, and so its feeds, move to the others.</li>
 *   <li><b>Exactly once.</b> The articles of a poll, the feed's new checkpoint (validators and seen ids) and
 *       its status are written in one transaction, together with the feeds-topic offsets in the consumer
 *       group's generation, so an instance that lost its feeds cannot commit (it is fenced). Checkpoints are
 *       read back with read_committed before a feed is polled. A crash anywhere either commits all of a
 *       poll or none of it, and the retried poll computes the same result.</li>
 *   <li><b>Politeness.</b> {@link PollPolicy} decides when a feed is due and {@link HostLimiter} limits
 *       requests per host; fetching and parsing run on a pool, Kafka on one coordinator thread.</li>
 * </ul>
 * Start with {@link #start()}, stop with {@link #close()}. Thread-safe to start and close from any thread.
 * Fetches and articles are counted on the {@link PipelineMetrics} given to {@link #metrics} before the start
 * (none by default), once their transaction committed.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Duration RETRY_AFTER_KAFKA_ERROR = Duration.ofSeconds(5);
    private static final int MAX_UPDATES_PER_TRANSACTION = 200;
    private static final int MAX_CONTENT_CHARS = 200_000;

    private final Topics topics;
    private final KafkaClients clients;
    private final String instanceId;
    private final FeedReader reader;
    private final FeedUpdatePlanner planner;
    private final HostLimiter hostLimiter;
    private final int fetchThreads;
    private final Clock clock;
    private final FeedArchive archive;

    private final Map<String, OwnedFeed> owned = new HashMap<>();
    private final Map<String, FeedCheckpoint> checkpoints = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Completed> completed = new ConcurrentLinkedQueue<>();
    /** Released once per completed fetch, so the coordinator wakes as soon as a result is ready. */
    private final Semaphore completions = new Semaphore(0);
    /** Fetches handed to the pool and not yet taken back from {@link #completed}; coordinator thread only. */
    private int fetchesInFlight;
    private final AtomicInteger articlesProduced = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean assigned;
    private volatile PipelineMetrics metrics = PipelineMetrics.NONE;
    private final List<AutoCloseable> clientMeters = new ArrayList<>();
    private AutoCloseable producerMeters;
    private volatile Set<String> ownedSnapshot = Set.of();
    private Thread coordinator;
    private ExecutorService pool;
    private KafkaConsumer<String, FeedSpec> feedsConsumer;
    private KafkaConsumer<String, FeedCheckpoint> checkpointConsumer;
    private KafkaProducer<String, Object> producer;
    private Map<TopicPartition, Long> checkpointCatchUp = Map.of();

    /**
     * @param instanceId stable per instance (it names the transactional id: a restarted instance fences
     *                   its previous incarnation at once); two live instances must use different ids
     * @param archive    where fetched documents are kept, or {@link FeedArchive#NONE}
     */
    public IngestService(Topics topics, KafkaClients clients, String instanceId, FeedReader reader,
                         FeedUpdatePlanner planner, HostLimiter hostLimiter, int fetchThreads, Clock clock,
                         FeedArchive archive) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.hostLimiter = Objects.requireNonNull(hostLimiter, "hostLimiter");
        this.fetchThreads = fetchThreads;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /** Records fetches, articles and the Kafka clients' metrics on {@code pipelineMetrics}; call before {@link #start()}. */
    public IngestService metrics(PipelineMetrics pipelineMetrics) {
        this.metrics = Objects.requireNonNull(pipelineMetrics, "pipelineMetrics");
        return this;
    }

    /** Starts the coordinator thread and returns at once. */
    public synchronized IngestService start() {
        if (running) {
            return this;
        }
        running = true;
        pool = Executors.newFixedThreadPool(fetchThreads, r -> {
            Thread t = new Thread(r, "ingest-fetch-" + instanceId);
            t.setDaemon(true);
            return t;
        });
        coordinator = new Thread(this::runCoordinator, "ingest-coordinator-" + instanceId);
        coordinator.start();
        return this;
    }

    /** The ids of the feeds this instance polls now. */
    public Set<String> ownedFeeds() {
        return ownedSnapshot;
    }

    /** True while the feeds consumer holds an assignment of the group (possibly empty): readiness of {@code /health}. */
    public boolean assigned() {
        return assigned && running;
    }

    /** Articles produced (committed) since start. */
    public int articlesProduced() {
        return articlesProduced.get();
    }

    /** Stops polling, lets the coordinator finish its current transaction and leaves the group. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            thread = coordinator;
        }
        KafkaConsumer<String, FeedSpec> consumer = feedsConsumer;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("Ingest instance {} did not stop within 30 s.", instanceId);
            }
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runCoordinator() {
        try {
            openClients();
            LOG.info("Ingest instance {} started; waiting for its share of the feeds.", instanceId);
            while (running) {
                try {
                    // While fetches run, wait for them (below) rather than for feed-list changes: a finished
                    // fetch is then committed, and its host slot reused, at once instead of up to 100 ms later.
                    pollFeeds(fetchesInFlight > 0 ? Duration.ZERO : POLL_TIMEOUT);
                } catch (WakeupException e) {
                    break;
                }
                pollCheckpoints(Duration.ZERO);
                commitCompleted();
                dispatchDue();
                awaitCompletion();
            }
        } catch (RuntimeException e) {
            LOG.error("Ingest instance {} stopped on an unexpected error.", instanceId, e);
        } finally {
            running = false;
            assigned = false;
            closeClients();
            stopped.countDown();
            LOG.info("Ingest instance {} stopped ({} articles produced).", instanceId, articlesProduced.get());
        }
    }

    private void openClients() {
        String groupId = topics.prefix() + "ingest";
        var consumerProps = clients.consumer("ingest-feeds-" + instanceId, groupId);
        consumerProps.put("session.timeout.ms", "10000");
        consumerProps.put("heartbeat.interval.ms", "1000");
        feedsConsumer = new KafkaConsumer<>(consumerProps, topics.feeds.keySerde().deserializer(),
                topics.feeds.valueSerde().deserializer());
        checkpointConsumer = new KafkaConsumer<>(clients.consumer("ingest-checkpoints-" + instanceId, null),
                topics.feedCheckpoints.keySerde().deserializer(), topics.feedCheckpoints.valueSerde().deserializer());
        clientMeters.add(metrics.bind(feedsConsumer));
        List<TopicPartition> checkpointPartitions = partitionsOf(checkpointConsumer, topics.feedCheckpoints.name());
        checkpointConsumer.assign(checkpointPartitions);
        checkpointConsumer.seekToBeginning(checkpointPartitions);
        openProducer();
        feedsConsumer.subscribe(List.of(topics.feeds.name()), new Rebalance());
    }

    @SuppressWarnings("unchecked")
    private void openProducer() {
        var props = clients.producer("ingest-" + instanceId, topics.prefix() + "ingest-" + instanceId);
        var valueSerializer = new org.apache.kafka.common.serialization.Serializer<Object>() {
            @Override
            public byte[] serialize(String topic, Object data) {
                return dev.newswatch.core.serde.JsonSerde.of((Class<Object>) (data == null ? Object.class : data.getClass()))
                        .serializer().serialize(topic, data);
            }
        };
        closeQuietly(producerMeters);
        producer = new KafkaProducer<>(props, topics.articles.keySerde().serializer(), valueSerializer);
        producerMeters = metrics.bind(producer);
        producer.initTransactions();
    }

    private void closeClients() {
        if (pool != null) {
            pool.shutdownNow();
        }
        clientMeters.forEach(IngestService::closeQuietly);
        clientMeters.clear();
        closeQuietly(producerMeters);
        closeQuietly(feedsConsumer);
        closeQuietly(checkpointConsumer);
        closeQuietly(producer);
    }

    private void awaitCompletion() {
        if (fetchesInFlight == 0 || !completed.isEmpty()) {
            return;
        }
        try {
            if (completions.tryAcquire(POLL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                completions.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void pollFeeds(Duration timeout) {
        for (ConsumerRecord<String, FeedSpec> record : feedsConsumer.poll(timeout)) {
            String id = record.key();
            FeedSpec spec = record.value();
            if (spec == null) {
                if (owned.remove(id) != null) {
                    LOG.info("Feed {} was removed; no longer polling it.", id);
                }
                continue;
            }
            OwnedFeed current = owned.get(id);
            if (current == null) {
                owned.put(id, new OwnedFeed(spec, record.partition()));
                LOG.debug("Instance {} now owns feed {} ({}).", instanceId, id, spec.url());
            } else if (!current.spec.equals(spec)) {
                current.spec = spec;
                current.due = null;
                LOG.info("Feed {} changed; it will be polled with its new settings.", id);
            }
        }
        ownedSnapshot = Set.copyOf(owned.keySet());
    }

    private void pollCheckpoints(Duration timeout) {
        for (ConsumerRecord<String, FeedCheckpoint> record : checkpointConsumer.poll(timeout)) {
            if (record.value() == null) {
                checkpoints.remove(record.key());
            } else {
                checkpoints.put(record.key(), record.value());
            }
        }
    }

    private boolean checkpointsCaughtUp() {
        for (Map.Entry<TopicPartition, Long> target : checkpointCatchUp.entrySet()) {
            if (checkpointConsumer.position(target.getKey()) < target.getValue()) {
                return false;
            }
        }
        checkpointCatchUp = Map.of();
        return true;
    }

    private void dispatchDue() {
        if (!checkpointsCaughtUp()) {
            return;
        }
        Instant now = clock.instant();
        for (OwnedFeed feed : owned.values()) {
            if (feed.inFlight) {
                continue;
            }
            FeedCheckpoint checkpoint = checkpoints.getOrDefault(feed.spec.id(), FeedCheckpoint.empty(feed.spec.id()));
            if (feed.due == null) {
                // Resume the schedule (and any backoff) from the checkpoint, unless the feed was just edited.
                boolean edited = feed.polledSpec != null && !feed.polledSpec.equals(feed.spec);
                feed.due = checkpoint.nextFetch() != null && !edited ? checkpoint.nextFetch() : now;
            }
            if (now.isBefore(feed.due)) {
                continue;
            }
            String host = HostLimiter.hostOf(feed.spec.url());
            if (!hostLimiter.tryAcquire(host, now)) {
                continue;
            }
            feed.inFlight = true;
            fetchesInFlight++;
            FeedSpec spec = feed.spec;
            pool.execute(() -> {
                ReadResult result;
                try {
                    result = reader.read(spec, checkpoint);
                    if (result instanceof ReadResult.Read read) {
                        archive.store(spec.id(), clock.instant(), read.body());
                    }
                } catch (RuntimeException e) {
                    result = new ReadResult.Failed(0, "unexpected error: " + e, null, 0, Duration.ZERO);
                }
                completed.add(new Completed(spec, checkpoint, result, host));
                completions.release();
            });
        }
    }

    private void commitCompleted() {
        List<Completed> batch = new ArrayList<>();
        Completed next;
        while (batch.size() < MAX_UPDATES_PER_TRANSACTION && (next = completed.poll()) != null) {
            hostLimiter.release(next.host);
            fetchesInFlight--;
            OwnedFeed feed = owned.get(next.spec.id());
            if (feed == null || !feed.spec.equals(next.spec)) {
                if (feed != null) {
                    feed.inFlight = false;
                }
                LOG.debug("Dropping the result of feed {}: this instance no longer owns it or it changed.", next.spec.id());
                continue;
            }
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<FeedUpdate> updates = new ArrayList<>();
        for (Completed c : batch) {
            updates.add(planner.plan(c.spec, c.checkpoint, c.result, now));
        }
        boolean committed = commit(batch, updates);
        for (int i = 0; i < batch.size(); i++) {
            Completed c = batch.get(i);
            OwnedFeed feed = owned.get(c.spec.id());
            if (feed == null) {
                continue;
            }
            feed.inFlight = false;
            if (committed) {
                FeedUpdate update = updates.get(i);
                checkpoints.put(c.spec.id(), update.checkpoint());
                feed.due = update.checkpoint().nextFetch();
                feed.polledSpec = c.spec;
                report(update);
            } else {
                feed.due = now.plus(RETRY_AFTER_KAFKA_ERROR);
            }
        }
    }

    private boolean commit(List<Completed> batch, List<FeedUpdate> updates) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        int articles = 0;
        try {
            producer.beginTransaction();
            for (int i = 0; i < batch.size(); i++) {
                FeedUpdate update = updates.get(i);
                for (Article article : update.newArticles()) {
                    Article bounded = boundContent(article);
                    long timestamp = Math.min(bounded.published().toEpochMilli(), bounded.fetched().toEpochMilli());
                    producer.send(new ProducerRecord<>(topics.articles.name(), null, timestamp, bounded.id(), bounded));
                    articles++;
                }
                producer.send(new ProducerRecord<>(topics.feedCheckpoints.name(), update.checkpoint().feedId(), update.checkpoint()));
                producer.send(new ProducerRecord<>(topics.feedStatus.name(), update.status().feedId(), update.status()));
                TopicPartition tp = new TopicPartition(topics.feeds.name(), owned.get(batch.get(i).spec.id()).partition);
                offsets.put(tp, new OffsetAndMetadata(feedsConsumer.position(tp)));
            }
            // Commits in this group generation only: an instance that lost these feeds is fenced here.
            producer.sendOffsetsToTransaction(offsets, feedsConsumer.groupMetadata());
            producer.commitTransaction();
            articlesProduced.addAndGet(articles);
            metrics.articlesIngested(articles);
            for (FeedUpdate update : updates) {
                metrics.fetched(update.status().outcome(), Duration.ofMillis(update.status().latencyMs()));
            }
            return true;
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            LOG.warn("Ingest instance {} was fenced or refused by Kafka ({}); reopening its producer. "
                    + "The affected feeds will be polled again.", instanceId, e.getMessage());
            closeQuietly(producer);
            openProducer();
            return false;
        } catch (KafkaException e) {
            LOG.warn("Writing {} feed updates to Kafka failed ({}); the transaction was aborted and the feeds will "
                    + "be polled again.", batch.size(), e.getMessage());
            try {
                producer.abortTransaction();
            } catch (KafkaException abortFailure) {
                closeQuietly(producer);
                openProducer();
            }
            return false;
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

    private void report(FeedUpdate update) {
        FeedStatus s = update.status();
        Duration wait = Duration.between(s.time(), s.nextPoll());
        if (s.failed()) {
            LOG.warn("Feed {} ({}) failed: {}; failure {} in a row, next attempt in {}.", s.feedId(), s.url(), s.error(),
                    s.failures(), human(wait));
        } else if (s.itemsNew() > 0) {
            LOG.info("Feed {}: {} new article{} ({} already seen); next poll in {}.", s.feedId(), s.itemsNew(),
                    s.itemsNew() == 1 ? "" : "s", s.itemsSeen(), human(wait));
        } else {
            LOG.debug("Feed {}: nothing new ({}); next poll in {}.", s.feedId(), s.outcome(), human(wait));
        }
    }

    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + "s";
        }
        if (s < 7200) {
            return (s / 60) + "m";
        }
        return (s / 3600) + "h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + "m");
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> out = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
            out.add(new TopicPartition(topic, info.partition()));
        }
        return out;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            if (closeable instanceof KafkaProducer<?, ?> p) {
                p.close(Duration.ofSeconds(5));
            } else if (closeable instanceof KafkaConsumer<?, ?> c) {
                c.close(Duration.ofSeconds(5));
            } else {
                closeable.close();
            }
        } catch (Exception e) {
            LOG.debug("Closing {} failed: {}", closeable.getClass().getSimpleName(), e.getMessage());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            drop(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            assigned = false;
            drop(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned = true;
            if (partitions.isEmpty()) {
                return;
            }
            feedsConsumer.seekToBeginning(partitions);
            // Another instance may have just committed these feeds' checkpoints: read up to the end first.
            checkpointCatchUp = checkpointConsumer.endOffsets(checkpointConsumer.assignment());
            LOG.info("Ingest instance {} was assigned feed partitions {}.", instanceId,
                    partitions.stream().map(TopicPartition::partition).sorted().toList());
        }

        private void drop(Collection<TopicPartition> partitions) {
            Set<Integer> lost = new java.util.HashSet<>();
            partitions.forEach(tp -> lost.add(tp.partition()));
            int before = owned.size();
            owned.values().removeIf(feed -> lost.contains(feed.partition));
            ownedSnapshot = Set.copyOf(owned.keySet());
            if (before != owned.size()) {
                LOG.info("Ingest instance {} handed over {} feeds (partitions {}).", instanceId, before - owned.size(),
                        lost.stream().sorted().toList());
            }
        }
    }

    private static final class OwnedFeed {
        private FeedSpec spec;
        private FeedSpec polledSpec;
        private final int partition;
        private Instant due;
        private boolean inFlight;

        private OwnedFeed(FeedSpec spec, int partition) {
            this.spec = spec;
            this.partition = partition;
        }
    }

    private record Completed(FeedSpec spec, FeedCheckpoint checkpoint, ReadResult result, String host) {
    }
}
