package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount raised, landed or secured "with" a company right after it is paid by that company ("X landed $17bn with
 * Y", "X ottiene N con Y", "X décroche N avec Y", "X capta N en créditos con Y", "X sichert sich N mit Y"), unless the
 * words before "with" make that company a co-raiser ("along with", "insieme a", "junto con", "zusammen mit").
 * Sentences of our own in the five languages.
 */
class AmountRaisedWithACompanyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere landed $300 million with Thrive Capital this week.|USD",
        "en|Cohere secured $300 million with Thrive Capital backing.|USD",
        "it|Cohere ottiene 300 milioni di euro con Thrive Capital.|EUR",
        "fr|Cohere décroche 300 millions d'euros avec Thrive Capital.|EUR",
        "es|Cohere capta 300 millones de euros en créditos con Thrive Capital.|EUR",
        "de|Cohere sichert sich 300 Millionen Euro mit Thrive Capital.|EUR"})
    void theCompanyTheAmountIsRaisedWithPays(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Thrive Capital", "300E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere raised $300 million along with Thrive Capital.",
        "it|Cohere ha raccolto 300 milioni di dollari insieme a Thrive Capital.",
        "es|Cohere recaudó 300 millones de dólares junto con Thrive Capital.",
        "de|Cohere hat 300 Millionen Dollar zusammen mit Thrive Capital eingesammelt."})
    void aCoRaiserPaysNothing(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "300E6", "USD");
    }
}
