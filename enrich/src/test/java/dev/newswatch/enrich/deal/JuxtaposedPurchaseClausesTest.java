package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * M&A digests that list purchases as clauses joined by commas, each with its own buyer, an announcing verb and a
 * purchase noun ("A annonçait le rachat de B pour N, C confirmait la reprise de D pour M"), session 26: each buyer
 * pays for the company after its own noun. French "la reprise de X" is a takeover noun, and the imperfect of announcing
 * verbs opens a buyer the table does not know.
 */
class JuxtaposedPurchaseClausesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Lundi dernier, Salesforce annonçait le rachat de l'éditeur Informatica pour 8 milliards de dollars, "
                + "Microsoft confirmait la reprise de VMware pour 69 milliards de dollars et Euronext déposait une "
                + "offre.",
        "en|Last Monday Salesforce announced the purchase of Informatica for $8 billion, Microsoft confirmed the "
                + "takeover of VMware for $69 billion and Euronext filed a bid.",
        "es|El lunes, Salesforce anunciaba la compra de Informatica por 8.000 millones de dólares, Microsoft "
                + "confirmaba la adquisición de VMware por 69.000 millones de dólares y Euronext presentaba una "
                + "oferta."})
    void eachClauseHasItsOwnBuyer(String language, String text) {
        // Given two purchases told in clauses joined by a comma, each with its own subject
        // When the deals are read
        // Then each subject buys the company of its own clause
        assertDeals(language, text, List.of(deal("Informatica", "Salesforce", "8E9", "USD"),
                deal("VMware", "Microsoft", "6.9E10", "USD")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Lundi dernier, Tandrix Systems annonçait le rachat de la société Corvana pour 8 milliards de dollars.",
        "Tandrix Systems confirmait la reprise de Corvana pour 8 milliards de dollars."})
    void announcingBuyerTheTableDoesNotKnow(String text) {
        // Given an unknown buyer before an announcing verb in the imperfect and a purchase noun
        // When the deals are read
        // Then it buys the company after the noun
        assertDeals("fr", text, List.of(deal("Corvana", "Tandrix Systems", "8E9", "USD")));
    }
}
