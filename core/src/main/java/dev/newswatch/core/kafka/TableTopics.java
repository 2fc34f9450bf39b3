package dev.newswatch.core.kafka;

import dev.newswatch.core.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reading and writing compacted topics used as tables (feeds, entities, subscriptions): the latest value per
 * key, null meaning deleted. Every write is acknowledged before the call returns. Stateless; thread-safe.
 * A cluster that does not answer in time is reported as a {@link KafkaUnreachableException}.
 */
public final class TableTopics {

    private TableTopics() {
    }

    /** Reads {@code topic} from the beginning to its current end (read_committed): latest value per key, null = deleted. */
    public static <K, V> Map<K, V> read(KafkaClients clients, Topic<K, V> topic) {
        Map<K, V> table = new LinkedHashMap<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(clients.consumer("table-reader", null),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic.name(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaUnreachableException("timed out reading " + topic.name() + " from "
                            + clients.bootstrapServers(), null);
                }
                for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                    table.put(record.key(), record.value());
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new KafkaUnreachableException("cannot reach Kafka at " + clients.bootstrapServers() + " to read "
                    + topic.name() + " (is 'newswatch up' running, or is --bootstrap-servers right?)", e);
        }
        return table;
    }

    /** Writes one key (a null value deletes it) and waits for the broker's acknowledgement. */
    public static <K, V> void put(KafkaClients clients, Topic<K, V> topic, K key, V value) {
        putAll(clients, topic, Map.of(key, Optional.ofNullable(value)));
    }

    /** Writes several keys (an empty Optional deletes) and waits for every acknowledgement. */
    public static <K, V> void putAll(KafkaClients clients, Topic<K, V> topic, Map<K, Optional<V>> values) {
        try (KafkaProducer<K, V> producer = new KafkaProducer<>(clients.producer("table-writer", null),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            List<Future<?>> acks = new ArrayList<>();
            values.forEach((k, v) -> acks.add(producer.send(new ProducerRecord<>(topic.name(), k, v.orElse(null)))));
            for (Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic.name(), e);
        } catch (TimeoutException e) {
            throw unreachableWriting(clients, topic, "no acknowledgement within 30 s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException timeout) {
                throw unreachableWriting(clients, topic, timeout.getMessage(), timeout);
            }
            throw new IllegalStateException("cannot write to " + topic.name() + " at " + clients.bootstrapServers() + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    private static KafkaUnreachableException unreachableWriting(KafkaClients clients, Topic<?, ?> topic, String reason,
                                                                Throwable cause) {
        return new KafkaUnreachableException("cannot write to " + topic.name() + " at " + clients.bootstrapServers()
                + ": " + reason + " (is 'newswatch up' running, or is --bootstrap-servers right?)", cause);
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
