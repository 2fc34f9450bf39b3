package dev.newswatch.enrich.topology;

import dev.newswatch.core.metrics.PipelineMetrics;
import java.math.BigDecimal;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The {@code track-deals} processor: reports arrive keyed by party and go to the {@link DealBook} kept in the
 * {@code deal-book} store (that party's deals); every change is forwarded as the deal's new record, keyed by deal
 * id, with the alert due, if any. Old deals are forgotten daily, in stream time.
 */
final class DealTracker implements Processor<String, DealReport, String, DealChange> {

    private final Duration memory;
    private final BigDecimal alertFloorUsd;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DealChange> context;
    private DealBook book;

    DealTracker(Duration memory, BigDecimal alertFloorUsd, PipelineMetrics metrics) {
        this.memory = memory;
        this.alertFloorUsd = alertFloorUsd;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DealChange> context) {
        this.context = context;
        this.book = new DealBook(StoreState.of(context.getStateStore(EnrichTopology.DEAL_BOOK_STORE)), memory,
                alertFloorUsd, metrics);
        context.schedule(DealBook.PURGE_INTERVAL, PunctuationType.STREAM_TIME, book::forgetOld);
    }

    @Override
    public void process(Record<String, DealReport> record) {
        if (record.value() == null) {
            return;
        }
        DealChange change = book.track(record.key(), record.value(), record.timestamp());
        if (change != null) {
            context.forward(new Record<>(change.deal().dealId(), change, record.timestamp()));
        }
    }
}
