package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * German verb-second with an adverbial in front: the subject stands after the verb, and its article may open an
 * extended attribute (a phrase with its own preposition and a participle or adjective) before the company noun and
 * the name: "Tatsächlich erhielt der in München ansässige Anbieter X 80 Millionen Euro". The name is the subject
 * that raises, as it is with a plain description ("erhielt der Anbieter X"). Only German builds this attribute; the
 * other languages put such a phrase after the name.
 */
class ExtendedAttributeAfterTheVerbTest {

    static Stream<Arguments> theDescribedSubjectRaises() {
        return Stream.of(
                Arguments.of("de", "Tatsächlich erhielt der in Paris ansässige Entwickler Mistral AI 600 Millionen "
                        + "Euro."),
                Arguments.of("de", "Danach sammelte die auf Rüstungssoftware spezialisierte Firma Helsing 600 "
                        + "Millionen Euro ein."),
                Arguments.of("de", "Im Frühjahr bekam das seit 2019 in London tätige Start-up Poolside 600 "
                        + "Millionen Euro."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescribedSubjectRaises(String language, String text) {
        // Given a fronted adverbial, a raise verb, and a subject described by an extended attribute
        // When the deals are read
        // Then the described company raises the amount
        String target = text.contains("Mistral") ? "Mistral AI" : text.contains("Helsing") ? "Helsing" : "Poolside";
        assertDeals(language, text, List.of(deal(target, null, "6E8", "EUR")));
    }
}
