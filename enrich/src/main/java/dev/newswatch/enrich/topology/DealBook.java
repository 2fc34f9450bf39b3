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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One deal, many reports: the deal-tracking rules over the deals of each party, without Kafka Streams. The
 * topology's {@code track-deals} processor ({@link DealTracker}) delegates to it with the {@code deal-book} store
 * as state; the backtest calls it directly with a map.
 *
 * <p>A report that matches a tracked deal of its party ({@link DealMerge#findMatch}) adds its source to it; one
 * that does not starts a new deal. Every change gives the deal's new record; an alert rides along when the deal
 * is new, or changed materially, and is at or above the alert floor (past deals cited as background never
 * alert). The same article reported twice changes nothing. A provisional party keeps its id when the company is
 * added to the entity table, so its reports before and after meet here as one deal ({@link DealMerge#promotes}).
 *
 * <p>Not thread-safe: one book per task (or per backtest).
 */
public final class DealBook {

    /** How often (in stream time) the topology calls {@link #forgetOld}: the scan reads the whole book. */
    public static final Duration PURGE_INTERVAL = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(DealBook.class);

    private final KeyedState<DealState> state;
    private final Duration memory;
    private final BigDecimal alertFloorUsd;
    private final PipelineMetrics metrics;

    /**
     * @param state         the deals of each party, keyed by {@link DealReport#partyKey}
     * @param memory        how long a deal is remembered after its last report
     * @param alertFloorUsd deals at or above this USD amount raise alerts
     * @param metrics       where deals found and alerts raised are counted
     */
    public DealBook(KeyedState<DealState> state, Duration memory, BigDecimal alertFloorUsd, PipelineMetrics metrics) {
        this.state = Objects.requireNonNull(state, "state");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.alertFloorUsd = Objects.requireNonNull(alertFloorUsd, "alertFloorUsd");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Adds one report to the book.
     *
     * @param partyKey  the report's party ({@link DealReport#partyKey})
     * @param report    the report
     * @param timestamp the record time of the report (epoch milliseconds), the time of any alert it raises
     * @return the deal's new record and the alert due, or null when the report changes nothing (its article is
     *         already a source of the deal)
     */
    public DealChange track(String partyKey, DealReport report, long timestamp) {
        DealState known = state.get(partyKey);
        List<DealState.Entry> entries = new ArrayList<>(known == null ? List.of() : known.deals());
        List<TrackedDeal> tracked = entries.stream().map(DealState.Entry::deal).toList();
        int match = DealMerge.findMatch(tracked, report.deal());
        DealChange change;
        if (match < 0) {
            TrackedDeal created = new TrackedDeal(dealId(partyKey, report), report.deal(), report.categories(),
                    List.of(report.source()), report.seenAt(), report.seenAt(), 1, "new");
            boolean alert = qualifies(created.deal());
            entries.add(new DealState.Entry(created, alert));
            change = new DealChange(created, alert ? alert(created, Alert.NEW, timestamp) : null);
            LOG.debug("New deal {}: {}.", created.dealId(), created.deal().evidence());
        } else {
            DealState.Entry entry = entries.get(match);
            boolean alreadyHasSource = entry.deal().sources().stream()
                    .anyMatch(s -> s.articleId().equals(report.source().articleId()));
            if (alreadyHasSource) {
                return null;
            }
            DealMerge.Merged merged = DealMerge.merge(entry.deal(), report.deal(), report.source(), report.categories(),
                    report.seenAt());
            TrackedDeal next = merged.deal();
            boolean alert = merged.change() != null && qualifies(next.deal());
            Alert raised = alert ? alert(next, entry.alerted() ? Alert.UPDATE : Alert.NEW, timestamp) : null;
            entries.set(match, new DealState.Entry(next, entry.alerted() || alert));
            change = new DealChange(next, raised);
        }
        state.put(partyKey, new DealState(entries));
        if (match < 0) {
            metrics.dealFound();
        }
        if (change.alert() != null) {
            metrics.alertRaised();
        }
        return change;
    }

    /** Forgets the deals last reported before {@code streamTime} minus the memory; a party with none left goes. */
    public void forgetOld(long streamTime) {
        Instant horizon = Instant.ofEpochMilli(streamTime).minus(memory);
        // Collected first: the state must not change while it is read.
        Map<String, DealState> changed = new LinkedHashMap<>();
        state.forEach((party, deals) -> {
            List<DealState.Entry> kept = deals.deals().stream()
                    .filter(e -> e.deal().lastSeen().isAfter(horizon)).toList();
            if (kept.size() != deals.deals().size()) {
                changed.put(party, kept.isEmpty() ? null : new DealState(kept));
            }
        });
        changed.forEach((party, deals) -> {
            if (deals == null) {
                state.delete(party);
            } else {
                state.put(party, deals);
            }
        });
    }

    private boolean qualifies(Deal deal) {
        return deal.stage() != DealStage.BACKGROUND && deal.amountUsd() != null
                && deal.amountUsd().compareTo(alertFloorUsd) >= 0;
    }

    private static Alert alert(TrackedDeal deal, String kind, long timestamp) {
        return new Alert(deal.dealId() + "-v" + deal.version(), kind, deal, Instant.ofEpochMilli(timestamp));
    }

    /** A stable id: the same first report always gives the same deal id, so replays agree with live runs. */
    private static String dealId(String partyKey, DealReport report) {
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
}
