package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one bought as the subject (session 14): "X has backed a $5.3bn acquisition by Y" (an acquisition noun with
 * no one bought after it: the subject is bought by the agent), and a company the table does not know as the subject
 * of a passive purchase ("Velmora was acquired by Y", "Velmora è stata acquisita da Y").
 */
class AcquisitionByTest {

    static Stream<Arguments> theSubjectOfAnAcquisitionByAnAgentIsBought() {
        return Stream.of(
                Arguments.of("en", "Informatica has backed a $5.3 billion acquisition by software maker Salesforce."),
                Arguments.of("en", "Informatica agreed to a $5.3 billion takeover by Salesforce."),
                Arguments.of("it", "Informatica ha accettato un'acquisizione da parte di Salesforce per 5,3 miliardi di "
                        + "dollari."),
                Arguments.of("de", "Informatica stimmte einer Übernahme durch Salesforce für 5,3 Milliarden Dollar zu."),
                Arguments.of("fr", "Informatica a accepté un rachat par Salesforce pour 5,3 milliards de dollars."),
                Arguments.of("es", "Informatica aceptó una adquisición por parte de Salesforce por 5.300 millones de "
                        + "dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theSubjectOfAnAcquisitionByAnAgentIsBought(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "5.3E9", "USD");
    }

    static Stream<Arguments> aNewNameBoughtInThePassiveIsACompany() {
        return Stream.of(
                Arguments.of("en", "Velmora is being acquired by Qualcomm, which will pay about $7 billion "
                        + "in shares."),
                Arguments.of("en", "Velmora was acquired by Qualcomm for $7 billion."),
                Arguments.of("it", "Velmora è stata acquisita da Qualcomm per 7 miliardi di dollari."),
                Arguments.of("fr", "Velmora a été rachetée par Qualcomm pour 7 milliards de dollars."),
                Arguments.of("es", "Velmora fue adquirida por Qualcomm por 7.000 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNewNameBoughtInThePassiveIsACompany(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Qualcomm", "7E9", "USD");
    }
}
