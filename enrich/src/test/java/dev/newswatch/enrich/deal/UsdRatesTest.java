package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Regression: A$, HK$ and S$ amounts were read but had no rate, so no alert with a minimum in US dollars saw them. */
    @Test
    void shouldHaveADefaultRateForEveryCurrencyTheMoneyLexiconReads() throws IOException {
        // Given the currency codes of the money lexicon (its top-level tables are keyed by ISO code)
        Set<String> codes = new TreeSet<>();
        try (InputStream in = UsdRatesTest.class.getResourceAsStream("/dev/newswatch/enrich/deal/lexicon/money.yml")) {
            assertNotNull(in, "money.yml on the class path");
            Matcher code = Pattern.compile("(?m)^ {2}([A-Z]{3}):").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (code.find()) {
                codes.add(code.group(1));
            }
        }
        assertTrue(codes.containsAll(Set.of("EUR", "AUD", "HKD", "SGD")), codes.toString());

        // When / Then: each converts
        for (String c : codes) {
            assertNotNull(UsdRates.defaults().toUsd(BigDecimal.TEN, c), "no default rate for " + c);
        }
        assertEquals("1452000000", UsdRates.defaults().toUsd(new BigDecimal("2.2E9"), "AUD").toPlainString());
    }

    @Test
    void shouldReturnNullForAnUnknownCurrencyOrMissingAmount() {
        assertNull(UsdRates.defaults().toUsd(new BigDecimal("1E9"), "NGN"));
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
