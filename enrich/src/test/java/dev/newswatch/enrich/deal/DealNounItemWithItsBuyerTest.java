package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round-up lists deals as noun phrases, each with its amount in brackets: "the purchase of X by Y (N), the sale of Z
 * from A to B (M)". The name right before the bracket is then the buyer of its own item, not a company that raised
 * the amount: the company bought is the one after the deal noun. Italian cuts such a list at the comma after each
 * bracket; a semicolon cuts it in every language. A line break that only wraps the sentence changes nothing. (English
 * "the purchase of X by Y (N)", Spanish and German "the sale of X from A to B (N)" are not read so yet.)
 */
class DealNounItemWithItsBuyerTest {

    static Stream<Arguments> eachItemIsBoughtByTheNameBeforeItsBracket() {
        return Stream.of(
                Arguments.of("it", "Nel semestre si contano molte operazioni, come "
                        + "l'acquisto di Poolside da parte di Salesforce (2,4 miliardi di euro), la vendita di Cohere da SAP a "
                        + "Oracle (1,6 miliardi), l'acquisto della tedesca Aleph Alpha da parte di Amazon (1,9 "
                        + "miliardi)."),
                Arguments.of("it", "Nel semestre si contano molte operazioni, come "
                        + "l'acquisto di Poolside da\nparte di Salesforce (2,4 miliardi di euro), la vendita di "
                        + "Cohere da SAP\na Oracle (1,6 miliardi), l'acquisto della tedesca Aleph Alpha da parte di Amazon (1,9\n"
                        + "miliardi)."),
                Arguments.of("it", "Nel semestre si contano molte operazioni: "
                        + "l'acquisto di Poolside da parte di Salesforce (2,4 miliardi di euro); la vendita di Cohere da SAP a "
                        + "Oracle (1,6 miliardi); l'acquisto della tedesca Aleph Alpha da parte di Amazon (1,9 "
                        + "miliardi)."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachItemIsBoughtByTheNameBeforeItsBracket(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Poolside", "Salesforce", "2.4E9", "EUR"),
                deal("Cohere", "Oracle", "1.6E9", "EUR"),
                deal("Aleph Alpha", "Amazon", "1.9E9", "EUR")));
    }

    static Stream<Arguments> itemsCutBySemicolonsInFrench() {
        return Stream.of(
                Arguments.of("fr", "Le semestre a compté de nombreuses opérations : le rachat "
                        + "de Poolside par Salesforce (2,4 milliards d'euros) ; la cession de Cohere par SAP à Oracle "
                        + "(1,6 milliard d'euros)."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void itemsCutBySemicolonsInFrench(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Poolside", "Salesforce", "2.4E9", "EUR"),
                deal("Cohere", "Oracle", "1.6E9", "EUR")));
    }
}
