package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A passive participle with its agent set off by dashes or commas right after the last name of a list ("Helsing,
 * Poolside e Cohere - rilevata da Oracle per N - sono...") describes that last name: it is the one bought, not the
 * first name of the list. A name described before the participle ("Cohere, la società di X, rilevata da") keeps the
 * subject.
 */
class ParticipleAfterTheLastListedNameTest {

    static Stream<Arguments> theLastListedNameIsBought() {
        return Stream.of(
                Arguments.of("it", "Helsing, Poolside e Cohere - rilevata da Oracle per 900 milioni di dollari - "
                        + "figurano tra le aziende fondate da ex ufficiali."),
                Arguments.of("en", "Helsing, Poolside and Cohere - bought by Oracle for $900 million - are among the "
                        + "firms founded by former officers."),
                Arguments.of("fr", "Helsing, Poolside et Cohere - rachetée par Oracle pour 900 millions de dollars - "
                        + "figurent parmi les sociétés fondées par d'anciens officiers."),
                Arguments.of("es", "Helsing, Poolside y Cohere - adquirida por Oracle por 900 millones de dólares - "
                        + "figuran entre las empresas fundadas por antiguos oficiales."),
                Arguments.of("it", "Helsing, Poolside e Cohere, rilevata da Oracle per 900 milioni di dollari, "
                        + "figurano tra le aziende fondate da ex ufficiali."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theLastListedNameIsBought(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Oracle", "9E8", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameDescribedBeforeTheParticipleKeepsTheSubject(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Oracle", "9E8", "USD");
    }

    static Stream<Arguments> aNameDescribedBeforeTheParticipleKeepsTheSubject() {
        return Stream.of(
                Arguments.of("it", "Cohere, la controllata di Helsing, rilevata da Oracle per 900 milioni di dollari, "
                        + "assume ingegneri."),
                Arguments.of("en", "Cohere, the unit of Helsing, bought by Oracle for $900 million, is hiring "
                        + "engineers."));
    }
}
