package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Amounts of real deals that a refusal meant for another amount of the sentence took away (session 34, counted on the
 * readable pages with the refusals logged at DEBUG; sentences of our own): a running-total word that sums up a later
 * amount, a merger or a partnership "valued at" its price, a raise followed by the valuation verb of another figure.
 * What the refusals were right about stays no deal: totals, valuations of a company.
 */
class AmountsKeptFromNarrowRefusalsTest {

    static Stream<Arguments> roundBeforeTheTotalItBringsUp() {
        return Stream.of(
                Arguments.of("en", "Cohere wrapped up an $11 million Series A, lifting the money it has raised to $40 "
                        + "million to date.", "11000000", "USD"),
                Arguments.of("it", "Cohere ha incassato un round da 11 milioni di euro, che porta a 40 milioni la somma "
                        + "raccolta dalla fondazione nel 2019.", "11000000", "EUR"),
                Arguments.of("es", "Cohere cerró una nueva ronda de 11 millones de euros, elevando a 40 millones el "
                        + "total captado desde su fundación.", "11000000", "EUR"),
                Arguments.of("fr", "Cohere a bouclé un nouveau tour de 11 millions d'euros, portant à 40 millions le "
                        + "total levé depuis sa création.", "11000000", "EUR"),
                Arguments.of("en", "Cohere raised $11 million in its Series A, and has raised $40 million to date.",
                        "11000000", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundBeforeTheTotalItBringsUp(String language, String text, String amount, String currency) {
        assertOnlyAmount(language, text, amount, currency);
    }

    static Stream<Arguments> mergerOrPartnershipValuedAtItsPrice() {
        return Stream.of(
                Arguments.of("en", "Oracle and Cohere agreed to a merger valued at $9 billion.", "9000000000", "USD"),
                Arguments.of("en", "Cohere signed a partnership with Oracle valued at $9 billion.", "9000000000",
                        "USD"),
                Arguments.of("de", "Cohere hat mit Oracle eine Partnerschaft geschlossen, die einen Wert von 9 "
                        + "Milliarden US-Dollar hat.", "9000000000", "USD"),
                Arguments.of("it", "Nel 2022 la fusione tra Oracle e Cohere è stata valutata 9 miliardi di euro.",
                        "9000000000", "EUR"),
                Arguments.of("it", "Cohere ha firmato con Oracle una partnership valutata 9 miliardi di dollari.",
                        "9000000000", "USD"),
                Arguments.of("fr", "Cohere a conclu avec Oracle un partenariat valorisé à 9 milliards de dollars.",
                        "9000000000", "USD"),
                Arguments.of("fr", "La fusion entre Oracle et Cohere est évaluée à 9 milliards d'euros.", "9000000000",
                        "EUR"),
                Arguments.of("es", "Cohere firmó con Oracle una alianza valorada en 9.000 millones de dólares.",
                        "9000000000", "USD"),
                Arguments.of("es", "La fusión entre Oracle y Cohere fue valorada en 9.000 millones de euros.",
                        "9000000000", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void mergerOrPartnershipValuedAtItsPrice(String language, String text, String amount, String currency) {
        assertOnlyAmount(language, text, amount, currency);
    }

    static Stream<Arguments> raiseBeforeTheVerbValuingTheCompany() {
        return Stream.of(
                Arguments.of("fr", "Cohere veut obtenir 3 milliards d'euros en valorisant la société à 15 "
                        + "milliards.", "3000000000", "EUR"),
                Arguments.of("es", "Cohere busca captar 3.000 millones de dólares valorando la empresa en 15.000 "
                        + "millones.", "3000000000", "USD"),
                Arguments.of("it", "Cohere punta a raccogliere 3 miliardi di dollari valutando la società 15 miliardi.",
                        "3000000000", "USD"),
                Arguments.of("en", "Cohere is seeking to raise $3 billion valuing the company at $15 billion.",
                        "3000000000", "USD"),
                Arguments.of("de", "Cohere will 3 Milliarden Dollar einsammeln und sich dabei mit 15 Milliarden bewerten "
                        + "lassen.", "3000000000", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void raiseBeforeTheVerbValuingTheCompany(String language, String text, String amount, String currency) {
        assertOnlyAmount(language, text, amount, currency);
    }

    static Stream<Arguments> totalsAndValuationsStayNoDeals() {
        return Stream.of(
                Arguments.of("en", "Cohere has raised $40 million to date."),
                Arguments.of("it", "Cohere ha raccolto 40 milioni di euro dalla fondazione."),
                Arguments.of("en", "Cohere raised $5 million and $7 million in two rounds to date."),
                Arguments.of("it", "Cohere ha raccolto 5 e 7 milioni di euro in due round."),
                Arguments.of("en", "After its partnership with Oracle, Cohere is valued at $9 billion."),
                Arguments.of("en", "Since the merger, Cohere has been valued at $9 billion."),
                Arguments.of("it", "Dopo la fusione con Oracle, Cohere è valutata 9 miliardi di euro."),
                Arguments.of("fr", "Depuis son partenariat avec Oracle, Cohere est valorisée à 9 milliards d'euros."),
                Arguments.of("es", "Tras la alianza con Oracle, Cohere está valorada en 9.000 millones de euros."),
                Arguments.of("de", "Nach der Fusion mit Oracle wird Cohere mit 9 Milliarden Euro bewertet."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void totalsAndValuationsStayNoDeals(String language, String text) {
        assertEquals("", DealCases.summary(DealCases.extractWithTypes(language, text)), language + " \"" + text + "\"");
    }

    /** One deal, of {@code amount} in {@code currency}; whoever its sides are is another test's matter. */
    private static void assertOnlyAmount(String language, String text, String amount, String currency) {
        List<Deal> deals = DealCases.extractWithTypes(language, text);
        String context = language + " \"" + text + "\" -> " + DealCases.summary(deals);
        assertEquals(1, deals.size(), context);
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal(amount)), context);
        assertEquals(currency, deals.get(0).currency(), context);
    }
}
