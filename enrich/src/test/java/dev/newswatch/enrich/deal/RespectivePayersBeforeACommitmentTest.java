package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names joined by "and" that commit to pay amounts "respectively" pay them in order, also when a verb of commitment,
 * an auxiliary or a reflexive stands between them and the paying verb ("si sono impegnate a finanziare", "have
 * committed to invest", "se sont engagés à investir"), in sentences of our own in the five languages.
 */
class RespectivePayersBeforeACommitmentTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Nvidia e Oracle si sono impegnate a finanziare Cohere con 1 e 2 miliardi di dollari rispettivamente.",
        "it|Nvidia e Oracle hanno deciso di investire in Cohere rispettivamente 1 e 2 miliardi di dollari.",
        "en|Nvidia and Oracle have also committed to invest $1 billion and $2 billion respectively in Cohere.",
        "fr|Nvidia et Oracle se sont engagés à investir respectivement 1 et 2 milliards de dollars dans Cohere.",
        "es|Nvidia y Oracle se han comprometido a invertir 1.000 y 2.000 millones de dólares respectivamente "
            + "en Cohere.",
        "de|Nvidia und Oracle haben zugesagt, 1 beziehungsweise 2 Milliarden Dollar in Cohere zu investieren."})
    void eachNamePaysItsAmountInOrder(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", "Nvidia", "1E9", "USD"),
                deal("Cohere", "Oracle", "2E9", "USD")));
    }
}
