package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two companies the table does not know, joined by the agent of a deal noun: "the purchase of Velmora by Quintel",
 * "le rachat de Velmora par Quintel" (the name after "by", "par", "durch", "da parte di", "por" is the buyer when the
 * name before it stands in a deal role), also after an elided "d'" ("le rachat d'Orvane par Quintel").
 */
class AgentAfterDealNounTest {

    static Stream<Arguments> theNameAfterTheAgentOfADealNounBuys() {
        return Stream.of(
                Arguments.of("en", "Analysts welcomed the acquisition of Velmora by Quintel for $120 million on Monday."),
                Arguments.of("fr", "Les analystes ont salué lundi le rachat de Velmora par Quintel pour 120 millions "
                        + "de dollars."),
                Arguments.of("it", "Gli analisti hanno accolto bene l'acquisizione di Velmora da parte di Quintel per "
                        + "120 milioni di dollari."),
                Arguments.of("de", "Analysten begrüßten am Montag die Übernahme von Velmora durch Quintel für 120 "
                        + "Millionen Dollar."),
                Arguments.of("es", "Los analistas celebraron el lunes la compra de Velmora por Quintel por 120 "
                        + "millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterTheAgentOfADealNounBuys(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Quintel", "120000000", "USD");
    }

    static Stream<Arguments> anElidedDeBeforeTheNameStillMakesItACompany() {
        return Stream.of(
                Arguments.of("fr", "Une semaine après l'acquisition d'Orvane par Quintel pour 85 millions d'euros, "
                        + "le marché s'est emballé."),
                Arguments.of("fr", "Le rachat d'Orvane par Quintel pour 85 millions d'euros a surpris le secteur."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anElidedDeBeforeTheNameStillMakesItACompany(String language, String text) {
        assertOneDeal(language, text, "Orvane", "Quintel", "85000000", "EUR");
    }
}
