package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead of a round named before its amount in the same sentence: German puts the agent of a participle before the
 * noun it describes ("die von Y angeführte Runde von X über N"), so the lead is read back to the start of the sentence
 * (or to the amount before it), not only after the amount. The other languages name the lead after the round noun
 * and were read already.
 */
class LeadBeforeTheAmountTest {

    static Stream<Arguments> aLeadNamedBeforeTheAmountLeadsTheRound() {
        return Stream.of(
                Arguments.of("de", "Zu den größten Deals zählt die von Nvidia angeführte Finanzierungsrunde von Cohere "
                        + "in Höhe von 400 Millionen Dollar."),
                Arguments.of("de", "Im März 2024 folgte die von Nvidia angeführte Runde von Cohere über 400 Millionen "
                        + "Dollar."),
                Arguments.of("en", "Among the largest deals was the funding round led by Nvidia for Cohere, worth "
                        + "$400 million."),
                Arguments.of("it", "Tra le operazioni più grandi c'è il round guidato da Nvidia per Cohere, da 400 "
                        + "milioni di dollari."),
                Arguments.of("es", "Entre las mayores operaciones está la ronda liderada por Nvidia para Cohere, de 400 "
                        + "millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLeadNamedBeforeTheAmountLeadsTheRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "4E8", "USD");
    }
}
