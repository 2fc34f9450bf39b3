package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money written in a text: "more than $10 billion" is {@code amount} 10000000000, currency
 * {@code USD}, qualifier {@link Qualifier#MORE_THAN}. {@code amount} and {@code amountHigh} are in units of
 * {@code currency} (an ISO 4217 code, never null); {@code amountHigh} is the upper bound of a {@link
 * Qualifier#BETWEEN} range and null otherwise. {@code start}/{@code end} delimit the whole expression in the
 * text, qualifier words included ("oltre i 13 miliardi di dollari"). Amounts are stored without trailing
 * zeros and never in exponent form, so two mentions of the same value are equal. Immutable.
 */
public record MoneyMention(BigDecimal amount, BigDecimal amountHigh, String currency, Qualifier qualifier,
                           int start, int end) {

    /** An ISO 4217 code: compiled once, a mention is made for every amount read. */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public MoneyMention {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(qualifier, "qualifier");
        if (currency == null || !CURRENCY_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("money mention needs an ISO 4217 currency, got " + currency);
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money amount must not be negative: " + amount);
        }
        if ((qualifier == Qualifier.BETWEEN) != (amountHigh != null)) {
            throw new IllegalArgumentException("amountHigh is set exactly when the qualifier is BETWEEN: "
                    + qualifier + ", " + amountHigh);
        }
        if (amountHigh != null && amountHigh.compareTo(amount) < 0) {
            throw new IllegalArgumentException("range " + amount + ".." + amountHigh + " is upside down");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad money mention offsets " + start + ".." + end);
        }
        amount = plain(amount);
        amountHigh = amountHigh == null ? null : plain(amountHigh);
    }

    /** {@code value} without trailing zeros and with a scale of at least zero (10000000000, not 1E+10). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
