package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company that absorbs another buys it ("assorbe", "absorbe", "absorbió", "absorbed"), in the active and the
 * passive, in sentences of our own in the four languages that say it so (German says "übernehmen"); a company that
 * absorbs costs or losses buys nobody.
 */
class AbsorbedCompanyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Nel 2023 Microsoft assorbì Cohere per 650 milioni di dollari.",
        "it|Cohere è stata assorbita da Microsoft per 650 milioni di dollari.",
        "it|L'intenzione di Microsoft di assorbire Cohere per 650 milioni di dollari sorprende gli analisti.",
        "fr|En 2023, Microsoft a absorbé Cohere pour 650 millions de dollars.",
        "fr|Cohere a été absorbée par Microsoft pour 650 millions de dollars.",
        "es|En 2023 Microsoft absorbió Cohere por 650 millones de dólares.",
        "es|Cohere fue absorbida por Microsoft por 650 millones de dólares.",
        "en|In 2023 Microsoft absorbed Cohere for $650 million.",
        "en|Cohere was absorbed by Microsoft for $650 million."})
    void theCompanyThatAbsorbsAnotherBuysIt(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Microsoft", "6.5E8", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il gruppo assorbe i costi di 2 miliardi di dollari della fusione con Cohere.",
        "fr|Microsoft absorbe les pertes de 2 milliards de dollars de Cohere.",
        "es|Microsoft absorbió las pérdidas de 2.000 millones de dólares de Cohere.",
        "en|Microsoft absorbed the $2 billion cost of the Cohere merger."})
    void absorbingCostsOrLossesIsNoPurchase(String language, String text) {
        assertEquals("", DealCases.summary(DealCases.extract(language, text)), language + " \"" + text + "\"");
    }
}
