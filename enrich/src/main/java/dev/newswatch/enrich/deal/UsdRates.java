package dev.newswatch.enrich.deal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Conversion rates to US dollars: how many dollars one unit of each currency (ISO 4217 code) is worth.
 * The defaults are round figures good enough to rank deals by size; the application may load others from
 * its configuration with {@link #withOverrides(Map)}. {@code USD} is always 1. Immutable and thread-safe.
 */
public record UsdRates(Map<String, BigDecimal> rates) {

    public UsdRates {
        Objects.requireNonNull(rates, "rates");
        Map<String, BigDecimal> copy = new HashMap<>();
        rates.forEach((code, rate) -> {
            if (code == null || !code.matches("[A-Za-z]{3}")) {
                throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code: " + code);
            }
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalArgumentException("rate for " + code + " must be positive: " + rate);
            }
            copy.put(code.toUpperCase(Locale.ROOT), rate);
        });
        copy.put("USD", BigDecimal.ONE);
        rates = Map.copyOf(copy);
    }

    /** The built-in rates: EUR 1.08, GBP 1.27, CHF 1.13, JPY 0.0067, CNY 0.14, CAD 0.73, AUD 0.66, and a few more: every currency the money lexicon reads. */
    public static UsdRates defaults() {
        return new UsdRates(Map.ofEntries(
                Map.entry("EUR", new BigDecimal("1.08")),
                Map.entry("GBP", new BigDecimal("1.27")),
                Map.entry("CHF", new BigDecimal("1.13")),
                Map.entry("JPY", new BigDecimal("0.0067")),
                Map.entry("CNY", new BigDecimal("0.14")),
                Map.entry("CAD", new BigDecimal("0.73")),
                Map.entry("AUD", new BigDecimal("0.66")),
                Map.entry("HKD", new BigDecimal("0.128")),
                Map.entry("SGD", new BigDecimal("0.74")),
                Map.entry("INR", new BigDecimal("0.012")),
                Map.entry("KRW", new BigDecimal("0.00072")),
                Map.entry("SEK", new BigDecimal("0.095")),
                Map.entry("AED", new BigDecimal("0.27")),
                Map.entry("SAR", new BigDecimal("0.27")),
                Map.entry("BRL", new BigDecimal("0.18")),
                Map.entry("MXN", new BigDecimal("0.054")),
                Map.entry("ARS", new BigDecimal("0.00085")),
                Map.entry("COP", new BigDecimal("0.00025")),
                Map.entry("CLP", new BigDecimal("0.00105")),
                Map.entry("PEN", new BigDecimal("0.27")),
                Map.entry("USD", BigDecimal.ONE)));
    }

    /** These rates with {@code overrides} added or replacing existing ones; not null. */
    public UsdRates withOverrides(Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> merged = new HashMap<>(rates);
        overrides.forEach((code, rate) -> merged.put(code.toUpperCase(Locale.ROOT), rate));
        return new UsdRates(merged);
    }

    /**
     * {@code amount} of {@code currency} in US dollars, or null when either is null or the currency has no
     * rate. The result has no trailing zeros and no exponent (648000000, not 6.48E+8).
     */
    public BigDecimal toUsd(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        BigDecimal rate = rates.get(currency.toUpperCase(Locale.ROOT));
        return rate == null ? null : MoneyMention.plain(amount.multiply(rate));
    }
}
