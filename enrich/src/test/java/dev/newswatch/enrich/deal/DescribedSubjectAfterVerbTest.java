package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A described subject right after the verb of a clause that opens with an adverbial (session 16, German only: the
 * other four languages put the subject before the verb). In "Im März übernahm die US-Firma X das Unternehmen Y für
 * N" the article and short description after the verb open its subject X; the name after it is the one bought. It
 * was read so before only with the amount fronted ("N gibt der Investor X").
 */
class DescribedSubjectAfterVerbTest {

    static Stream<Arguments> theDescribedNameAfterTheVerbBuys() {
        return Stream.of(
                Arguments.of("de", "Im vergangenen Herbst übernahm der Softwarekonzern SAP das kanadische Start-up "
                        + "Cohere für 900 Millionen Euro."),
                Arguments.of("de", "Im Sommer kauft die deutsche Firma SAP den Modellentwickler Cohere um "
                        + "900 Millionen Euro."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescribedNameAfterTheVerbBuys(String language, String text) {
        assertOneDeal(language, text, "Cohere", "SAP", "9E8", "EUR");
    }

    static Stream<Arguments> theDescribedNameAfterTheVerbRaises() {
        return Stream.of(
                Arguments.of("de", "Im Frühjahr sicherte sich das Start-up Cohere 900 Millionen Euro."),
                Arguments.of("de", "Anfang Mai sammelte der kanadische Modellentwickler Cohere 900 Millionen Euro ein."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescribedNameAfterTheVerbRaises(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "9E8", "EUR");
    }
}
