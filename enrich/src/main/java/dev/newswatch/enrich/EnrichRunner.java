package dev.newswatch.enrich;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.KafkaContact;
import dev.newswatch.core.metrics.PipelineMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the {@link KafkaStreams} lifecycle of the enrich topology: exactly-once (v2) processing, state under
 * the data directory, poison records (unreadable JSON, invalid articles, a failing record) sent to the
 * dead-letter topic with their source topic, partition, offset and error in the headers while the stream
 * keeps running, and a replaced thread on an unexpected error. Start with {@link #start()}, stop with
 * {@link #close()}.
 */
public final class EnrichRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichRunner.class);

    private final KafkaStreams streams;
    private final String applicationId;
    private final KafkaContact kafka = new KafkaContact();
    private volatile AutoCloseable streamsMeters = () -> { };

    /**
     * @param applicationId   the Streams application id (consumer group and internal topic prefix)
     * @param stateDir        where local state stores live
     * @param dlqTopic        the dead-letter topic
     * @param commitInterval  commit interval (bounds latency with exactly-once)
     */
    public EnrichRunner(Topology topology, KafkaClients clients, String applicationId, Path stateDir, String dlqTopic,
                        Duration commitInterval) {
        this.applicationId = applicationId;
        Properties props = clients.streams(applicationId);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(commitInterval.toMillis()));
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, dlqTopic);
        props.put(StreamsConfig.producerPrefix("linger.ms"), "5");
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), "15000");
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Enrich stream thread failed; replacing it.", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("Enrich ({}) is {} (was {}).", applicationId, now, before));
        kafka.watch(streams::metrics);
    }

    /** Binds the Streams app's metrics ({@code kafka.stream.*} and its clients') on {@code metrics}; call before {@link #start()}. */
    public EnrichRunner metrics(PipelineMetrics metrics) {
        streamsMeters = metrics.bind(() -> new KafkaStreamsMetrics(streams));
        return this;
    }

    public EnrichRunner start() {
        streams.start();
        return this;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Whether the Streams app's clients hear from the cluster: the Kafka part of {@code /health}. */
    public KafkaContact kafka() {
        return kafka;
    }

    @Override
    public void close() {
        LOG.info("Stopping enrich ({}).", applicationId);
        try {
            streamsMeters.close();
        } catch (Exception e) {
            LOG.debug("Unbinding the Streams metrics of {} failed: {}", applicationId, e.getMessage());
        }
        streams.close(Duration.ofSeconds(20));
    }
}
