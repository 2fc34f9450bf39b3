package dev.newswatch.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A deal found in one sentence of one article.
 *
 * <p>{@code investor} pays (investor, acquirer, buyer, customer committing money) and {@code target}
 * receives (start-up raising, company acquired, seller); either may be null when the text names none.
 * {@code amount} is in {@code currency} (ISO 4217 code); for {@link Qualifier#BETWEEN} it is the lower
 * bound and {@code amountHigh} the upper, otherwise {@code amountHigh} is null. {@code amountUsd} is
 * {@code amount} converted with the configured rates (null when the currency has no rate).
 * {@code evidence} is the sentence, {@code start}/{@code end} its offsets in the article text.
 */
public record Deal(
        Party investor,
        Party target,
        BigDecimal amount,
        BigDecimal amountHigh,
        String currency,
        BigDecimal amountUsd,
        Qualifier qualifier,
        DealType type,
        DealStage stage,
        String evidence,
        int start,
        int end) {

    /** An ISO 4217 code: compiled once, deals are made and copied many times an article. */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Deal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stage, "stage");
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("deal amount must not be negative: " + amount);
        }
        if (amount != null && (currency == null || !CURRENCY_CODE.matcher(currency).matches())) {
            throw new IllegalArgumentException("deal amount needs an ISO 4217 currency: " + currency);
        }
        evidence = evidence == null ? "" : evidence;
    }
}
