package dev.newswatch.enrich.topology;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;

/**
 * One deal as one article reports it, on its way to the deal tracker. Keyed by {@link #partyKey(Deal)} so
 * every report about one company meets in one task. Immutable.
 */
public record DealReport(Deal deal, Source source, List<String> categories, Instant seenAt) {

    public DealReport {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(source, "source");
        categories = categories == null ? List.of() : List.copyOf(categories);
        Objects.requireNonNull(seenAt, "seenAt");
    }

    /** The deals of an enriched article that name at least one party, keyed by party. */
    public static List<KeyValue<String, DealReport>> of(EnrichedArticle enriched) {
        List<KeyValue<String, DealReport>> out = new ArrayList<>();
        for (Deal deal : enriched.deals()) {
            String key = partyKey(deal);
            if (key != null) {
                out.add(KeyValue.pair(key, new DealReport(deal, Source.of(enriched.article()), enriched.categoryNames(),
                        enriched.article().published())));
            }
        }
        return out;
    }

    /** The target's id, else "investor:" and the investor's id, else null (a deal with no known party). */
    public static String partyKey(Deal deal) {
        if (deal.target() != null) {
            return deal.target().id();
        }
        return deal.investor() != null ? "investor:" + deal.investor().id() : null;
    }
}
