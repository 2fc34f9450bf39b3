package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsdRatesTest {

    @Test
    void shouldConvertWithTheDefaultRates() {
        UsdRates rates = UsdRates.defaults();

        assertEquals("648000000", rates.toUsd(new BigDecimal("600000000"), "EUR").toPlainString());
        assertEquals("10000000000", rates.toUsd(new BigDecimal("1E10"), "USD").toPlainString());
        assertEquals("6700000000", rates.toUsd(new BigDecimal("1E12"), "JPY").toPlainString());
        assertEquals("1270000000", rates.toUsd(new BigDecimal("1E9"), "gbp").toPlainString());
    }

    @Test
    void shouldReturnNullForAnUnknownCurrencyOrMissingAmount() {
        assertNull(UsdRates.defaults().toUsd(new BigDecimal("1E9"), "BRL"));
        assertNull(UsdRates.defaults().toUsd(null, "EUR"));
        assertNull(UsdRates.defaults().toUsd(BigDecimal.ONE, null));
    }

    @Test
    void shouldLetOverridesReplaceAndAddRatesButNeverTheDollar() {
        UsdRates rates = UsdRates.defaults().withOverrides(Map.of("eur", new BigDecimal("1.10"), "BRL",
                new BigDecimal("0.18"), "USD", new BigDecimal("2")));

        assertEquals(0, rates.toUsd(BigDecimal.TEN, "EUR").compareTo(new BigDecimal("11")));
        assertEquals(0, rates.toUsd(BigDecimal.TEN, "BRL").compareTo(new BigDecimal("1.8")));
        assertEquals(0, rates.toUsd(BigDecimal.TEN, "USD").compareTo(BigDecimal.TEN));
    }

    @Test
    void shouldRejectBadCodesAndRates() {
        assertThrows(IllegalArgumentException.class, () -> new UsdRates(Map.of("EURO", BigDecimal.ONE)));
        assertThrows(IllegalArgumentException.class, () -> new UsdRates(Map.of("EUR", BigDecimal.ZERO)));
    }
}
