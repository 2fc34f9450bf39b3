package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name followed by its short form in brackets ("Amazon Web Services (AWS)", "Andreessen Horowitz (a16z)") names one
 * party once: the short form is no second name, so it neither ends a list of parties nor stands as another company.
 * Before, a contract told with both sides after it, or an investor given with its short form, found no parties.
 */
class BracketedShortNameTest {

    static Stream<Arguments> aContractBetweenTwoNamesOneWithItsShortForm() {
        return Stream.of(
                Arguments.of("de", "Der Vertrag über 38 Milliarden US-Dollar läuft sieben Jahre, teilten OpenAI sowie "
                        + "Amazon Web Services (AWS) mit."),
                Arguments.of("de", "OpenAI sowie Amazon Web Services (AWS) haben einen Vertrag über 38 Milliarden "
                        + "US-Dollar geschlossen."),
                Arguments.of("en", "The partnership is worth $38 billion, OpenAI and Amazon Web Services (AWS) "
                        + "announced."),
                Arguments.of("en", "OpenAI and Amazon Web Services (AWS) signed a partnership worth $38 billion."),
                // the name with its short form first in a list
                Arguments.of("de", "Der Vertrag über 38 Milliarden US-Dollar läuft sieben Jahre, teilten Amazon Web "
                        + "Services (AWS) und OpenAI mit."),
                Arguments.of("en", "Amazon Web Services (AWS) and OpenAI signed a partnership worth $38 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aContractBetweenTwoNamesOneWithItsShortForm(String language, String text) {
        // AWS sells compute: in a contract with a company that does not, it is the one paid
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), "aws"::equals);
        assertEquals("aws <- openai 38000000000 USD", DealCases.summary(deals), language + " \"" + text + "\"");
    }

    static Stream<Arguments> anInvestorWithItsShortFormInvests() {
        return Stream.of(
                Arguments.of("de", "Andreessen Horowitz (a16z) investiert 300 Millionen Dollar in Poolside."),
                Arguments.of("en", "Andreessen Horowitz (a16z) invests $300 million in Poolside."),
                Arguments.of("it", "Andreessen Horowitz (a16z) investe 300 milioni di dollari in Poolside."),
                Arguments.of("fr", "Andreessen Horowitz (a16z) investit 300 millions de dollars dans Poolside."),
                Arguments.of("es", "Andreessen Horowitz (a16z) invierte 300 millones de dólares en Poolside."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anInvestorWithItsShortFormInvests(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Andreessen Horowitz", "3E8", "USD");
    }
}
