package dev.newswatch.app.it;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tracked deals built by hand, as enrich would write them to the deals topic. */
public final class TrackedDeals {

    private TrackedDeals() {
    }

    /**
     * An announced $300 million investment of {@code investor} in {@code target}, first and last seen at
     * {@code lastSeen}, reported by {@code reports} outlets.
     */
    public static TrackedDeal announced(String dealId, Party investor, Party target, String evidence, Instant lastSeen,
                                        int reports) {
        BigDecimal amount = new BigDecimal("300000000");
        Deal deal = new Deal(investor, target, amount, null, "USD", amount, Qualifier.EXACT, DealType.INVESTMENT,
                DealStage.ANNOUNCED, evidence, 0, evidence.length());
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            sources.add(new Source(dealId + "-" + i, "Outlet " + i, "Title " + i, "https://news.example.test/" + i, "en",
                    lastSeen));
        }
        return new TrackedDeal(dealId, deal, List.of("ai-funding"), sources, lastSeen, lastSeen, 1, "new");
    }
}
