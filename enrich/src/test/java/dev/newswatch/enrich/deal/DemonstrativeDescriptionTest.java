package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description with a demonstrative determiner ("this company", "cette société", "questa società", "dieses
 * Unternehmen", "esta empresa") that raises money points at the last company the sentence before names, even after
 * a preposition ("the round of X"), not at a subject named earlier in the article.
 */
class DemonstrativeDescriptionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce expects a busy year. Among the large rounds were those of Cohere and of Helsing. In May this "
                + "company, a maker of defence software, announced a series B of $300 million.",
        "fr|Selon Salesforce, le marché progresse. Parmi les levées, on peut citer celle de Cohere, ou encore celle "
                + "de Helsing. En mai, cette société spécialisée dans la défense a annoncé une série B de 300 millions "
                + "de dollars.",
        "it|Secondo Salesforce il mercato cresce. Tra i round più grandi ci sono quelli di Cohere e di Helsing. A "
                + "maggio questa società, attiva nella difesa, ha annunciato un round da 300 milioni di dollari.",
        "de|Laut Salesforce wächst der Markt. Zu den größten Runden zählen die von Cohere und von Helsing. Im Mai "
                + "hat dieses Unternehmen aus der Verteidigung 300 Millionen Dollar eingesammelt.",
        "es|Según Salesforce, el mercado crece. Entre las rondas destacan las de Cohere y la de Helsing. En mayo, "
                + "esta empresa de defensa anunció una ronda de 300 millones de dólares."})
    void shouldGiveTheRoundToTheLastCompanyNamedBefore(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "300000000", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a definite description is no demonstrative: the subject named before keeps it
        "en|Helsing opened an office in Rome with Salesforce. The company raised $300 million in May.",
        "fr|Helsing a ouvert un bureau à Rome avec Salesforce. La société a levé 300 millions de dollars en mai."})
    void shouldKeepTheSubjectForADefiniteDescription(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "300000000", "USD");
    }
}
