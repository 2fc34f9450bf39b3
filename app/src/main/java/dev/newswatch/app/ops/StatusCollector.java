package dev.newswatch.app.ops;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.alerts.AlertService;
import dev.newswatch.core.config.OpsSettings;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.KafkaUnreachableException;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.kafka.TopicCheck;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Gathers a {@link StatusReport} from a cluster: brokers ({@code describeCluster}), each catalogue topic's
 * offsets and newest record, the lag of the Newswatch consumer groups ({@code <prefix>ingest}, {@code <prefix>alerts-articles},
 * {@code <prefix>enrich}, {@code <prefix>alerts}), the feed-status and deliveries tables, and the
 * {@code /health} of a process on the configured ops port. Offsets are read committed (last stable offset).
 * Stateless; each call opens and closes its own clients.
 */
public final class StatusCollector {

    /** Records read back from the end of each partition to find its newest timestamp (transaction markers hide a few). */
    static final int TAIL_RECORDS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(4);

    private StatusCollector() {
    }

    /**
     * @throws IllegalStateException when the cluster cannot be reached
     */
    public static StatusReport collect(NewswatchConfig config, KafkaClients clients, OpsSettings ops, Clock clock) {
        return collect(config, clients, ops, clock, true);
    }

    /**
     * As {@link #collect(NewswatchConfig, KafkaClients, OpsSettings, Clock)}; with {@code tables} false the
     * feed-status and deliveries tables are not read (the report's feeds and deliveries are empty), which keeps a
     * frequent sample (the dashboard's) cheap however large those tables grow.
     *
     * @throws IllegalStateException when the cluster cannot be reached
     */
    public static StatusReport collect(NewswatchConfig config, KafkaClients clients, OpsSettings ops, Clock clock,
                                       boolean tables) {
        var topics = config.topics();
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("ingest", topics.prefix() + "ingest");
        groups.put("enrich", topics.prefix() + "enrich");
        groups.put("alerts", topics.prefix() + "alerts");
        groups.put(AlertService.ARTICLE_GROUP, topics.prefix() + AlertService.ARTICLE_GROUP);
        try (Admin admin = Admin.create(clients.admin("newswatch-status"))) {
            StatusReport.Cluster cluster = cluster(admin, clients.bootstrapServers());
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<String> names = topics.all().stream().map(Topic::name).filter(existing::contains).toList();
            Map<String, TopicDescription> described = names.isEmpty() ? Map.of()
                    : admin.describeTopics(names).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, TopicCheck.Layout> layouts = TopicCheck.describe(admin, names);
            List<TopicPartition> partitions = new ArrayList<>();
            described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            Map<TopicPartition, Long> begin = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest());
            Map<String, Map<TopicPartition, Long>> committed = new LinkedHashMap<>();
            for (String group : groups.values()) {
                committed.put(group, committed(admin, group));
            }
            Tails tails = tails(clients, begin, end);
            List<StatusReport.GroupStatus> groupRows = groupRows(admin, groups, committed, end, tails);
            Map<String, Instant> newest = tails.newest();
            List<StatusReport.TopicStatus> topicRows = new ArrayList<>();
            for (Topic<?, ?> t : topics.all()) {
                TopicDescription d = described.get(t.name());
                if (d == null) {
                    topicRows.add(new StatusReport.TopicStatus(t.alias(), t.name(), false, 0, 0, 0, 0, 0, null, Map.of()));
                    continue;
                }
                long records = 0;
                for (var p : d.partitions()) {
                    TopicPartition tp = new TopicPartition(t.name(), p.partition());
                    records += Math.max(0, end.getOrDefault(tp, 0L) - begin.getOrDefault(tp, 0L));
                }
                TopicCheck.Layout layout = layouts.get(t.name());
                int inSync = d.partitions().stream().mapToInt(p -> p.isr().size()).min().orElse(0);
                topicRows.add(new StatusReport.TopicStatus(t.alias(), t.name(), true, d.partitions().size(),
                        layout == null ? 0 : layout.replicationFactor(), layout == null ? 0 : layout.minInsyncReplicas(),
                        inSync, records,
                        newest.get(t.name()), lagOf(t.name(), committed, end, tails)));
            }
            List<FeedStatus> feeds = tables && existing.contains(topics.feedStatus.name())
                    ? TableTopics.read(clients, topics.feedStatus).values().stream().filter(java.util.Objects::nonNull).toList()
                    : List.of();
            Map<String, StatusReport.DeliveryCounts> deliveries = tables && existing.contains(topics.deliveries.name())
                    ? deliveries(TableTopics.read(clients, topics.deliveries).values())
                    : Map.of();
            return new StatusReport(clock.instant(), cluster, topicRows, groupRows, process(ops), feeds, deliveries,
                    newest.get(topics.articles.name()), newest.get(topics.alerts.name()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the status of " + clients.bootstrapServers(), e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.errors.TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new KafkaUnreachableException("cannot reach Kafka at " + clients.bootstrapServers() + " ("
                    + cause.getMessage() + "); is 'newswatch up' running, or is --bootstrap-servers right?", e);
        }
    }

    /** Counts deliveries per subscription: failed ones (a retry is due) and digests still to send are pending. */
    static Map<String, StatusReport.DeliveryCounts> deliveries(Collection<Delivery> ledger) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Delivery d : ledger) {
            if (d == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(d.subscriptionId(), k -> new int[3]);
            switch (d.state()) {
                case Delivery.DELIVERED -> c[0]++;
                case Delivery.DEAD -> c[2]++;
                default -> c[1]++;
            }
        }
        Map<String, StatusReport.DeliveryCounts> out = new TreeMap<>();
        counts.forEach((id, c) -> out.put(id, new StatusReport.DeliveryCounts(c[0], c[1], c[2])));
        return out;
    }

