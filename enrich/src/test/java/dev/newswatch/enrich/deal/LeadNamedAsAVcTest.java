package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round-up item whose next sentence names the round's lead with a kind word for investors in front of the name:
 * "led by the VCs X and Y", "die Runde wurde angeführt von den VCs X und Y", "angeführt wurde die
 * Finanzierungsrunde von den Geldgebern X und Y". The kind word ("VC", "VCs", and the German dative plurals of
 * investor nouns) stands in the gap between the lead phrase and the name, like "the investment firm X" does.
 */
class LeadNamedAsAVcTest {

    static Stream<Arguments> theNameAfterTheKindWordLeads() {
        return Stream.of(
                Arguments.of("en", "Poolside raised $30 million. The round was led by the VCs Sequoia and Index "
                        + "Ventures.", "USD"),
                Arguments.of("de", "Das Berliner Startup Poolside hat 30 Millionen Euro eingesammelt. Die Runde wurde "
                        + "angeführt von den VCs Sequoia und Index Ventures.", "EUR"),
                Arguments.of("de", "Das Startup Poolside hat 30 Millionen Euro eingesammelt. Angeführt wurde die "
                        + "Finanzierungsrunde von den Geldgebern Sequoia und Index Ventures.", "EUR"),
                Arguments.of("it", "La startup Poolside ha raccolto 30 milioni di euro, in un round guidato dal vc "
                        + "Sequoia.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterTheKindWordLeads(String language, String text, String currency) {
        // Given a raise, and its lead named after a kind word for investors
        // When the deals are read
        // Then the first name after the kind word is the round's investor
        assertDeals(language, text, List.of(deal("Poolside", "Sequoia Capital", "3E7", currency)));
    }
}
