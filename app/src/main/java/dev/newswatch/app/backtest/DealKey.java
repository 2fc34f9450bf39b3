package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;

/**
 * A deal as an analyst names it when comparing rule sets: investor and target entity ids (null when the
 * text names none), type and USD amount (trailing zeros stripped, null when unknown). Immutable.
 */
public record DealKey(String investor, String target, String type, BigDecimal amountUsd) {

    public static DealKey of(Deal deal) {
        return new DealKey(deal.investor() == null ? null : deal.investor().id(),
                deal.target() == null ? null : deal.target().id(), deal.type().wireName(),
                deal.amountUsd() == null ? null : deal.amountUsd().stripTrailingZeros());
    }
}
