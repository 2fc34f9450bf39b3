package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One payer, one deal verb and a list of amounts, each opening its item with the same "in" or "into" and naming its
 * own company (session 15): "Qualcomm has put $6 billion into Intel, $80 billion into OpenAI and $300 million into
 * Salesforce". Only the first amount carries a currency; the others take it over, also when the word after them is
 * "dans", "über" or a lower-case German preposition.
 */
class ListedAmountsTest {

    private static final List<DealCases.Expected> THREE = List.of(
            deal("Intel", "Qualcomm", "6E9", "USD"),
            deal("OpenAI", "Qualcomm", "8E10", "USD"),
            deal("Salesforce", "Qualcomm", "3E8", "USD"));

    static Stream<Arguments> eachListedAmountGoesToTheCompanyOfItsItem() {
        return Stream.of(
                Arguments.of("en", "This year Qualcomm has put $6 billion into Intel, $80 billion into OpenAI and "
                        + "$300 million into Salesforce."),
                Arguments.of("en", "Qualcomm has invested $6 billion in Intel, $80 billion in OpenAI and $300 million "
                        + "in Salesforce, the filings show."),
                Arguments.of("fr", "Depuis janvier, Qualcomm a investi pas moins de 6 milliards de dollars dans Intel, 80 milliards "
                        + "dans OpenAI et 300 millions dans Salesforce."),
                Arguments.of("it", "Qualcomm quest'anno ha investito ben 6 miliardi di dollari in Intel, 80 miliardi in OpenAI e 300 "
                        + "milioni in Salesforce."),
                Arguments.of("de", "Qualcomm hat in diesem Jahr 6 Milliarden Dollar in Intel, 80 Milliarden in OpenAI "
                        + "und 300 Millionen in Salesforce gesteckt."),
                Arguments.of("es", "Qualcomm ha invertido 6.000 millones de dólares en Intel, 80.000 millones en OpenAI "
                        + "y 300 millones en Salesforce."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachListedAmountGoesToTheCompanyOfItsItem(String language, String text) {
        assertDeals(language, text, THREE);
    }
}