    private static StatusReport.Cluster cluster(Admin admin, String bootstrap)
            throws InterruptedException, ExecutionException, TimeoutException {
        DescribeClusterResult result = admin.describeCluster();
        Collection<Node> nodes = result.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Node controller = result.controller().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        String clusterId = result.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<String> brokers = nodes.stream().sorted(java.util.Comparator.comparingInt(Node::id))
                .map(StatusCollector::describe).toList();
        return new StatusReport.Cluster(bootstrap, clusterId, brokers,
                controller == null || controller.isEmpty() ? null : describe(controller));
    }

    private static String describe(Node node) {
        return node.id() + " " + node.host() + ":" + node.port();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> info = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        info.forEach((tp, i) -> out.put(tp, i.offset()));
        return out;
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        offsets.forEach((tp, o) -> {
            if (o != null) {
                out.put(tp, o.offset());
            }
        });
        return out;
    }

    private static List<StatusReport.GroupStatus> groupRows(Admin admin, Map<String, String> groups,
                                                           Map<String, Map<TopicPartition, Long>> committed,
                                                           Map<TopicPartition, Long> catalogueEnds, Tails tails)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, ConsumerGroupDescription> described = new HashMap<>();
        var futures = admin.describeConsumerGroups(groups.values()).describedGroups();
        for (var e : futures.entrySet()) {
            try {
                described.put(e.getKey(), e.getValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException groupMissing) {
                // A group that never ran is not an error: it shows as "-".
            }
        }
        // Groups also commit on topics outside the catalogue (the enrich repartition topic): ask their ends too.
        List<TopicPartition> others = new ArrayList<>();
        committed.values().forEach(m -> m.keySet().stream().filter(tp -> !catalogueEnds.containsKey(tp)).forEach(others::add));
        Map<TopicPartition, Long> ends = new HashMap<>(catalogueEnds);
        ends.putAll(offsets(admin, others.stream().distinct().toList(), OffsetSpec.latest()));
        List<StatusReport.GroupStatus> rows = new ArrayList<>();
        groups.forEach((role, id) -> {
            ConsumerGroupDescription d = described.get(id);
            Map<TopicPartition, Long> offsets = committed.getOrDefault(id, Map.of());
            Long lag = null;
            for (var e : offsets.entrySet()) {
                Long endOffset = ends.get(e.getKey());
                if (endOffset != null) {
                    lag = (lag == null ? 0 : lag) + tails.lag(e.getKey(), e.getValue(), endOffset);
                }
            }
            String state = d == null ? "-" : d.groupState().toString();
            rows.add(new StatusReport.GroupStatus(id, role, state, d == null ? 0 : d.members().size(), lag));
        });
        return rows;
    }

