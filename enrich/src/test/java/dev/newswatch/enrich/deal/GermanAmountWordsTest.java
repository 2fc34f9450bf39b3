package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German amounts as newspapers write them: "Mill." with its dot for millions (a financial daily's abbreviation), and
 * the numbers past ten spelled out before a scale word ("elf Millionen", "zwölf Milliarden", "fünfzig Millionen").
 * A number word with no scale word after it stays no amount. German sentences of our own.
 */
class GermanAmountWordsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing sammelt 277 Mill. Euro ein.",
        "Mit 277 Mill. Euro sammelte Helsing das meiste Geld ein.",
        "Helsing hat in einer Finanzierungsrunde 277 Mill. Euro erhalten."})
    void millWithItsDotIsMillions(String text) {
        assertOneDeal("de", text, "Helsing", null, "277E6", "EUR");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Aleph Alpha hat elf Millionen Euro eingesammelt., 11E6",
        "Aleph Alpha erhielt zwölf Millionen Euro von Investoren., 12E6",
        "Aleph Alpha sammelt fünfzehn Millionen Euro ein., 15E6",
        "Aleph Alpha hat sich fünfzig Millionen Euro gesichert., 50E6",
        "Aleph Alpha sammelt achtzig Millionen Euro ein., 80E6"})
    void numbersPastTenSpelledOutBeforeAScaleWord(String text, String amount) {
        assertOneDeal("de", text, "Aleph Alpha", null, amount, "EUR");
    }

    @Test
    void aNumberWordWithoutAScaleWordIsNoAmount() {
        String text = "Aleph Alpha beschäftigt elf Forscher und hat zwölf Kunden in fünfzig Ländern.";
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }
}
