package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sum put into a counted number of companies ("$4bn in two companies", "4 miliardi in due società") is split
 * among them: it is no deal of the first company named after it. The parts that follow, each going to its own
 * company ("2 miliardi andranno a X e altri 2 a Y"), are the deals, also when their verb is in the future and the
 * later amounts leave out the currency.
 */
class SumSplitAmongCompaniesTest {

    static Stream<Arguments> eachPartOfTheSplitSumIsADeal() {
        return Stream.of(
                Arguments.of("it", "Brontix metterà 5 miliardi di dollari in due aziende dei semiconduttori: 3 "
                        + "miliardi andranno a Cohere e altri 2 miliardi a Helsing."),
                Arguments.of("fr", "Brontix mettra 5 milliards de dollars dans deux entreprises du secteur : 3 "
                        + "milliards iront à Cohere et 2 milliards à Helsing."),
                Arguments.of("es", "Brontix pondrá 5.000 millones de dólares en dos empresas del sector: 3.000 "
                        + "millones irán a Cohere y otros 2.000 millones a Helsing."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachPartOfTheSplitSumIsADeal(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "3E9", "USD"), deal("Helsing", null, "2E9", "USD")));
    }

    /**
     * In English the unknown name opening the sentence, no common word, is read as the payer the parts left out
     * (session 30, {@code UnknownPayerTest}): it pays each of them.
     */
    @Test
    void inEnglishTheNameThatPutsTheSumPaysEachPart() {
        assertDeals("en", "Brontix will put $5bn into two companies of the sector: $3bn will go to Cohere and another "
                + "$2bn to Helsing.", List.of(deal("Cohere", "Brontix", "3E9", "USD"), deal("Helsing", "Brontix", "2E9",
                "USD")));
    }

    static Stream<Arguments> theSplitSumIsNoDeal() {
        return Stream.of(
                Arguments.of("de", "Nvidia steckt 5 Milliarden Dollar in zwei Unternehmen: 3 Milliarden Dollar gehen "
                        + "an Cohere."),
                Arguments.of("it", "Nvidia verserà 5 miliardi di dollari in tre startup europee, tra cui Cohere."),
                Arguments.of("en", "Nvidia is spending $5bn on stakes in three start-ups, one of them Cohere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theSplitSumIsNoDeal(String language, String text) {
        assertTrue(extract(language, text).stream().noneMatch(d -> d.amount().compareTo(new BigDecimal("5E9")) == 0),
                language + " " + text);
    }
}
