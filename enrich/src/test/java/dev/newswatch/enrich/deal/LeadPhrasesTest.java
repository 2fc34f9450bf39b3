package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead of a round told without its investor, named in phrases the older lead phrases missed (session 15): a
 * German fronted participle ("Angeführt hat die Runde der Investor X"), the lead as a participle phrase after the
 * round ("with X leading the raise", "wobei X die Runde anführte"), the lead through its fund or its owner ("guidato
 * dal Fondo N di X", "led by Y's investment firm X"), "led by investors advised by X", "X takes the lead role" and
 * "the lead investor in this round was X". Each in every language where reporters write it.
 */
class LeadPhrasesTest {

    static Stream<Arguments> aRoundGetsTheLeadNamedInTheNewPhrases() {
        return Stream.of(
                // a fronted participle, then the auxiliary and the round
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt. Angeführt hat die neue Runde der "
                        + "US-Wagniskapitalgeber Sequoia Capital.", "Sequoia Capital"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt. Angeführt hat die "
                        + "Finanzierungsrunde Index Ventures.", "Index Ventures"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt. Angeführt wird die Runde vom "
                        + "Wagniskapitalgeber Sequoia Capital.", "Sequoia Capital"),
                // the lead as a participle phrase after the round
                Arguments.of("en", "Cohere has raised $80 million, with venture firm Sequoia Capital leading the raise.",
                        "Sequoia Capital"),
                Arguments.of("en", "Cohere has raised $80 million, with Index Ventures leading the financing.",
                        "Index Ventures"),
                Arguments.of("es", "Cohere ha recaudado 80 millones de dólares, con Sequoia Capital liderando la ronda.",
                        "Sequoia Capital"),
                Arguments.of("es", "Cohere ha recaudado 80 millones de dólares, con el fondo Index Ventures a la "
                        + "cabeza.", "Index Ventures"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt, wobei Sequoia Capital die Runde "
                        + "anführte.", "Sequoia Capital"),
                Arguments.of("it", "Cohere ha raccolto 80 milioni di dollari, con Sequoia Capital a guidare il round.",
                        "Sequoia Capital"),
                Arguments.of("fr", "Cohere a levé 80 millions de dollars, avec Sequoia Capital en chef de file.",
                        "Sequoia Capital"),
                Arguments.of("en", "Cohere has raised $80 million in a new round, with Sequoia Capital leading.",
                        "Sequoia Capital"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt, federführend war Sequoia Capital.",
                        "Sequoia Capital"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt. Sequoia Capital war federführend.",
                        "Sequoia Capital"),
                Arguments.of("fr", "Cohere a levé 80 millions de dollars, avec Sequoia Capital en tête du tour.",
                        "Sequoia Capital"),
                Arguments.of("es", "Cohere ha recaudado 80 millones de dólares, con Sequoia Capital al frente de la "
                        + "ronda.", "Sequoia Capital"),
                Arguments.of("it", "Cohere ha raccolto 80 milioni di dollari, con Sequoia Capital alla guida del round.",
                        "Sequoia Capital"),
                // the lead named through its fund, or through the person who owns it
                Arguments.of("it", "Cohere ha chiuso un round da 80 milioni di euro, guidato dal Fondo Tecnologia "
                        + "Avanzata di Sequoia Capital, per crescere in Europa.", "Sequoia Capital"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt, angeführt vom Fonds Technologie Plus "
                        + "von Sequoia Capital.", "Sequoia Capital"),
                Arguments.of("en", "Cohere raised $80 million. The round was led by Ada Lindqvist's investment firm "
                        + "Index Ventures.", "Index Ventures"),
                Arguments.of("en", "Cohere raised $80 million. The round was led by Ada Lindqvist's funding vehicle "
                        + "Sequoia Capital.", "Sequoia Capital"),
                // led by investors that another firm advises
                Arguments.of("en", "Cohere raised $80 million. That round was led by several funds advised by Thrive "
                        + "Capital.", "Thrive Capital"),
                Arguments.of("en", "Cohere raised $80 million. The round was led by funds and accounts advised by "
                        + "Thrive Capital.", "Thrive Capital"),
                // the lead role, the lead investor
                Arguments.of("de", "Cohere sammelt 80 Millionen Dollar ein. Sequoia Capital übernimmt die "
                        + "Führungsrolle.", "Sequoia Capital"),
                Arguments.of("en", "Cohere raised $80 million. Sequoia Capital took the lead role in the round.",
                        "Sequoia Capital"),
                Arguments.of("de", "Cohere sammelt 80 Millionen Dollar ein. Dabei übernimmt Sequoia Capital mit einem "
                        + "Investment von 50 Millionen Dollar die Führungsrolle.", "Sequoia Capital"),
                // the lead's phrase names the round's amount
                Arguments.of("en", "Cohere raised $80 million in May. Thrive Capital led the $80 million round.",
                        "Thrive Capital"),
                Arguments.of("it", "Cohere ha raccolto 80 milioni di dollari a maggio. Thrive Capital ha guidato il "
                        + "round da 80 milioni.", "Thrive Capital"),
                // a financing agreement with a lender
                Arguments.of("en", "Cohere has signed an $80 million financing agreement with Thrive Capital to build a "
                        + "data centre.", "Thrive Capital"),
                Arguments.of("en", "Cohere raised $80 million. The lead investor in this round was Index Ventures, a "
                        + "London firm.", "Index Ventures"),
                Arguments.of("it", "Cohere ha raccolto 80 milioni di dollari. L'investitore principale del round è "
                        + "Index Ventures.", "Index Ventures"),
                Arguments.of("fr", "Cohere a levé 80 millions de dollars. L'investisseur principal de l'opération est "
                        + "Index Ventures.", "Index Ventures"),
                Arguments.of("es", "Cohere ha recaudado 80 millones de dólares. El inversor principal de la ronda es "
                        + "Index Ventures.", "Index Ventures"),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt. Hauptinvestor der Runde ist Index "
                        + "Ventures.", "Index Ventures"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aRoundGetsTheLeadNamedInTheNewPhrases(String language, String text, String lead) {
        String currency = text.contains("$") || text.contains("Dollar") || text.contains("dólares")
                || text.contains("dollari") || text.contains("dollars") ? "USD" : "EUR";
        assertOneDeal(language, text, "Cohere", lead, "80E6", currency);
    }

    static Stream<Arguments> theLeadInvestorOfAnotherCompanyLeadsNoRound() {
        return Stream.of(
                Arguments.of("en", "Cohere raised $80 million, with Microsoft leading cloud sales in Europe."),
                Arguments.of("en", "Cohere raised $80 million. The lead investor of OpenAI is Microsoft."),
                Arguments.of("it", "Cohere ha raccolto 80 milioni di dollari. L'investitore principale di OpenAI è "
                        + "Microsoft."),
                Arguments.of("de", "Cohere hat 80 Millionen Dollar eingesammelt. Hauptinvestor von OpenAI ist "
                        + "Microsoft."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theLeadInvestorOfAnotherCompanyLeadsNoRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "80E6", "USD");
    }
}
