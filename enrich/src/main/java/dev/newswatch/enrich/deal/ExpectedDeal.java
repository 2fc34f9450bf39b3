package dev.newswatch.enrich.deal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A deal a labelled item must yield: target and investor names (investor null when the text names none),
 * the amount in US dollars, and whether it is the item's main deal (the one the article is about).
 */
public record ExpectedDeal(String target, String investor, BigDecimal usd, boolean main) {

    public ExpectedDeal {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("an expected deal needs a target name");
        }
        Objects.requireNonNull(usd, "usd");
        investor = investor == null || investor.isBlank() ? null : investor;
    }

    /** A deal that is not marked as the item's main deal. */
    public ExpectedDeal(String target, String investor, BigDecimal usd) {
        this(target, investor, usd, false);
    }
}
