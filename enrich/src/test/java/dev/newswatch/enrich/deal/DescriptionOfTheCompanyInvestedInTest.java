package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description that receives money (the subject of a raise: "the start-up is raising N") after a sentence that names
 * one company as investing in another ("Y is in talks about a stake in X") stands for X, the company invested in, not
 * for Y, that sentence's subject. Before, a subject description stood for the subject before it, and the investor was
 * read as raising the round. Sentences of our own.
 */
class DescriptionOfTheCompanyInvestedInTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Nvidia has entered advanced talks about a stake in Poolside. The coding start-up is raising $520 million in "
            + "fresh capital.",
        "en|Nvidia has invested in Poolside before. The company is raising $520 million in fresh capital.",
        "de|Nvidia verhandelt über eine Beteiligung an Poolside. Das Start-up aus Kalifornien sammelt derzeit in einer "
            + "Runde 520 Millionen Dollar ein.",
        "it|Nvidia tratta una partecipazione in Poolside. La startup californiana sta raccogliendo 520 milioni di "
            + "dollari con un nuovo round.",
        "fr|Nvidia négocie une prise de participation dans Poolside. La start-up californienne lève 520 millions de "
            + "dollars lors d'un nouveau tour.",
        "es|Nvidia negocia una participación en Poolside. La startup californiana está levantando 520 millones de "
            + "dólares de nuevos inversores."})
    void theDescriptionRaisingStandsForTheCompanyInvestedIn(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "520E6", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the investor named again as the subject raises its own money
        "en|Nvidia bought a stake in Poolside last year. Nvidia is now raising $520 million in fresh capital.",
        // a description that pays stands for the investor, as before
        "en|Nvidia bought a stake in Poolside last year. The chipmaker invested $520 million in Cohere."})
    void aNamedSubjectOrAPayerStaysAsItWas(String language, String text) {
        if (text.contains("Cohere")) {
            assertOneDeal(language, text, "Cohere", "Nvidia", "520E6", "USD");
        } else {
            assertOneDeal(language, text, "Nvidia", null, "520E6", "USD");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Nvidia has entered advanced talks about a stake in Poolside. The coding start-up is valued at $5 billion.",
        "de|Nvidia verhandelt über eine Beteiligung an Poolside. Das Start-up wird mit 5 Milliarden Dollar bewertet.",
        "it|Nvidia tratta una partecipazione in Poolside. La startup è valutata 5 miliardi di dollari.",
        "fr|Nvidia négocie une prise de participation dans Poolside. La start-up est valorisée à 5 milliards de "
            + "dollars.",
        "es|Nvidia negocia una participación en Poolside. La startup está valorada en 5.000 millones de dólares."})
    void aValuationIsStillNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}
