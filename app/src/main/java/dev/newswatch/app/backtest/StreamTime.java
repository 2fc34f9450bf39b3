package dev.newswatch.app.backtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The stream time of one Kafka Streams task and its {@code STREAM_TIME} punctuations, for the topology's logic
 * run outside Kafka Streams: stream time is the largest record time processed so far; a punctuation is first
 * due at time 0 (so it runs after the first record), then at the next multiple of its interval, and after a gap
 * of several intervals it runs once and resumes at the next multiple, as Kafka Streams' own schedule does. Each
 * punctuator is given the stream time. Not thread-safe.
 */
final class StreamTime {

    private final List<Punctuation> punctuations = new ArrayList<>();
    private long time = -1;

    private static final class Punctuation {
        private final long interval;
        private final LongConsumer punctuator;
        private long due;

        Punctuation(long interval, LongConsumer punctuator) {
            this.interval = interval;
            this.punctuator = punctuator;
        }
    }

    /** Calls {@code punctuator} every {@code interval} of stream time, as {@code ProcessorContext#schedule} does. */
    StreamTime schedule(Duration interval, LongConsumer punctuator) {
        punctuations.add(new Punctuation(interval.toMillis(), punctuator));
        return this;
    }

    /** The task processed a record of time {@code timestamp}: advances stream time and runs what is due. */
    void processed(long timestamp) {
        time = Math.max(time, timestamp);
        for (Punctuation p : punctuations) {
            if (p.due <= time) {
                p.punctuator.accept(time);
                long next = p.due + p.interval;
                p.due = next > time ? next : p.due + ((time - p.due) / p.interval + 1) * p.interval;
            }
        }
    }
}
