package dev.newswatch.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline of the end-to-end benchmark: a Streams topology that copies every record of one topic to
 * another, bytes untouched. What Kafka Streams costs with no work in between. Built by a pure function.
 */
public final class PassThroughTopology {

    private PassThroughTopology() {
    }

    /** {@code source} ──► {@code sink}, keys and values as bytes. */
    public static Topology build(String source, String sink) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(source, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("articles-source"))
                .to(sink, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("copy-sink"));
        return builder.build();
    }
}
