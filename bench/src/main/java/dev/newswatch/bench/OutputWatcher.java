package dev.newswatch.bench;

import dev.newswatch.core.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one output topic with read_committed on its own thread (what a downstream consumer sees) and, for the
 * current phase, counts the records whose timestamp is at or after the phase start, notes when the expected
 * count was reached, and records each record's latency: the wall clock when it was read minus its timestamp.
 * Streams gives an output record the timestamp of the input record it came from, and the benchmark sets that
 * to the wall clock at send, so the latency runs from the send of the article to the read of the result.
 * Thread-safe.
 */
final class OutputWatcher implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicReference<RuntimeException> error = new AtomicReference<>();
    private volatile boolean running = true;

    private long phaseStartMs = Long.MAX_VALUE;
    private int expected;
    private int count;
    private long completedAtNanos;
    private long[] latencies = new long[1024];

    OutputWatcher(KafkaClients clients, String topic, String name) {
        this.topic = topic;
        consumer = new KafkaConsumer<>(clients.consumer("bench-watch-" + name, null), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic, p.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::loop, "bench-watch-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts counting records stamped at or after {@code fromMs}; the phase is complete at {@code expectedRecords}. */
    synchronized void startPhase(long fromMs, int expectedRecords) {
        phaseStartMs = fromMs;
        expected = expectedRecords;
        count = 0;
        completedAtNanos = 0;
        latencies = new long[Math.max(16, expectedRecords)];
        if (expectedRecords == 0) {
            completedAtNanos = System.nanoTime();
        }
    }

    /** Waits until the phase is complete; false on timeout (the count so far is then in {@link #count()}). */
    boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (completedAtNanos() == 0) {
            if (error.get() != null) {
                throw new IllegalStateException("the watcher of " + topic + " failed", error.get());
            }
            if (System.nanoTime() > deadline) {
                System.out.printf(Locale.ROOT, "timed out after %d s waiting for %s: %d of %d records%n",
                        timeout.toSeconds(), topic, count(), expectedCount());
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    synchronized long completedAtNanos() {
        return completedAtNanos;
    }

    synchronized int count() {
        return count;
    }

    synchronized int expectedCount() {
        return expected;
    }

    synchronized LatencySummary latencies() {
        return LatencySummary.of(latencies, Math.min(count, latencies.length));
    }

    private void loop() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(20));
                if (!records.isEmpty()) {
                    long readAt = System.currentTimeMillis();
                    long readAtNanos = System.nanoTime();
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        record(record.timestamp(), readAt, readAtNanos);
                    }
                }
            }
        } catch (RuntimeException e) {
            error.set(e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private synchronized void record(long timestamp, long readAtMs, long readAtNanos) {
        if (timestamp < phaseStartMs) {
            return;
        }
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = readAtMs - timestamp;
        if (count == expected && completedAtNanos == 0) {
            completedAtNanos = readAtNanos;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
