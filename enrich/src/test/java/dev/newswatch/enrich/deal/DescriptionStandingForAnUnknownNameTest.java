package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal sentence whose subject is a description or a pronoun ("The London-based startup said it had raised ...",
 * "It raised ...") stands for a company named in the sentences before it. When that company is one the entity table
 * does not know and the sentence naming it is no company place (no amount, no cue), the sentence with the amount is
 * read again with the capitalised names of the sentences before it as candidates, and the description takes the name
 * as the known-company reading would. Sentences of our own, with invented companies; each text opens with a line
 * that names the company once more, as a headline would.
 */
class DescriptionStandingForAnUnknownNameTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Corvana makes mapping software for delivery vans. The London-based startup said on Tuesday it had raised "
                + "$210 million from Nvidia.|Corvana|Nvidia|210E6|USD",
        "en|Corvana was started by two robotics researchers in 2019. The company said it raised $130 million in a "
                + "round led by Nvidia.|Corvana|Nvidia|130E6|USD",
        "en|Corvana builds chips for warehouse robots. It raised $45 million in a round led by Nvidia, it said on "
                + "Monday.|Corvana|Nvidia|45E6|USD",
        "fr|Corvana conçoit des logiciels de cartographie. La start-up a levé 40 millions d'euros auprès de Nvidia."
                + "|Corvana|Nvidia|40E6|EUR"})
    void theDescriptionIsTheUnknownCompanyNamedBefore(String language, String sentences, String target,
                                                       String investor, String amount, String currency) {
        // Given a headline naming the company, then a sentence about it with no amount
        String text = target + " gets new money\n" + sentences;

        // When / Then the description in the deal sentence is that company
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a person and a city before the description: neither is a candidate
        "en|Maria Lenz spoke in Hamburg on Monday. The company raised $60 million last year.",
        // a common word that opens its sentence once
        "en|Analysts expect more deals this year. The company raised $60 million in May."})
    void aPersonOrACommonWordBeforeTheDescriptionIsNoCompany(String language, String text) {
        // Given no company named before the description
        // When
        List<Deal> deals = extract(language, text);

        // Then no name read from the text is made the company paid
        assertTrue(deals.stream().noneMatch(d -> d.target() != null && d.target().provisional()),
                language + " \"" + text + "\" -> " + deals.stream().map(EvaluationReport::summary).toList());
    }
}
