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
        "en|Poolside, with the support of General Catalyst and other investors, raised about $45 million.|USD",
        "en|Poolside raised $45 million with backing from General Catalyst.|USD",
        "it|Poolside, con il supporto di General Catalyst e altri soci, ha raccolto circa 45 milioni di euro.|EUR",
        "it|Poolside ha raccolto 45 milioni di euro con il sostegno di General Catalyst.|EUR",
        "it|Poolside, con l'appoggio di General Catalyst, ha chiuso un round da 45 milioni di euro.|EUR",
        "it|Poolside ha ottenuto 45 milioni di euro con l’aiuto di General Catalyst e di altri fondi.|EUR",
        "fr|Poolside, avec le soutien d'General Catalyst, a levé environ 45 millions d'euros.|EUR",
        "es|Poolside, con el apoyo de General Catalyst y otros inversores, recaudó unos 45 millones de euros.|EUR",
        "de|Poolside hat mit Unterstützung von General Catalyst rund 45 Millionen Euro eingesammelt.|EUR"})
    void theSupportingInvestorPays(String language, String text, String currency) {
        assertOneDeal(language, text, "Poolside", "General Catalyst", "45E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside, backed by General Catalyst, raised about $45 million.",
        "it|Poolside, sostenuta da General Catalyst, ha raccolto circa 45 milioni di dollari.",
        "fr|Poolside, soutenue par General Catalyst, a levé environ 45 millions de dollars."})
    void aCompanyDescribedAsBackedKeepsNoPayer(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "45E6", "USD");
    }
}
