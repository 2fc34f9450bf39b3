package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A raise told with the support of an investor names that investor as its payer, before or after the verb ("X, with
 * the support of Y and other investors, raised N", "X, con il supporto di Y, ha raccolto N", "X, avec le soutien de
 * Y, a levé N", "X, con el apoyo de Y, recaudó N", "X hat mit Unterstützung von Y N eingesammelt"); a company only
 * described as backed by another ("X, backed by Y, raised N") keeps no payer. Sentences of our own.
 */
class RaiseWithTheSupportOfAnInvestorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere, with the support of Index Ventures and other investors, raised about $90 million.|USD",
        "en|Cohere raised $90 million with backing from Index Ventures.|USD",
        "it|Cohere, con il supporto di Index Ventures e altri investitori, ha raccolto circa 90 milioni di euro.|EUR",
        "it|Cohere ha raccolto 90 milioni di euro con il sostegno di Index Ventures.|EUR",
        "fr|Cohere, avec le soutien d'Index Ventures, a levé environ 90 millions d'euros.|EUR",
        "es|Cohere, con el apoyo de Index Ventures y otros inversores, recaudó unos 90 millones de euros.|EUR",
        "de|Cohere hat mit Unterstützung von Index Ventures rund 90 Millionen Euro eingesammelt.|EUR"})
    void theSupportingInvestorPays(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Index Ventures", "90E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere, backed by Index Ventures, raised about $90 million.",
        "it|Cohere, sostenuta da Index Ventures, ha raccolto circa 90 milioni di dollari.",
        "fr|Cohere, soutenue par Index Ventures, a levé environ 90 millions de dollars."})
    void aCompanyDescribedAsBackedKeepsNoPayer(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "90E6", "USD");
    }
}
