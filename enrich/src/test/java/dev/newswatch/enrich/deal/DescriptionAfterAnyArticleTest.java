package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company the table does not know, named after "group" or "giant" and a complement whatever article or preposition
 * comes before the noun ("du groupe de logiciels allemand Velmora", "le géant des puces Velmora", "del gruppo di
 * software tedesco Velmora", "del grupo de software alemán Velmora", "the German software group Velmora"), but not a
 * place after the preposition alone ("un groupe de Toronto"); and a deal referred to by a demonstrative before any
 * deal noun ("cet achat", "cette emplette", "questo acquisto") that takes the sides of the deal told before without
 * an amount.
 */
class DescriptionAfterAnyArticleTest {

    static Stream<Arguments> aNameAfterACompanyNounIsACompany() {
        return Stream.of(
                Arguments.of("fr", "Salesforce annonce l'achat du groupe de logiciels allemand Velmora. Cet achat de "
                        + "2,4 milliards de dollars lui ouvre l'Europe.", "Salesforce", "2.4E9", "USD"),
                Arguments.of("fr", "Salesforce finalise l'acquisition du groupe de logiciels Velmora. Cette emplette "
                        + "de 2,4 milliards de dollars lui ouvre l'Europe.", "Salesforce", "2.4E9", "USD"),
                Arguments.of("fr", "Le géant des semi-conducteurs Velmora lève 520 millions de dollars.", null,
                        "520E6", "USD"),
                Arguments.of("fr", "Apple a payé 1,2 milliard de dollars pour 80 % du capital de la pépite "
                        + "bretonne Velmora.", "Apple", "1.2E9", "USD"),
                Arguments.of("en", "Salesforce announced the purchase of the German software group Velmora. This "
                        + "purchase of $2.4 billion opens Europe to it.", "Salesforce", "2.4E9", "USD"),
                Arguments.of("de", "Salesforce kündigt den Kauf der Softwaregruppe Velmora an. Dieser Kauf für 2,4 "
                        + "Milliarden Dollar öffnet Europa.", "Salesforce", "2.4E9", "USD"),
                Arguments.of("es", "Salesforce anuncia la compra del grupo de software alemán Velmora. Esta compra "
                        + "de 2.400 millones de dólares le abre Europa.", "Salesforce", "2.4E9", "USD"),
                Arguments.of("it", "Salesforce annuncia l'acquisto del gruppo di software tedesco Velmora. Questo "
                        + "acquisto da 2,4 miliardi di dollari le apre l'Europa.", "Salesforce", "2.4E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameAfterACompanyNounIsACompany(String language, String text, String investor, String amount,
                                          String currency) {
        assertOneDeal(language, text, "Velmora", investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Parmi les levées du mois figurent Cohere, un groupe de Toronto (1 milliard de dollars), et Databricks, "
            + "créée en 2013 (2 milliards de dollars).",
        "es|Entre las rondas del mes están Cohere, un grupo de Toronto (1.000 millones de dólares), y Databricks, "
            + "creada en 2013 (2.000 millones de dólares)."})
    void aPlaceAfterTheNounAndAPrepositionIsNoCompany(String language, String text) {
        assertDeals(language, text,
                List.of(deal("Cohere", null, "1E9", "USD"), deal("Databricks", null, "2E9", "USD")));
    }
}
