package dev.newswatch.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * The backtest's stream time punctuates when Kafka Streams does: the same record times give the same punctuation
 * times as a {@code STREAM_TIME} schedule of a real processor on a {@link TopologyTestDriver}.
 */
class StreamTimeTest {

    private static final Instant T0 = Instant.parse("2026-11-16T18:30:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    /** Record times in piping order. */
    private static final List<Instant> TIMES = List.of(
            T0,
            T0.plus(Duration.ofMinutes(10)),
            T0.plus(Duration.ofMinutes(40)),                 // crosses the next full hour
            T0.plus(Duration.ofMinutes(20)),                 // late: stream time stays
            T0.plus(Duration.ofMinutes(40)),                 // the same time again
            T0.plus(Duration.ofHours(7)),                    // a gap of several intervals: one punctuation
            T0.plus(Duration.ofHours(7)).plus(Duration.ofMinutes(31)),
            T0.plus(Duration.ofDays(3)));

    @Test
    void shouldPunctuateAtTheStreamTimesKafkaStreamsPunctuatesAt() {
        // Given what a processor with an hourly stream-time schedule sees on the driver
        List<Long> kafka = kafkaStreamsPunctuations(TIMES);

        // When the same records are processed outside Kafka Streams
        List<Long> ours = new ArrayList<>();
        StreamTime streamTime = new StreamTime().schedule(HOUR, ours::add);
        TIMES.forEach(t -> streamTime.processed(t.toEpochMilli()));

        // Then both at the first record, past the next full hour, once after the gap, past the next full hour again
        // and three days on, each given the stream time
        List<Long> expected = List.of(T0, T0.plus(Duration.ofMinutes(40)), T0.plus(Duration.ofHours(7)),
                T0.plus(Duration.ofHours(7)).plus(Duration.ofMinutes(31)), T0.plus(Duration.ofDays(3))).stream()
                .map(Instant::toEpochMilli).toList();
        assertEquals(expected, kafka);
        assertEquals(kafka, ours);
    }

    private static List<Long> kafkaStreamsPunctuations(List<Instant> times) {
        List<Long> punctuations = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> new Processor<String, String, Void, Void>() {
                    @Override
                    public void init(ProcessorContext<Void, Void> context) {
                        context.schedule(HOUR, PunctuationType.STREAM_TIME, punctuations::add);
                    }

                    @Override
                    public void process(Record<String, String> record) {
                        // Only the schedule is observed.
                    }
                });
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stream-time-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props, T0)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
                    new StringSerializer());
            times.forEach(t -> in.pipeInput("k", "v", t));
        }
        return punctuations;
    }
}
