package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A relative clause closed before the deal verb (session 16, German only: the other four languages put the verb
 * before its object and the relative clause after both). In "X wird Y, das auf Z spezialisiert ist, für N kaufen" the
 * relative clause on Y ends with its own verb and a comma; the verb at the end of the main clause still has X as its
 * subject and Y as its object. A deal verb inside the relative clause keeps reading it as before.
 */
class ClosedRelativeClauseTest {

    static Stream<Arguments> theNameBeforeAClosedRelativeClauseIsTheObject() {
        return Stream.of(
                Arguments.of("de", "SAP wird Cohere, das sich auf Sprachmodelle für Firmen spezialisiert hat, für 320 "
                        + "Millionen Euro übernehmen."),
                Arguments.of("de", "SAP will das kanadische Unternehmen Cohere, das 2019 gegründet wurde, für 320 "
                        + "Millionen Euro kaufen."),
                Arguments.of("de", "Nach eigenen Angaben wird SAP Cohere, dessen Modelle viele Banken nutzen, für 320 "
                        + "Millionen Euro erwerben."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameBeforeAClosedRelativeClauseIsTheObject(String language, String text) {
        assertOneDeal(language, text, "Cohere", "SAP", "3.2E8", "EUR");
    }

    static Stream<Arguments> aDealVerbInsideTheRelativeClauseKeepsItsRoles() {
        return Stream.of(
                Arguments.of("de", "Cohere, das SAP im Mai für 320 Millionen Euro kaufte, wächst weiter."),
                Arguments.of("de", "Cohere, das von SAP unterstützt wird, sammelt 320 Millionen Euro ein."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDealVerbInsideTheRelativeClauseKeepsItsRoles(String language, String text) {
        String investor = text.contains("kaufte") ? "SAP" : null;
        assertOneDeal(language, text, "Cohere", investor, "3.2E8", "EUR");
    }
}
