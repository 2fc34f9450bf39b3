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
 * bracket; a semicolon cuts it in every language. A line break that only wraps the sentence changes nothing. English
 * reads "purchase" before "of" as a noun; Spanish reads "venta" as a sale noun when the item's bracketed amount follows.
 * German "der Verkauf von X durch A an B (N)" reads "an" after a sale word as "to".
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
                        + "miliardi)."),
                Arguments.of("en", "The half year saw many deals, such as the purchase of Poolside by Salesforce "
                        + "(€2.4 billion), the sale of Cohere by SAP to Oracle (€1.6 billion), the purchase of the German "
                        + "Aleph Alpha by Amazon (€1.9 billion)."),
                Arguments.of("en", "The half year saw many deals: the purchase of Poolside by Salesforce (€2.4 billion); "
                        + "the sale of Cohere from SAP to Oracle (€1.6 billion); the purchase of Aleph Alpha by Amazon "
                        + "(€1.9 billion)."),
                Arguments.of("es", "El semestre registró muchas operaciones, como la compra de Poolside por parte de "
                        + "Salesforce (2.400 millones de euros), la venta de Cohere de SAP a Oracle (1.600 millones de "
                        + "euros), la compra de la alemana Aleph Alpha por parte de Amazon (1.900 millones de euros)."),
                Arguments.of("es", "El semestre registró muchas operaciones: la compra de Poolside por parte de "
                        + "Salesforce (2.400 millones de euros); la venta de Cohere de SAP a Oracle (1.600 millones de "
                        + "euros); la compra de Aleph Alpha por parte de Amazon (1.900 millones de euros)."),
                Arguments.of("de", "Im Halbjahr gab es viele Geschäfte, etwa die Übernahme von Poolside durch "
                        + "Salesforce (2,4 Milliarden Euro), der Verkauf von Cohere durch SAP an Oracle (1,6 Milliarden "
                        + "Euro), die Übernahme von Aleph Alpha durch Amazon (1,9 Milliarden Euro)."),
                Arguments.of("de", "Im Halbjahr gab es viele Geschäfte: die Übernahme von Poolside durch Salesforce "
                        + "(2,4 Milliarden Euro); der Verkauf von Cohere durch SAP an Oracle (1,6 Milliarden Euro); die "
                        + "Übernahme von Aleph Alpha durch Amazon (1,9 Milliarden Euro)."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachItemIsBoughtByTheNameBeforeItsBracket(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Poolside", "Salesforce", "2.4E9", "EUR"),
                deal("Cohere", "Oracle", "1.6E9", "EUR"),
                deal("Aleph Alpha", "Amazon", "1.9E9", "EUR")));
    }

    static Stream<Arguments> aSaleOfGoodsWithABracketedCountIsNoDeal() {
        return Stream.of(
                Arguments.of("es", "La venta de coches eléctricos (20 millones de unidades) creció un 10%."),
                Arguments.of("en", "The purchase of electric cars (20 million units) grew by 10%."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aSaleOfGoodsWithABracketedCountIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
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
