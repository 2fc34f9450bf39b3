package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round told as a noun phrase with the company that closed it as the agent of a participle, like "of": "the $15
 * million round closed by Zentrix", "la levée de 23 millions de dollars bouclée par Zentrix", "l'aumento di capitale da
 * 9 milioni deliberato in maggio da Zentrix", "la ronda de 15 millones cerrada por Zentrix" (the marker OF of
 * the lexicons); the company is one the entity table does not know. In German the amount stands inside the relative
 * clause before its verb ("Zentrix, das im Frühjahr eine Finanzspritze über 9 Mio. Euro erhielt").
 */
class RoundOwnerAfterAParticipleTest {

    static Stream<Arguments> theAgentOfTheRoundRaisedIt() {
        return Stream.of(
                Arguments.of("en", "The $15 million round closed by Velmora was the largest of the month."),
                Arguments.of("fr", "Le total grimpe grâce à une levée de 15 millions de dollars bouclée par Velmora, "
                        + "qui pèse la moitié du mois."),
                Arguments.of("it", "Nell'aumento di capitale da 15 milioni di dollari deliberato in maggio da "
                        + "Velmora entrano tre fondi."),
                Arguments.of("it", "Il round da 15 milioni di dollari chiuso da Velmora è il più grande del mese."),
                Arguments.of("es", "La ronda de 15 millones de dólares cerrada por Velmora fue la mayor del mes."),
                Arguments.of("de", "Darunter ist das Start-up Velmora, das im Frühjahr eine Finanzspritze über "
                        + "15 Mio. Dollar erhielt, um zu wachsen."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentOfTheRoundRaisedIt(String language, String text) {
        assertOneDeal(language, text, "Velmora", null, "15000000", "USD");
    }
}
