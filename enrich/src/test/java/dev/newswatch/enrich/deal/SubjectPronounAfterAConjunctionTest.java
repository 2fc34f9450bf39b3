package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A subject pronoun right after a subordinating conjunction stands for the company named before, in sentences of
 * our own: German "als es X übernahm", "nachdem es X gekauft hat", and the same clause in English
 * and French. Italian and Spanish leave the subject out there (see the null-subject tests).
 */
class SubjectPronounAfterAConjunctionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Poolside wächst schnell, nachdem es im Mai die Firma Cohere für drei Milliarden Dollar übernommen hat.",
        "de|Poolside ist ein Pionier. Die Branche staunte, als es die Firma Cohere für drei Milliarden Dollar übernahm.",
        "de|Poolside ist ein Pionier. Die Branche staunte, dass es die Firma Cohere für drei Milliarden Dollar kauft.",
        "en|Poolside is a pioneer. In May it made headlines when it said it would buy Cohere for $3 billion.",
        "fr|Poolside est un pionnier. En mai, il a fait sensation lorsqu'il a annoncé racheter Cohere pour 3 "
                + "milliards de dollars."})
    void thePronounIsTheBuyerNamedBefore(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Poolside", "3E9", "USD");
    }
}
