package dev.newswatch.core.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/** Reading a whole topic outside any consumer group, as the stages do with the table topics they follow. */
public final class WholeTopic {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private WholeTopic() {
    }

    /**
     * Assigns every partition of {@code topic} to {@code consumer} and positions it at the beginning.
     *
     * @return the partitions assigned
     * @throws org.apache.kafka.common.errors.TimeoutException when the topic's metadata does not arrive within 30 s
     */
    public static List<TopicPartition> assignFromBeginning(Consumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic, METADATA_TIMEOUT)) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }
}
