package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agent of a participle of no deal (session 17): in "an investment of N to expand the data centres used by Y" the
 * name after "used by" is the agent of "used", which describes the data centres; it does not pay the investment, and
 * the one investing is not paid by it. A lead participle ("led by") still names the payer.
 */
class AgentOfADescribingParticipleTest {

    static Stream<Arguments> theAgentOfADescribingParticipleDoesNotPay() {
        return Stream.of(
                Arguments.of("en", "Oracle announced an investment of $4.2 billion to expand the data centres used by Meta."),
                Arguments.of("es", "Oracle dio a conocer un plan de inversión de 4.200 millones de dólares para ampliar los "
                        + "centros de datos usados por Meta."),
                Arguments.of("it", "Oracle ha annunciato un investimento di 4,2 miliardi di dollari per ampliare i data "
                        + "center utilizzati da Meta."),
                Arguments.of("fr", "Oracle a annoncé un investissement de 4,2 milliards de dollars pour agrandir les centres "
                        + "de données utilisés par Meta."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentOfADescribingParticipleDoesNotPay(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> aLeadAfterADescribingParticipleStillPays() {
        return Stream.of(
                Arguments.of("en", "Mistral AI, founded by former researchers of Meta, closed a €600 million round led "
                        + "by General Catalyst."),
                Arguments.of("es", "Mistral AI, fundada por antiguos investigadores de Meta, cerró una ronda de 600 "
                        + "millones de euros liderada por General Catalyst."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLeadAfterADescribingParticipleStillPays(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "General Catalyst", "6E8", "EUR");
    }
}
