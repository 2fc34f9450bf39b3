package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Italian and Spanish amounts of real news that are no deal, or not a second one (docs/EXTRACTION.md, session 9,
 * Italian/Spanish), in sentences of our own: a range converted into another currency in brackets, "supply and
 * demand" (its "offerta"/"oferta" is no bid), the combined total two companies raised together, a yearly fee, and
 * the size of a project ("il progetto Stargate da 500 miliardi").
 */
class ItalianSpanishPrecisionTest {

    static Stream<Arguments> rangeConvertedInBracketsIsTheSameMoney() {
        return Stream.of(
                Arguments.of("es", "Oracle negocia la compra de Cohere por entre 4.000 y 5.000 millones de dólares "
                        + "(3.400 y 4.300 millones de euros), según la prensa local."),
                Arguments.of("it", "Oracle tratta l'acquisto di Cohere per una cifra tra 4 e 5 miliardi di dollari "
                        + "(3,4 e 4,3 miliardi di euro)."),
                Arguments.of("en", "Oracle is in talks to buy Cohere for between $4 billion and $5 billion "
                        + "(3.4 to 4.3 billion euros)."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void rangeConvertedInBracketsIsTheSameMoney(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Oracle", "4E9", "USD");
    }

    static Stream<Arguments> supplyAndDemandIsNoBid() {
        return Stream.of(
                Arguments.of("it", "alla fine, dal confronto tra la domanda e l’offerta, si è arrivati a un accordo"),
                Arguments.of("it", "tra l'offerta e la domanda di calcolo"),
                Arguments.of("it", "il mercato della domanda e dell'offerta di chip"),
                Arguments.of("es", "al final, del cruce entre la demanda y la oferta salió un acuerdo"),
                Arguments.of("es", "entre la oferta y la demanda de cómputo"));
    }

    /** The "offer" of "supply and demand" is no takeover bid: no acquisition word matches in the phrase. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void supplyAndDemandIsNoBid(String language, String lowered) {
        DealLexicon lexicon = DealLexicon.forLanguage(language);
        assertTrue(lexicon.cues.stream().filter(c -> c.kind() == CueKind.ACQ_NOUN)
                .noneMatch(c -> c.pattern().matcher(lowered).find()), lowered);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void bidsStayBids(String language, String text) {
        Deal bid = assertOneDeal(language, text, "Cohere", "Oracle", "5E9", "USD");
        assertEquals(DealType.ACQUISITION, bid.type(), text);
    }

    static Stream<Arguments> bidsStayBids() {
        return Stream.of(
                Arguments.of("it", "Oracle ha presentato un'offerta da 5 miliardi di dollari per Cohere."),
                Arguments.of("es", "Oracle lanzó una oferta de 5.000 millones de dólares para adquirir Cohere."));
    }

    static Stream<Arguments> combinedTotalOfTwoCompaniesIsNoDeal() {
        return Stream.of(
                Arguments.of("es", "Entre las más activas figuran xAI y Mistral AI, que juntas recaudaron 12.000 "
                        + "millones de dólares el año pasado."),
                Arguments.of("es", "xAI y Mistral AI recaudaron conjuntamente 12.000 millones de dólares en 2024."),
                Arguments.of("it", "Tra le più attive ci sono xAI e Mistral AI, che insieme hanno raccolto 12 "
                        + "miliardi di dollari l'anno scorso."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void combinedTotalOfTwoCompaniesIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> raiseTogetherWithAnInvestorStaysADeal() {
        return Stream.of(
                Arguments.of("it", "Mistral AI ha raccolto 500 milioni di dollari da Microsoft, insieme ad altri "
                        + "fondi europei."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void raiseTogetherWithAnInvestorStaysADeal(String language, String text) {
        assertDeals(language, text, List.of(deal("Mistral AI", "Microsoft", "500E6", "USD")));
    }

    static Stream<Arguments> yearlyFeeIsNoDeal() {
        return Stream.of(
                Arguments.of("es", "Cohere vive de sus clientes. Según la prensa, los bancos pagan a la empresa hasta 300 "
                        + "millones de dólares al año."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void yearlyFeeIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> sizeOfAProjectIsNoDeal() {
        return Stream.of(
                Arguments.of("it", "SoftBank partecipa insieme a Oracle e OpenAI al progetto Stargate da 450 "
                        + "miliardi di dollari per nuovi data center."),
                Arguments.of("es", "SoftBank se ha comprometido con Oracle y OpenAI en el proyecto Stargate de 500.000 "
                        + "millones de dólares para nuevos centros de datos."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void sizeOfAProjectIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> moneyForAProjectStaysADeal() {
        return Stream.of(
                Arguments.of("it", "Microsoft investirà 2 miliardi di dollari in Mistral AI per un progetto di data "
                        + "center in Francia."),
                Arguments.of("es", "Microsoft invertirá 2.000 millones de dólares en Mistral AI para un proyecto de "
                        + "centros de datos en Francia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void moneyForAProjectStaysADeal(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Microsoft", "2E9", "USD");
    }
}
