package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts written with words (session 18): tens and fractions before a scale ("twenty million dollars", "a quarter
 * of a billion dollars", "venti miliardi", "cinquante milliards", "veinte millones", "zwanzig Milliarden") and the
 * financial press's "MM" for a million ("$400MM"). English had "a" and "half a" but no tens, so "a quarter of a
 * billion" read as a billion.
 */
class AmountWordsTest {

    private final MoneyParser parser = new MoneyParser();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Korvia raised twenty million dollars in May.|20E6|USD",
        "en|Korvia raised fifty billion dollars in May.|50E9|USD",
        "en|Korvia raised ninety million dollars in May.|90E6|USD",
        "en|Korvia raised a quarter of a billion dollars in May.|250E6|USD",
        "en|Korvia raised three quarters of a billion dollars in May.|750E6|USD",
        "en|Korvia raised half a billion dollars in May.|500E6|USD",
        "en|Korvia raised $400MM in May.|400E6|USD",
        "it|Korvia ha raccolto venti miliardi di dollari a maggio.|20E9|USD",
        "fr|Korvia a levé cinquante milliards de dollars en mai.|50E9|USD",
        "es|Korvia recaudó veinte millones de dólares en mayo.|20E6|USD",
        "de|Korvia hat im Mai zwanzig Milliarden Dollar eingesammelt.|20E9|USD"})
    void shouldReadTheAmountWrittenInWords(String language, String text, String amount, String currency) {
        List<MoneyMention> mentions = parser.find(text, language);

        assertEquals(1, mentions.size(), mentions::toString);
        assertEquals(currency, mentions.get(0).currency(), mentions::toString);
        assertEquals(0, mentions.get(0).amount().compareTo(new BigDecimal(amount)), mentions::toString);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Korvia has twenty engineers and forty customers.",
        "en|The MM2 model has fifty layers."})
    void shouldNotReadNumberWordsWithoutAScaleAsMoney(String language, String text) {
        assertEquals(List.of(), parser.find(text, language));
    }
}
