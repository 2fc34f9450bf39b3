package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;

/**
 * An amount of money while {@link MoneyParser} reads it: the value (the low bound of a range), the high bound of a
 * range or null, the currency (ISO code, null until one is written or inherited), whether a scale word was read
 * ({@code scale} is its multiplier, null without one or for a range whose high bound has none), the span in the
 * text and the qualifier read so far.
 */
record RawAmount(BigDecimal value, BigDecimal high, String currency, boolean hasScale, BigDecimal scale, int start,
                 int end, Qualifier qualifier) {

    /** The same amount in the currency of another amount of the text. */
    RawAmount withCurrency(String code) {
        return new RawAmount(value, high, code, hasScale, scale, start, end, qualifier);
    }
}
