package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round-up that names its largest deals in the plural ("le operazioni top", "les plus grosses opérations", "las
 * mayores operaciones", "the top deals", "die größten Deals") and lists them as names with their amount in brackets:
 * each name gets its own amount, also when the only other deal word of the sentence comes after the list.
 */
class TopDealsOfARoundUpTest {

    static Stream<Arguments> eachListedNameGetsItsBracketedAmount() {
        return Stream.of(
                Arguments.of("it", "Tra le operazioni principali del semestre – Cohere (140 milioni di euro), Helsing "
                        + "(90 milioni), Poolside (45 milioni) – prevale il software (11 round)."),
                Arguments.of("fr", "Parmi les plus grosses opérations du semestre – Cohere (140 millions d'euros), "
                        + "Helsing (90 millions), Poolside (45 millions) – domine le logiciel (11 tours)."),
                Arguments.of("es", "Entre las mayores operaciones del semestre – Cohere (140 millones de euros), "
                        + "Helsing (90 millones), Poolside (45 millones) – domina el software (11 rondas)."),
                Arguments.of("en", "Among the top deals of the half – Cohere (€140 million), Helsing (€90 million), "
                        + "Poolside (€45 million) – software leads (11 rounds)."),
                Arguments.of("de", "Unter den größten Deals des Halbjahres – Cohere (140 Millionen Euro), Helsing "
                        + "(90 Millionen), Poolside (45 Millionen) – führt Software (11 Runden)."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachListedNameGetsItsBracketedAmount(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "1.4E8", "EUR"), deal("Helsing", null, "9E7", "EUR"),
                deal("Poolside", null, "4.5E7", "EUR")));
    }
}
