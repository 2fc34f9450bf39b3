package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spanish and French constructions of real news (docs/EXTRACTION.md, session 10, Spanish and French), in sentences
 * of our own: a deal noun described at length before "valorado en", a deal told in a long sentence and valued in
 * the next one, and a contract between two companies that does not say which one pays.
 */
class SpanishFrenchNewsTest {

    static Stream<Arguments> describedDealNounBeforeValuedAtIsTheDealsAmount() {
        return Stream.of(
                Arguments.of("es", "Oracle invertirá en Cohere mediante un acuerdo plurianual de servicios de "
                        + "cómputo en la nube valorado en 4.000 millones de dólares."),
                Arguments.of("en", "Oracle will invest in Cohere through a multi-year agreement for cloud computing "
                        + "services valued at $4 billion."));
    }

    /** A deal noun with a description but no name between it and "valued at" is what is valued, not a company. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void describedDealNounBeforeValuedAtIsTheDealsAmount(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Oracle", "4E9", "USD");
    }

    static Stream<Arguments> companyValuedAfterTheDealNounStaysAValuation() {
        return Stream.of(
                Arguments.of("es", "El acuerdo con Cohere, valorada en 4.000 millones de dólares, se cerró ayer."),
                Arguments.of("es", "Oracle cerró la compra de la startup canadiense Cohere, valorada en 4.000 "
                        + "millones de dólares en su ronda más reciente."));
    }

    /** A company named between the deal noun and "valorada en" is what is valued: no deal of that amount. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void companyValuedAfterTheDealNounStaysAValuation(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> dealValuedInTheNextSentenceAfterALongSentence() {
        return Stream.of(
                Arguments.of("es", "La compra de la empresa canadiense de modelos Cohere por parte de Oracle es un "
                        + "paso clave para el grupo, al tratarse de la mayor operación de su historia, según la "
                        + "prensa. El acuerdo, valorado en 4.000 millones de dólares, refuerza el catálogo de Oracle."),
                Arguments.of("fr", "Le rachat de la start-up canadienne Cohere par Oracle marque un tournant, "
                        + "puisqu'il s'agit de la plus grosse opération du groupe, selon la presse. L'accord, "
                        + "évalué à 4 milliards de dollars, renforce le catalogue d'Oracle."));
    }

    /**
     * The deal told without an amount before a comma, the rest of its sentence about something else: "the deal, valued
     * at" in the next sentence gives it its amount.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void dealValuedInTheNextSentenceAfterALongSentence(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Cohere", "Oracle", "4E9", "USD");
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }

    static Stream<Arguments> contractBetweenTwoBuyersOfComputeSaysNotWhoPays() {
        return Stream.of(
                Arguments.of("es", "Meta y Salesforce firmaron un acuerdo estratégico valorado en más de 3.000 "
                        + "millones de dólares, uno de los mayores pactos entre grandes firmas del sector."),
                Arguments.of("fr", "Meta et Salesforce ont signé un accord stratégique d'une valeur de 3 milliards "
                        + "de dollars, l'un des plus gros pactes entre grandes firmes du secteur."));
    }

    /** Two companies named together sign a contract and neither sells compute: who pays whom is not told. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void contractBetweenTwoBuyersOfComputeSaysNotWhoPays(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> contractWithASellerOfComputeStillPaysTheSeller() {
        return Stream.of(
                Arguments.of("es", "CoreWeave y Meta firmaron un acuerdo valorado en 3.000 millones de dólares, uno "
                        + "de los contratos más relevantes del sector."));
    }

    /** The same construction with a seller of compute on one side stays a contract that pays the seller. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void contractWithASellerOfComputeStillPaysTheSeller(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text),
                "coreweave"::equals);
        assertEquals(1, deals.size(), text + " -> " + deals);
        assertEquals("coreweave", deals.get(0).target().id(), text);
    }

    static Stream<Arguments> prepositionInsideADescriptionIsNotTheDealsOwn() {
        return Stream.of(
                Arguments.of("es", "Oracle anunció la adquisición del fabricante de chips a medida Ampere Computing "
                        + "por 6.000 millones de dólares."),
                Arguments.of("fr", "Oracle a annoncé le rachat du concepteur de puces à basse consommation Ampere "
                        + "Computing pour 6 milliards de dollars."),
                Arguments.of("it", "Oracle ha annunciato l'acquisizione del produttore di chip a basso consumo "
                        + "Ampere Computing per 6 miliardi di dollari."));
    }

    /**
     * "del fabricante de servidores a hiperscala X": the "a" inside the description of the name is not the
     * preposition that ties the name to the deal word; the "of" before the description is.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void prepositionInsideADescriptionIsNotTheDealsOwn(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Ampere", "Oracle", "6E9", "USD");
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }

    static Stream<Arguments> priceThePayerPaidForItsPurchaseToldBefore() {
        return Stream.of(
                Arguments.of("es", "Oracle compró Cohere, una empresa canadiense de modelos de lenguaje. Un portavoz "
                        + "confirmó la operación sin dar cifras. Según la prensa, Oracle había pagado 900 millones de "
                        + "dólares."),
                Arguments.of("fr", "Oracle a racheté Cohere, une start-up canadienne de modèles de langage. Selon la "
                        + "presse, Oracle aurait payé 900 millions de dollars."),
                Arguments.of("en", "Oracle bought Cohere, a Canadian maker of language models. According to the "
                        + "press, Oracle paid $900 million."));
    }

    /** "X had paid N", naming no object, after "X bought Y" told without a price: the price of that purchase. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void priceThePayerPaidForItsPurchaseToldBefore(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Cohere", "Oracle", "9E8", "USD");
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }

    static Stream<Arguments> investingWithNoObjectAfterAPurchaseIsNoPrice() {
        return Stream.of(
                Arguments.of("en", "Oracle bought Cohere, a Canadian maker of language models. Oracle also plans to "
                        + "invest $6 billion to build a data centre in Texas."),
                Arguments.of("es", "Oracle compró Cohere, una empresa canadiense. Además, Oracle pagó 900 millones de "
                        + "dólares en impuestos."));
    }

    /**
     * Only a price paid for the purchase told before counts: investing with no object builds something of the
     * payer's own, and a payment the distractors call a cost is none.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void investingWithNoObjectAfterAPurchaseIsNoPrice(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> adverbAfterAnAmountWithoutCurrencyKeepsItMoney() {
        return Stream.of(
                Arguments.of("es", "SoftBank, que aportará unos 3.000 millones directamente a Stargate, además ha "
                        + "presupuestado 9.500 millones de dólares para gastos de inversión este año."),
                Arguments.of("it", "SoftBank, che verserà circa 3 miliardi direttamente a Stargate, prevede inoltre "
                        + "9 miliardi di dollari di spese per impianti quest'anno."));
    }

    /**
     * "invertirá 7.000 millones directamente en X": an adverb after an amount without a currency says nothing is
     * counted, so the amount takes the currency of the other one in its sentence; capital spending ("gastos de
     * capital") is no deal.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void adverbAfterAnAmountWithoutCurrencyKeepsItMoney(String language, String text) {
        assertOneDeal(language, text, "Stargate", "SoftBank", "3E9", "USD");
    }

    static Stream<Arguments> whatEachOfSeveralRaisedIsNoDeal() {
        return Stream.of(
                Arguments.of("fr", "Cohere affronte ses rivaux Mistral AI et Aleph Alpha, qui ont toutes deux levé "
                        + "plus d'un milliard de dollars l'an dernier."),
                Arguments.of("es", "Cohere compite con Mistral AI y Aleph Alpha, que ambas recaudaron más de 1.000 "
                        + "millones de dólares el año pasado."));
    }

    /** "X et Y, qui ont tous deux levé N": what each of several companies raised is neither one deal nor two. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void whatEachOfSeveralRaisedIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> totalOfSeveralRoundsGivesWayToTheRoundInIt() {
        return Stream.of(
                Arguments.of("fr", "Fondée en 2019, Cohere compte 400 salariés et a levé environ 900 millions de "
                        + "dollars, dont un tour de table de 300 millions de dollars bouclé en mai."),
                Arguments.of("es", "Cohere tiene 400 empleados y ha recaudado unos 900 millones de dólares, de los "
                        + "cuales una última ronda de 300 millones de dólares cerrada en mayo."),
                Arguments.of("en", "Cohere has 400 staff and has raised about $900 million, of which a latest round "
                        + "of $300 million closed in May."));
    }

    /** "a levé N, dont un tour de table de M": N is a total of several rounds, M the round the article tells. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void totalOfSeveralRoundsGivesWayToTheRoundInIt(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "3E8", "USD");
    }

    static Stream<Arguments> relativeClauseWithItsOwnAmountTakesNoEarlierAmount() {
        return Stream.of(
                Arguments.of("es", "Entre las señales figura una ronda de 6.000 millones de dólares y también la "
                        + "startup de robótica de un antiguo investigador, Poolside, que recaudó una ronda de 500 "
                        + "millones de dólares liderada por Nvidia."),
                Arguments.of("fr", "Parmi les signaux figurent un tour de 6 milliards de dollars et la start-up de "
                        + "robotique d'un ancien chercheur, Poolside, qui a levé un tour de 500 millions de dollars "
                        + "mené par Nvidia."));
    }

    /**
     * "... a round of N and the start-up X, which raised a round of M led by Y": the relative clause's verb has its own
     * amount; the earlier N is not X's round.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void relativeClauseWithItsOwnAmountTakesNoEarlierAmount(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Nvidia", "5E8", "USD");
    }

    static Stream<Arguments> amountAddedToTheDealToldBeforeIsAnEarlierOneOfItsCompany() {
        return Stream.of(
                Arguments.of("es", "Poolside recaudó 2.000 millones de dólares en una ronda. La empresa tiene 60 "
                        + "empleados. Esta nueva inyección se suma a los 500 millones de dólares obtenidos en "
                        + "octubre."),
                Arguments.of("fr", "Poolside a levé 2 milliards de dollars. Ce montant viendrait s'ajouter à un autre "
                        + "tour de table portant sur 500 millions de dollars."),
                Arguments.of("en", "Poolside raised $2 billion in a new round. The injection comes on top of the $500 "
                        + "million it raised in October."),
                Arguments.of("it", "Poolside ha raccolto 2 miliardi di dollari. L'iniezione di capitale si somma ai "
                        + "500 milioni di dollari ottenuti a ottobre."));
    }

    /**
     * "Esta cifra se suma a los N obtenidos en octubre": an amount the text adds to the deal told just before,
     * with no company named before it, is an earlier amount of that deal's company.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountAddedToTheDealToldBeforeIsAnEarlierOneOfItsCompany(String language, String text) {
        assertDeals(language, text, List.of(DealCases.deal("Poolside", null, "2E9", "USD"),
                DealCases.deal("Poolside", null, "5E8", "USD")));
    }

    static Stream<Arguments> amountAddedToAnotherCompanysDealIsNotReassigned() {
        return Stream.of(
                Arguments.of("es", "Poolside recaudó 2.000 millones de dólares. La ronda se suma a la de Cohere, que "
                        + "obtuvo 500 millones de dólares en octubre."));
    }

    /** A company named before the amount keeps it: the words that add it do not move it to the deal told before. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountAddedToAnotherCompanysDealIsNotReassigned(String language, String text) {
        assertDeals(language, text, List.of(DealCases.deal("Poolside", null, "2E9", "USD"),
                DealCases.deal("Cohere", null, "5E8", "USD")));
    }

    static Stream<Arguments> totalHopedForOverSeveralTranchesIsNoDeal() {
        return Stream.of(
                Arguments.of("fr", "Poolside a levé 200 millions de dollars, première tranche d'une série C pour "
                        + "laquelle la start-up vise un total de 900 millions de dollars."));
    }

    /** "espère lever un total de N": the sum hoped for over several tranches is no deal; the tranche raised is. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void totalHopedForOverSeveralTranchesIsNoDeal(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "2E8", "USD");
    }
}
