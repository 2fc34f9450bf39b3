package dev.newswatch.ingest;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.KafkaContact;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.serde.JsonSerde;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.ingest.fulltext.FullTextFetcher;
import dev.newswatch.ingest.websub.HubLinks;
import dev.newswatch.ingest.websub.PushSink;
import dev.newswatch.ingest.websub.WebSubSubscriber;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serializer;
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
 *   <li><b>Push.</b> With a {@link WebSubSubscriber} ({@link #webSub}), feeds that name a WebSub hub are
 *       subscribed, and content their hub pushes ({@link #pushSink()}) is planned against the feed's checkpoint and
 *       committed in the same transaction as polls, never while a poll of that feed runs; such feeds are polled at
 *       the subscriber's longer interval while the subscription is active.</li>
 *   <li><b>Politeness.</b> {@link PollPolicy} decides when a feed is due and {@link HostLimiter} limits
 *       requests per host; fetching and parsing run on a pool, Kafka on one coordinator thread.</li>
 * </ul>
 * The service coordinates the parts: {@link FeedOwnership} (which feeds), {@link CheckpointCatchUp} (their
 * checkpoints), {@link FetchDispatcher} (the fetch pool) and {@link PollCommitter} (the transaction).
 * Start with {@link #start()}, stop with {@link #close()}. Thread-safe to start and close from any thread.
 * Fetches and articles are counted on the {@link PipelineMetrics} given to {@link #metrics} before the start
 * (none by default), once their transaction committed.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Duration RETRY_AFTER_KAFKA_ERROR = Duration.ofSeconds(5);
    private static final int MAX_UPDATES_PER_TRANSACTION = 200;

    private final Topics topics;
    private final KafkaClients clients;
    private final String instanceId;
    private final FeedReader reader;
    private final FeedUpdatePlanner planner;
    private final HostLimiter hostLimiter;
    private final int fetchThreads;
    private int requestsInFlight;
    private final Clock clock;
    private final FeedArchive archive;

    private final FeedOwnership ownership;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean assigned;
    private volatile boolean closeRequested;
    private volatile String death;
    private final KafkaContact kafka = new KafkaContact();
    private volatile PipelineMetrics metrics = PipelineMetrics.NONE;
    private volatile FullTextFetcher fullText;
    private volatile WebSubSubscriber webSub;
    private final ConcurrentLinkedQueue<PendingPush> pushes = new ConcurrentLinkedQueue<>();
    private final List<AutoCloseable> clientMeters = new ArrayList<>();
    private Thread coordinator;
    private FetchDispatcher dispatcher;
    private KafkaConsumer<String, FeedSpec> feedsConsumer;
    private KafkaConsumer<String, FeedCheckpoint> checkpointConsumer;
    private CheckpointCatchUp checkpoints;
    private volatile PollCommitter committer;

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
        this.requestsInFlight = fetchThreads;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.ownership = new FeedOwnership(instanceId);
    }

    /**
     * Lets up to {@code n} requests be in flight over all hosts (each on a thread that waits on the network), while
     * the {@code fetchThreads} of the constructor parse; call before {@link #start()}. Default: as many as the
     * parse threads.
     */
    public IngestService requestsInFlight(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("requests in flight must be at least 1, got " + n);
        }
        this.requestsInFlight = n;
        return this;
    }

    /** Records fetches, articles and the Kafka clients' metrics on {@code pipelineMetrics}; call before {@link #start()}. */
    public IngestService metrics(PipelineMetrics pipelineMetrics) {
        this.metrics = Objects.requireNonNull(pipelineMetrics, "pipelineMetrics");
        return this;
    }

    /**
     * Adds article pages' text to new teaser items with {@code fetcher} (closed with this service); call before
     * {@link #start()}. Without it articles carry only the feed's text.
     */
    public IngestService fullText(FullTextFetcher fetcher) {
        this.fullText = Objects.requireNonNull(fetcher, "fetcher");
        return this;
    }

    /**
     * Subscribes feeds that name a WebSub hub with {@code subscriber} (closed with this service), polls them at its
     * longer interval while their subscription is active, and commits content pushed through {@link #pushSink()};
     * call before {@link #start()}.
     */
    public IngestService webSub(WebSubSubscriber subscriber) {
        this.webSub = Objects.requireNonNull(subscriber, "subscriber");
        return this;
    }

    /**
     * Where the WebSub callback hands verified notifications: each is parsed like a fetched document and committed
     * through the same transaction, dedup and checkpoint as a poll of its feed, never while a poll of that feed
     * runs. Thread-safe.
     */
    public PushSink pushSink() {
        return (feedId, body, contentType, received) -> {
            PendingPush push = new PendingPush(feedId, body, contentType, received, new CompletableFuture<>());
            if (!running) {
                push.done().complete(PushSink.Outcome.DROPPED);
                return push.done();
            }
            pushes.add(push);
            return push.done();
        };
    }

    /** Starts the coordinator thread and returns at once. */
    public synchronized IngestService start() {
        if (running) {
            return this;
        }
        running = true;
        dispatcher = new FetchDispatcher(reader, hostLimiter, clock, archive, fetchThreads, requestsInFlight, instanceId,
                fullText);
        coordinator = new Thread(this::runCoordinator, "ingest-coordinator-" + instanceId);
        coordinator.start();
        return this;
    }

    /** The ids of the feeds this instance polls now. */
    public Set<String> ownedFeeds() {
        return ownership.snapshot();
    }

    /** True while the feeds consumer holds an assignment of the group (possibly empty): readiness of {@code /health}. */
    public boolean assigned() {
        return assigned && running;
    }

    /**
     * Whether this instance's Kafka clients hear from the cluster (its feeds and checkpoint consumers and its
     * producer): the Kafka part of {@code /health}.
     */
    public KafkaContact kafka() {
        return kafka;
    }

    /**
     * Why the coordinator thread stopped without being closed (an unexpected error), or null while it runs or after
     * {@link #close()}: the liveness of {@code /health/live}.
     */
    public String death() {
        return death;
    }

    /** Articles produced (committed) since start. */
    public int articlesProduced() {
        PollCommitter current = committer;
        return current == null ? 0 : current.articlesProduced();
    }

    /** Stops polling, lets the coordinator finish its current transaction and leaves the group. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            if (!running) {
                return;
            }
            closeRequested = true;
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
                    // While the checkpoints are read up to their end, that reading (caughtUp) is the wait.
                    boolean waitElsewhere = dispatcher.busy() || !pushes.isEmpty() || checkpoints.catchingUp();
                    List<String> removed = ownership.apply(feedsConsumer.poll(
                            waitElsewhere ? Duration.ZERO : POLL_TIMEOUT));
                    if (webSub != null) {
                        removed.forEach(webSub::removed);
                    }
                } catch (WakeupException e) {
                    break;
                }
                checkpoints.poll();
                commitCompleted();
                if (checkpoints.caughtUp()) {
                    tickWebSub();
                    dispatchPushes();
                    dispatcher.dispatchDue(ownership, checkpoints);
                }
                awaitCompletion();
            }
        } catch (RuntimeException e) {
            LOG.error("Ingest instance {} stopped on an unexpected error.", instanceId, e);
            if (!closeRequested) {
                death = e.toString();
            }
        } finally {
            if (!closeRequested && death == null) {
                death = "the coordinator thread stopped";
            }
            running = false;
            assigned = false;
            PendingPush left;
            while ((left = pushes.poll()) != null) {
                left.done().complete(PushSink.Outcome.DROPPED);
            }
            closeClients();
            stopped.countDown();
            LOG.info("Ingest instance {} stopped ({} articles produced).", instanceId, articlesProduced());
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
        checkpoints = new CheckpointCatchUp(checkpointConsumer, topics.feedCheckpoints.name());
        committer = new PollCommitter(topics, instanceId, this::newProducer, metrics, () -> running);
        kafka.watch(feedsConsumer::metrics).watch(checkpointConsumer::metrics).watch(committer::producerMetrics);
        committer.openInBackground();
        feedsConsumer.subscribe(List.of(topics.feeds.name()), new Rebalance());
    }

    @SuppressWarnings("unchecked")
    private Producer<String, Object> newProducer() {
        var props = clients.producer("ingest-" + instanceId, topics.prefix() + "ingest-" + instanceId);
        // One producer writes articles, checkpoints and statuses: each value with its own class's serde.
        Serializer<Object> valueSerializer = (topic, data) -> JsonSerde.of(
                (Class<Object>) (data == null ? Object.class : data.getClass())).serializer().serialize(topic, data);
        return new KafkaProducer<>(props, topics.articles.keySerde().serializer(), valueSerializer);
    }

    private void closeClients() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        if (webSub != null) {
            webSub.close();
        }
        clientMeters.forEach(KafkaCloser::closeQuietly);
        clientMeters.clear();
        KafkaCloser.closeQuietly(feedsConsumer);
        KafkaCloser.closeQuietly(checkpointConsumer);
        KafkaCloser.closeQuietly(committer);
    }

    private void awaitCompletion() {
        try {
            dispatcher.awaitCompletion(POLL_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * WebSub upkeep: a feed this instance just took over subscribes at once to the hub its checkpoint names
     * (subscriptions do not survive a restart); renewals and timeouts go by the clock; a feed whose subscription
     * became active or failed is polled at once (its status then shows the new state, and a failed hub's feed is
     * back on its normal interval).
     */
    private void tickWebSub() {
        if (webSub == null) {
            return;
        }
        Instant now = clock.instant();
        for (FeedOwnership.OwnedFeed feed : ownership.feeds()) {
            if (feed.due == null) {
                FeedCheckpoint checkpoint = checkpoints.of(feed.spec.id());
                if (checkpoint.webSubHub() != null && checkpoint.webSubTopic() != null && webSub.state(feed.spec.id()) == null) {
                    try {
                        webSub.discovered(feed.spec, new HubLinks(URI.create(checkpoint.webSubHub()),
                                URI.create(checkpoint.webSubTopic())));
                    } catch (IllegalArgumentException e) {
                        LOG.warn("Feed {}: the WebSub hub in its checkpoint is not a URL ({}); its next poll finds it again.",
                                feed.spec.id(), e.getMessage());
                    }
                }
            }
        }
        webSub.tick();
        for (String feedId : webSub.drainChanged()) {
            FeedOwnership.OwnedFeed feed = ownership.get(feedId);
            if (feed != null) {
                feed.due = now;
            }
        }
    }

    /** Hands pushed content to the pool, feed by feed, never while a fetch of the same feed runs. */
    private void dispatchPushes() {
        List<PendingPush> waiting = new ArrayList<>();
        PendingPush push;
        while ((push = pushes.poll()) != null) {
            FeedOwnership.OwnedFeed feed = ownership.get(push.feedId());
            if (feed == null) {
                LOG.info("Dropped content pushed for feed {}: this instance does not own it (its poll reads it).",
                        push.feedId());
                push.done().complete(PushSink.Outcome.DROPPED);
            } else if (dispatcher.fetching(push.feedId())) {
                waiting.add(push);
            } else {
                dispatcher.dispatchPush(feed.spec, checkpoints.of(push.feedId()), push);
            }
        }
        pushes.addAll(waiting);
    }

    private void commitCompleted() {
        List<FetchDispatcher.Completed> batch = new ArrayList<>();
        Instant now = clock.instant();
        List<PollCommitter.Poll> polls = new ArrayList<>();
        for (FetchDispatcher.Completed c : dispatcher.takeCompleted(MAX_UPDATES_PER_TRANSACTION, ownership)) {
            FeedUpdate update;
            if (c.push() != null) {
                if (!(c.result() instanceof ReadResult.Read pushed)) {
                    LOG.warn("Ignored content pushed for feed {}: {}", c.spec().id(),
                            ((ReadResult.Failed) c.result()).message());
                    c.push().done().complete(PushSink.Outcome.DROPPED);
                    continue;
                }
                update = planner.planPush(c.spec(), c.checkpoint(), pushed, now);
            } else {
                update = planner.plan(scheduled(c.spec()), c.checkpoint(), c.result(), now);
            }
            if (webSub != null) {
                update = new FeedUpdate(update.newArticles(), update.checkpoint(),
                        update.status().withPush(webSub.state(c.spec().id())));
            }
            batch.add(c);
            polls.add(new PollCommitter.Poll(update, ownership.get(c.spec().id()).partition));
        }
        if (batch.isEmpty()) {
            return;
        }
        boolean committed = committer.commit(polls, feedsConsumer);
        for (int i = 0; i < batch.size(); i++) {
            FetchDispatcher.Completed c = batch.get(i);
            FeedUpdate update = polls.get(i).update();
            if (c.push() != null) {
                c.push().done().complete(committed ? PushSink.Outcome.COMMITTED : PushSink.Outcome.FAILED);
            }
            FeedOwnership.OwnedFeed feed = ownership.get(c.spec().id());
            if (feed == null) {
                continue;
            }
            if (committed) {
                checkpoints.committed(c.spec().id(), update.checkpoint());
                if (c.push() != null) {
                    LOG.info("Feed {}: {} new article{} pushed by its WebSub hub ({} already seen).", c.spec().id(),
                            update.status().itemsNew(), update.status().itemsNew() == 1 ? "" : "s",
                            update.status().itemsSeen());
                    continue;
                }
                feed.due = update.checkpoint().nextFetch();
                feed.polledSpec = c.spec();
                report(update);
                if (webSub != null && c.result() instanceof ReadResult.Read read) {
                    webSub.discovered(c.spec(), read.hub());
                }
            } else if (c.push() == null) {
                feed.due = now.plus(RETRY_AFTER_KAFKA_ERROR);
            }
        }
    }

    /** The feed as its poll is planned: with the longer WebSub interval while its subscription is active. */
    private FeedSpec scheduled(FeedSpec spec) {
        if (webSub == null || !webSub.pushing(spec.id())) {
            return spec;
        }
        Duration push = webSub.pollInterval();
        Duration interval = spec.interval() == null || spec.interval().compareTo(push) < 0 ? push : spec.interval();
        return new FeedSpec(spec.id(), spec.url(), spec.name(), spec.language(), interval, spec.fullText());
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

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            ownership.drop(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            assigned = false;
            ownership.drop(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned = true;
            if (partitions.isEmpty()) {
                return;
            }
            feedsConsumer.seekToBeginning(partitions);
            // Another instance may have just committed these feeds' checkpoints: read up to the end first.
            checkpoints.startCatchUp();
            LOG.info("Ingest instance {} was assigned feed partitions {}.", instanceId,
                    partitions.stream().map(TopicPartition::partition).sorted().toList());
        }
    }
}
