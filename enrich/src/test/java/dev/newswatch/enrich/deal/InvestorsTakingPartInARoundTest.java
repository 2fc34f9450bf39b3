package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round told with no lead, and its investors named as a list in the next sentence ("Investors in the round
 * included A, B and C", "An der Runde beteiligten sich A und B", "A et B ont participé au tour de table"): the
 * first investor named is the round's investor, as the labels of real news count it; a lead named anywhere wins.
 */
class InvestorsTakingPartInARoundTest {

    static Stream<Arguments> shouldTakeTheFirstInvestorNamedAsTakingPart() {
        return Stream.of(
                // the list after a phrase of taking part
                Arguments.of("en", "Poolside has pulled in $250 million of fresh capital. Investors in the round "
                        + "included Sequoia Capital, Salesforce and Nvidia."),
                Arguments.of("en", "Poolside has pulled in $250 million of fresh capital. The round also drew "
                        + "Sequoia Capital and Nvidia."),
                Arguments.of("de", "Poolside hat 250 Millionen Dollar frisches Kapital erhalten. An der Runde "
                        + "beteiligten sich Sequoia Capital, Salesforce und Nvidia."),
                Arguments.of("de", "Poolside hat 250 Millionen Dollar frisches Kapital erhalten. Zu den Investoren "
                        + "gehören Sequoia Capital und Nvidia."),
                Arguments.of("fr", "Poolside a bouclé une levée de 250 millions de dollars. Au tour de table "
                        + "figurent Sequoia Capital, Salesforce et Nvidia."),
                Arguments.of("it", "Poolside ha incassato 250 milioni di dollari. Al round hanno partecipato "
                        + "Sequoia Capital, Salesforce e Nvidia."),
                Arguments.of("es", "Poolside ha captado 250 millones de dólares. En la ronda participaron "
                        + "Sequoia Capital, Salesforce y Nvidia."),
                Arguments.of("es", "Poolside ha captado 250 millones de dólares. Participaron también "
                        + "Sequoia Capital y Nvidia."),
                // in the deal sentence: a round that included the investors
                Arguments.of("en", "Poolside, the code assistant maker, collected $250 million in a round that "
                        + "included Sequoia Capital and Nvidia."),
                // the list before a phrase of taking part
                Arguments.of("en", "Poolside has pulled in $250 million of fresh capital. Sequoia Capital, "
                        + "Salesforce and Nvidia also took part."),
                Arguments.of("de", "Poolside hat 250 Millionen Dollar frisches Kapital erhalten. Sequoia Capital "
                        + "und Nvidia beteiligten sich an der Runde."),
                Arguments.of("fr", "Poolside a bouclé une levée de 250 millions de dollars. Sequoia Capital, "
                        + "Salesforce et Nvidia ont participé au tour de table."),
                Arguments.of("it", "Poolside ha incassato 250 milioni di dollari. Sequoia Capital e Nvidia hanno "
                        + "partecipato al round."),
                Arguments.of("es", "Poolside ha captado 250 millones de dólares. Sequoia Capital y Nvidia "
                        + "participaron en la ronda."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldTakeTheFirstInvestorNamedAsTakingPart(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Sequoia Capital", "250000000", "USD");
    }

    static Stream<Arguments> shouldPreferTheLeadToTheOthersTakingPart() {
        return Stream.of(
                Arguments.of("en", "Poolside has pulled in $250 million of fresh capital. Salesforce and Nvidia "
                        + "also took part. The round was led by Sequoia Capital."),
                Arguments.of("de", "Poolside hat 250 Millionen Dollar frisches Kapital erhalten. An der Runde "
                        + "beteiligten sich Salesforce und Nvidia. Angeführt wurde sie von Sequoia Capital."),
                Arguments.of("fr", "Poolside a bouclé une levée de 250 millions de dollars. Salesforce et Nvidia "
                        + "ont participé au tour de table, mené par Sequoia Capital."),
                Arguments.of("it", "Poolside ha incassato 250 milioni di dollari. Al round hanno partecipato "
                        + "Salesforce e Nvidia, con capofila Sequoia Capital."),
                Arguments.of("es", "Poolside ha captado 250 millones de dólares. En la ronda, liderada por "
                        + "Sequoia Capital, participaron también Salesforce y Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldPreferTheLeadToTheOthersTakingPart(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Sequoia Capital", "250000000", "USD");
    }
}
