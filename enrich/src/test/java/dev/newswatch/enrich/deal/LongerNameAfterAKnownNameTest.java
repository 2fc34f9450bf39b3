package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A known company's name followed by more words of a longer name is another company, a unit or a sister firm
 * (session 32): "Oracle Tessaly" written twice is read as its own company, not as Oracle. Written once, the longer
 * name may be a product or a headline and stays the known company; a legal form, a suffix or a headline verb after
 * the known name is no longer name. Sentences of our own; "Oracle Tessaly" is made up.
 */
class LongerNameAfterAKnownNameTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle Tessaly makes sensors for cars. Cohere agreed to buy Oracle Tessaly for $300 million.",
        "it|Oracle Tessaly produce sensori per auto. Cohere ha accettato di acquistare Oracle Tessaly per 300 milioni"
            + " di dollari.",
        "de|Oracle Tessaly stellt Sensoren für Autos her. Cohere kauft Oracle Tessaly für 300 Millionen Dollar.",
        "fr|Oracle Tessaly fabrique des capteurs pour voitures. Cohere va racheter Oracle Tessaly pour 300 millions de"
            + " dollars.",
        "es|Oracle Tessaly fabrica sensores para coches. Cohere comprará Oracle Tessaly por 300 millones de dólares."})
    void theLongerNameWrittenTwiceIsAnotherCompany(String language, String text) {
        // Given a known name followed by a capitalised word, the longer name written twice
        // When the deal is read
        // Then the longer name is the company bought, not the known company
        assertOneDeal(language, text, "Oracle Tessaly", "Cohere", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle Corporation makes software. Oracle Corporation agreed to buy Cohere for $300 million.",
        "en|Oracle Buys Cohere. Oracle Buys Cohere for $300 million, the company said.",
        "it|Oracle Corporation produce software. Oracle Corporation ha accettato di acquistare Cohere per 300"
            + " milioni di dollari.",
        "de|Oracle Corporation verkauft Software. Oracle Corporation kauft Cohere für 300 Millionen Dollar.",
        "fr|Oracle Corporation vend des logiciels. Oracle Corporation va racheter Cohere pour 300 millions de dollars.",
        "es|Oracle Corporation vende software. Oracle Corporation comprará Cohere por 300 millones de dólares."})
    void aLegalFormOrAHeadlineVerbIsNoLongerName(String language, String text) {
        // Given a known name followed by its legal form or a headline's verb, written twice
        // When the deal is read
        // Then the known company still buys
        assertOneDeal(language, text, "Cohere", "Oracle", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere agreed to buy Oracle for $300 million. Oracle Tessaly sensors were not part of it.",
        "it|Cohere ha accettato di acquistare Oracle per 300 milioni di dollari. Oracle Tessaly non ne fa parte.",
        "de|Cohere kauft Oracle für 300 Millionen Dollar. Oracle Tessaly gehört nicht dazu.",
        "fr|Cohere va racheter Oracle pour 300 millions de dollars. Oracle Tessaly n'en fait pas partie.",
        "es|Cohere comprará Oracle por 300 millones de dólares. Oracle Tessaly no forma parte de ello."})
    void theLongerNameOnceLeavesTheKnownCompany(String language, String text) {
        // Given the known name alone in the deal and a longer name written once elsewhere
        // When the deal is read
        // Then the known company is bought
        assertOneDeal(language, text, "Oracle", "Cohere", "300E6", "USD");
    }
}