    private static Map<String, Long> lagOf(String topic, Map<String, Map<TopicPartition, Long>> committed,
                                           Map<TopicPartition, Long> end, Tails tails) {
        Map<String, Long> lag = new LinkedHashMap<>();
        committed.forEach((group, offsets) -> offsets.forEach((tp, offset) -> {
            if (tp.topic().equals(topic)) {
                lag.merge(group, tails.lag(tp, offset, end.getOrDefault(tp, offset)), Long::sum);
            }
        }));
        return lag;
    }

    /**
     * Reads the last {@link #TAIL_RECORDS} offsets of each non-empty partition: the newest timestamp per topic, and
     * which offsets hold records (the others are transaction markers).
     */
    private static Tails tails(KafkaClients clients, Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end) {
        Map<String, Instant> newest = new HashMap<>();
        Map<TopicPartition, Long> from = new HashMap<>();
        Map<TopicPartition, List<Long>> offsets = new HashMap<>();
        List<TopicPartition> nonEmpty = end.keySet().stream()
                .filter(tp -> end.get(tp) > begin.getOrDefault(tp, 0L)).toList();
        if (nonEmpty.isEmpty()) {
            return new Tails(newest, from, offsets);
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clients.consumer("newswatch-status", null),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(nonEmpty);
            for (TopicPartition tp : nonEmpty) {
                long start = Math.max(begin.getOrDefault(tp, 0L), end.get(tp) - TAIL_RECORDS);
                from.put(tp, start);
                consumer.seek(tp, start);
            }
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            boolean complete;
            while (!(complete = reached(consumer, nonEmpty, end)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Instant t = Instant.ofEpochMilli(r.timestamp());
                    newest.merge(r.topic(), t, (a, b) -> a.isAfter(b) ? a : b);
                    offsets.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), k -> new ArrayList<>()).add(r.offset());
                }
            }
            if (!complete) {
                // Partitions not read to the end: their lag falls back to offsets alone.
                nonEmpty.stream().filter(tp -> consumer.position(tp) < end.get(tp)).forEach(from::remove);
            }
        }
        return new Tails(newest, from, offsets);
    }

    /** What the tail read saw. */
    record Tails(Map<String, Instant> newest, Map<TopicPartition, Long> from,
                         Map<TopicPartition, List<Long>> offsets) {

        /**
         * Records after {@code committed}. A consumer commits the offset after its last record, which may sit
         * before a transaction marker: offsets alone would show such a caught-up consumer one record behind.
         * Within the tail read the records are counted; further back the offsets are the best estimate.
         */
        long lag(TopicPartition tp, long committed, long end) {
            Long start = from.get(tp);
            if (start == null || committed < start) {
                return Math.max(0, end - committed);
            }
            return offsets.getOrDefault(tp, List.of()).stream().filter(o -> o >= committed).count();
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        for (TopicPartition tp : partitions) {
            if (consumer.position(tp) < end.get(tp)) {
                return false;
            }
        }
        return true;
    }

    /** Asks {@code /health} of a process on the configured ops port of this machine (or of the bind address). */
    static StatusReport.ProcessStatus process(OpsSettings ops) {
        if (ops.port() <= 0) {
            return new StatusReport.ProcessStatus(null, null, "no fixed ops port configured (http.port)");
        }
        String host = ops.bindAddress().equals("0.0.0.0") || ops.bindAddress().equals("::") ? "127.0.0.1" : ops.bindAddress();
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + ops.port() + "/health";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(HEALTH_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 503) {
                return new StatusReport.ProcessStatus(url, null, "HTTP " + response.statusCode());
            }
            return new StatusReport.ProcessStatus(url, HealthReport.fromJson(response.body()), null);
        } catch (IOException | IllegalArgumentException e) {
            return new StatusReport.ProcessStatus(url, null, "no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StatusReport.ProcessStatus(url, null, "interrupted");
        }
    }
}
