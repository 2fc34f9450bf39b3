package dev.newswatch.app.backtest;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole articles topic, from the beginning to the end offsets at the start, with a read_committed
 * consumer that joins no group and commits nothing, into a {@link History}: records in timestamp order
 * (then partition and offset), the first record of each article id kept. Unreadable records are reported as
 * problems. Stateless.
 */
public final class ArticlesTopicReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlesTopicReader.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private ArticlesTopicReader() {
    }

    /**
     * @throws IllegalStateException when the topic does not exist or the cluster cannot be reached
     */
    public static History read(KafkaClients clients, Topic<String, Article> topic, Progress progress) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.consumer("newswatch-backtest", null),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic.name(), METADATA_TIMEOUT);
            } catch (org.apache.kafka.common.KafkaException e) {
                throw new IllegalStateException("cannot read topic " + topic.name() + " at " + clients.bootstrapServers()
                        + ": " + e.getMessage(), e);
            }
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic.name() + " does not exist at " + clients.bootstrapServers());
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            while (!reached(consumer, end)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                progress.update(records.size(), total);
            }
        } finally {
            progress.finish();
        }
        records.sort(Comparator.comparingLong((ConsumerRecord<String, byte[]> r) -> r.timestamp())
                .thenComparing(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
        List<Article> sightings = new ArrayList<>(records.size());
        List<String> problems = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (r.value() == null) {
                continue;
            }
            try {
                sightings.add(topic.valueSerde().deserializer().deserialize(r.topic(), r.value()));
            } catch (SerializationException | IllegalArgumentException e) {
                problems.add(r.topic() + "-" + r.partition() + "@" + r.offset() + ": " + e.getMessage());
            }
        }
        History history = History.of(sightings, records.size(), problems);
        LOG.info("Read {} records of {}: {} articles, {} unreadable.", records.size(), topic.name(),
                history.articles().size(), problems.size());
        return history;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
