package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-ups that list companies the entity table does not know, each with its amount in brackets ("the biggest
 * rounds: Brontix ($120M), Velmora ($85M) and Quintel ($60M)"): each name right before a bracket that holds only an
 * amount is a company when its line lists two or more of them, and each bracket is that company's deal; an amount
 * after the list is their total, no deal (session 14). One aside is no list.
 */
class BracketedListsTest {

    static Stream<Arguments> eachNewNameOfAListGetsItsBracket() {
        return Stream.of(
                Arguments.of("en", "Among the larger rounds this month were Brontix (USD 120 million), Velmora "
                        + "(USD 85 million) and Quintel (USD 60 million).", "USD"),
                Arguments.of("en", "The biggest rounds of the week were Brontix ($120M), Velmora ($85M) and Quintel "
                        + "($60M), together about $265 million.", "USD"),
                Arguments.of("it", "I round più grandi del mese: Brontix (120 milioni di euro), Velmora (85 milioni) "
                        + "e Quintel (60 milioni).", "EUR"),
                Arguments.of("de", "Die größten Finanzierungsrunden: Brontix (120 Millionen Euro), Velmora "
                        + "(85 Millionen Euro) und Quintel (60 Millionen Euro).", "EUR"),
                Arguments.of("fr", "Les plus grosses levées du mois sont celles de Brontix (120 millions d'euros), "
                        + "Velmora (85 millions d'euros) et Quintel (60 millions d'euros).", "EUR"),
                Arguments.of("fr", "Les tours de table de la semaine : Brontix (120 M€), Velmora (85 M€) et Quintel "
                        + "(60 M€).", "EUR"),
                Arguments.of("es", "Las mayores rondas del mes fueron las de Brontix (120 millones de euros), "
                        + "Velmora (85 millones) y Quintel (60 millones).", "EUR"),
                // the word of the deals after the list
                Arguments.of("en", "Brontix ($120M), Velmora ($85M) and Quintel ($60M) raised the most this week.",
                        "USD"),
                Arguments.of("fr", "Brontix (120 millions d'euros), Velmora (85 millions) et Quintel (60 millions) "
                        + "signent les plus grosses levées de la semaine.", "EUR"),
                Arguments.of("es", "Brontix (120 millones de euros), Velmora (85 millones) y Quintel (60 millones) "
                        + "cierran las mayores rondas de la semana.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachNewNameOfAListGetsItsBracket(String language, String text, String currency) {
        assertDeals(language, text, List.of(deal("Brontix", null, "120E6", currency),
                deal("Velmora", null, "85E6", currency), deal("Quintel", null, "60E6", currency)));
    }

    static Stream<Arguments> oneBracketAfterANewNameIsNoList() {
        return Stream.of(
                Arguments.of("en", "Start-ups in Leipzig ($2.4 billion) raised less than those in the north."),
                Arguments.of("de", "Start-ups aus Leipzig (2,4 Milliarden Euro) sammelten weniger ein als die aus "
                        + "Hamburg."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void oneBracketAfterANewNameIsNoList(String language, String text) {
        assertDeals(language, text, List.of());
    }
}
