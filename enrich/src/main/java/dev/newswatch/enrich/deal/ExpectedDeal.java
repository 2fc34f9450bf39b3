package dev.newswatch.enrich.deal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A deal a labelled item must yield: {@code target} and {@code investor} are entity names as written in
 * the labels ({@code investor} null when the text names none), {@code usd} the amount in US dollars.
 * Immutable.
 */
public record ExpectedDeal(String target, String investor, BigDecimal usd) {

    public ExpectedDeal {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("an expected deal needs a target name");
        }
        Objects.requireNonNull(usd, "usd");
        investor = investor == null || investor.isBlank() ? null : investor;
    }
}
