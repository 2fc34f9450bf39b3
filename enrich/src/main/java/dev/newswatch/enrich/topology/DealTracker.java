package dev.newswatch.enrich.topology;

import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One deal, many reports. Reports arrive keyed by party; the {@code deal-book} store holds that party's
 * deals. A report that matches a tracked deal ({@link DealMerge#sameDeal}) adds its source to it; one that
 * does not starts a new deal. Every change is forwarded as the deal's new record, keyed by deal id; an
 * alert rides along when the deal is new, or changed materially, and is at or above the alert floor (past
 * deals cited as background never alert). The same article processed twice changes nothing. A provisional
 * party keeps its id when the company is added to the entity table, so its reports before and after meet here
 * as one deal ({@link DealMerge#promotes}).
 */
final class DealTracker implements Processor<String, DealReport, String, DealChange> {

    private static final Logger LOG = LoggerFactory.getLogger(DealTracker.class);

    private final Duration memory;
    private final BigDecimal alertFloorUsd;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DealChange> context;
    private KeyValueStore<String, DealState> book;

    DealTracker(Duration memory, BigDecimal alertFloorUsd, PipelineMetrics metrics) {
        this.memory = memory;
        this.alertFloorUsd = alertFloorUsd;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DealChange> context) {
        this.context = context;
        this.book = context.getStateStore(EnrichTopology.DEAL_BOOK_STORE);
        // Daily: the scan reads the whole book, and a day of extra memory costs nothing.
        context.schedule(Duration.ofDays(1), PunctuationType.STREAM_TIME, this::forgetOld);
    }

    @Override
    public void process(Record<String, DealReport> record) {
        DealReport report = record.value();
        if (report == null) {
            return;
        }
        DealState state = book.get(record.key());
        List<DealState.Entry> entries = new ArrayList<>(state == null ? List.of() : state.deals());
        List<TrackedDeal> tracked = entries.stream().map(DealState.Entry::deal).toList();
        int match = DealMerge.findMatch(tracked, report.deal());
        DealChange change;
        if (match < 0) {
            TrackedDeal created = new TrackedDeal(dealId(record.key(), report), report.deal(), report.categories(),
                    List.of(report.source()), report.seenAt(), report.seenAt(), 1, "new");
            boolean alert = qualifies(created.deal());
            entries.add(new DealState.Entry(created, alert));
            change = new DealChange(created, alert ? alert(created, Alert.NEW, record.timestamp()) : null);
            LOG.debug("New deal {}: {}.", created.dealId(), created.deal().evidence());
        } else {
            DealState.Entry entry = entries.get(match);
            boolean alreadyHasSource = entry.deal().sources().stream()
                    .anyMatch(s -> s.articleId().equals(report.source().articleId()));
            if (alreadyHasSource) {
                return;
            }
            DealMerge.Merged merged = DealMerge.merge(entry.deal(), report.deal(), report.source(), report.categories(),
                    report.seenAt());
            TrackedDeal next = merged.deal();
            boolean material = merged.change() != null;
            boolean alert = material && qualifies(next.deal());
            Alert raised = alert ? alert(next, entry.alerted() ? Alert.UPDATE : Alert.NEW, record.timestamp()) : null;
            entries.set(match, new DealState.Entry(next, entry.alerted() || alert));
            change = new DealChange(next, raised);
        }
        book.put(record.key(), new DealState(entries));
        if (match < 0) {
            metrics.dealFound();
        }
        if (change.alert() != null) {
            metrics.alertRaised();
        }
        context.forward(new Record<>(change.deal().dealId(), change, record.timestamp()));
    }

    private boolean qualifies(Deal deal) {
        return deal.stage() != DealStage.BACKGROUND && deal.amountUsd() != null
                && deal.amountUsd().compareTo(alertFloorUsd) >= 0;
    }

    private static Alert alert(TrackedDeal deal, String kind, long timestamp) {
        return new Alert(deal.dealId() + "-v" + deal.version(), kind, deal, Instant.ofEpochMilli(timestamp));
    }

    /** A stable id: the same first report always gives the same deal id, so replays agree with live runs. */
    static String dealId(String partyKey, DealReport report) {
        Deal d = report.deal();
        String basis = partyKey + "|" + (d.investor() == null ? "" : d.investor().id()) + "|" + d.type().wireName()
                + "|" + report.source().articleId() + "|" + d.start();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "deal-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void forgetOld(long streamTime) {
        Instant horizon = Instant.ofEpochMilli(streamTime).minus(memory);
        List<KeyValue<String, DealState>> changed = new ArrayList<>();
        try (KeyValueIterator<String, DealState> all = book.all()) {
            while (all.hasNext()) {
                KeyValue<String, DealState> entry = all.next();
                List<DealState.Entry> kept = entry.value.deals().stream()
                        .filter(e -> e.deal().lastSeen().isAfter(horizon)).toList();
                if (kept.size() != entry.value.deals().size()) {
                    changed.add(KeyValue.pair(entry.key, kept.isEmpty() ? null : new DealState(kept)));
                }
            }
        }
        for (KeyValue<String, DealState> entry : changed) {
            if (entry.value == null) {
                book.delete(entry.key);
            } else {
                book.put(entry.key, entry.value);
            }
        }
    }
}
