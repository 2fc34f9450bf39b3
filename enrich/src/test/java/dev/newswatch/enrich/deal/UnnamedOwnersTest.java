package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rounds whose sentence names no company (real news, docs/EXTRACTION.md, session 5, in sentences of our own):
 * "The round was led by X", "Sa dernière levée", "Con un recente round": the round belongs to the company the
 * previous sentences are about. And the same money given twice after a conversion word is one deal.
 */
class UnnamedOwnersTest {

    static Stream<Arguments> roundOfThePreviousSubject() {
        return Stream.of(
                Arguments.of("en", "Cohere keeps hiring in Toronto. The new $450 million round was led by Index "
                        + "Ventures.", "Cohere", "Index Ventures", "450E6", "USD"),
                Arguments.of("fr", "Poolside recrute à Paris. Sa dernière levée, de 90 millions d'euros, remonte à "
                        + "l'hiver.", "Poolside", null, "90E6", "EUR"),
                Arguments.of("it", "Perplexity cresce in fretta. Con un nuovo round da 250 milioni di dollari guidato "
                        + "da Index Ventures ha ampliato il team.", "Perplexity", "Index Ventures", "250E6", "USD"),
                Arguments.of("fr", "Helsing ouvre un bureau à Lyon. En levant 420 millions d'euros auprès de "
                        + "General Catalyst, elle double ses effectifs.", "Helsing", "General Catalyst", "420E6", "EUR"),
                Arguments.of("en", "Black Forest Labs ships a new model. Series B: $210M led by Thrive Capital.",
                        "Black Forest Labs", "Thrive Capital", "210E6", "USD"),
                // a headline's description stands for the company the body names next
                Arguments.of("en", "SAP pours $600 million into the start-up. Aleph Alpha said on Monday it will "
                        + "hire two hundred engineers.", "Aleph Alpha", "SAP", "600E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundOfThePreviousSubject(String language, String text, String target, String investor, String amount,
                                   String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> sumsOverManyCompaniesAreNoRound() {
        return Stream.of(
                Arguments.of("en", "Cohere keeps hiring. European defence start-ups have raised $5.1 billion this "
                        + "year."),
                Arguments.of("en", "Cohere keeps hiring. Venture funding for robotics firms across Europe and Asia "
                        + "reached $9 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void sumsOverManyCompaniesAreNoRound(String language, String text) {
        assertEquals(0, extract(language, text).size(), () -> "deals in: " + text + " -> " + extract(language, text));
    }

    static Stream<Arguments> conversionAfterAComma() {
        return Stream.of(
                Arguments.of("en", "Nvidia will invest 4.5 billion euros, or about $4.9 billion, in Mistral AI.",
                        "Mistral AI", "Nvidia", "4.5E9", "EUR"),
                Arguments.of("fr", "Nvidia investira 3 milliards de dollars, soit environ 2,6 milliards d'euros, "
                        + "dans Mistral AI.", "Mistral AI", "Nvidia", "3E9", "USD"),
                Arguments.of("de", "SAP investiert 800 Millionen Euro, umgerechnet rund 870 Millionen Dollar, in "
                        + "Aleph Alpha.", "Aleph Alpha", "SAP", "800E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void conversionAfterAComma(String language, String text, String target, String investor, String amount,
                               String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
