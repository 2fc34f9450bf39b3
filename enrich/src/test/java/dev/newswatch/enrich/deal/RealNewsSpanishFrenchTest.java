package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spanish and French constructions of real news (docs/EXTRACTION.md, session 11, Spanish and French), in sentences
 * of our own: round-ups that give each company its amount with "of" or "for" ("13.000 millones de X, 5.300 millones
 * de Y"), a total followed by the part of one company ("dont 14 milliards pour X"), an amount "raised by" a name
 * (with the plural and feminine forms of raise words), and the lead named as the one "a cargo de" the round.
 */
class RealNewsSpanishFrenchTest {

    static Stream<Arguments> amountsListedWithTheirCompaniesAreEachADeal() {
        return Stream.of(
                Arguments.of("es", "Las mayores rondas del mes fueron recaudadas por laboratorios de modelos: 8.000 "
                        + "millones de dólares de Cohere, 3.000 millones de dólares de Databricks y 1.500 millones de "
                        + "dólares de Aleph Alpha."),
                Arguments.of("es", "Las tres rondas más grandes del trimestre: US$8.000 millones para Cohere, US$3.000 "
                        + "millones para Databricks y US$1.500 millones para Aleph Alpha."),
                Arguments.of("fr", "Les plus gros tours de table du mois ont été levés par des laboratoires : 8 "
                        + "milliards de dollars pour Cohere, 3 milliards de dollars pour Databricks et 1,5 milliard de "
                        + "dollars pour Aleph Alpha."),
                Arguments.of("fr", "Parmi les levées de fonds du trimestre : 8 milliards de dollars de Cohere, 3 "
                        + "milliards de dollars de Databricks et 1,5 milliard de dollars d'Aleph Alpha."),
                Arguments.of("en", "The largest rounds of the quarter went to model labs: $8 billion for Cohere, $3 "
                        + "billion for Databricks and $1.5 billion for Aleph Alpha."),
                Arguments.of("it", "I round più grandi del trimestre: 8 miliardi di dollari per Cohere, 3 miliardi di "
                        + "dollari per Databricks e 1,5 miliardi di dollari per Aleph Alpha."));
    }

    /**
     * After a round word, with no company named before the list, each amount followed right away by "of" or "for"
     * and a name is that company's round ("de" is not "from" here: nobody who raised is named).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountsListedWithTheirCompaniesAreEachADeal(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Cohere", null, "8E9", "USD"),
                deal("Databricks", null, "3E9", "USD"),
                deal("Aleph Alpha", null, "1.5E9", "USD")));
    }

    static Stream<Arguments> amountsFromInvestorsOfANamedRaiserStayTheRaisersDeals() {
        return Stream.of(
                Arguments.of("es", "Cohere recaudó 800 millones de dólares de Oracle y 200 millones de dólares de "
                        + "Salesforce."),
                Arguments.of("es", "La startup recaudó 800 millones de dólares de Oracle y 200 millones de dólares de "
                        + "Salesforce."));
    }

    /** With the raiser named or described before the amounts, "de" after each names where the money came from. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountsFromInvestorsOfANamedRaiserStayTheRaisersDeals(String language, String text) {
        List<Deal> deals = DealCases.extract(language, text);
        assertTrue(deals.stream().allMatch(d -> d.target().name().equals("Cohere")), () -> text + " -> " + deals);
        if (text.startsWith("Cohere")) {
            assertFalse(deals.isEmpty(), text);
        }
    }

    static Stream<Arguments> partOfATotalNamedForItsCompanyIsTheDeal() {
        return Stream.of(
                Arguments.of("fr", "Près de 30 milliards de dollars ont été levés par les start-up de l'IA au "
                        + "trimestre, dont 8 milliards pour Cohere."),
                Arguments.of("es", "Las startups de IA recaudaron 30.000 millones de dólares en el trimestre, de los "
                        + "cuales 8.000 millones para Cohere."),
                Arguments.of("en", "AI start-ups raised $30 billion in the quarter, of which $8 billion for Cohere."));
    }

    /** "N raised in the sector, of which M for X": the part is X's round; the total is nobody's deal. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void partOfATotalNamedForItsCompanyIsTheDeal(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "8E9", "USD");
    }

    static Stream<Arguments> amountRaisedByANameIsItsRound() {
        return Stream.of(
                Arguments.of("es", "Los 500 millones de dólares recaudados por Cohere servirán para construir "
                        + "centros de datos."),
                Arguments.of("es", "Los 500 millones de dólares captados por la startup canadiense Cohere irán a "
                        + "contratar ingenieros."),
                Arguments.of("fr", "Les 500 millions de dollars levés par Cohere serviront à bâtir des centres de "
                        + "données."),
                Arguments.of("it", "I 500 milioni di dollari raccolti da Cohere serviranno a costruire data center."),
                Arguments.of("en", "The $500 million raised by Cohere will pay for new data centres."));
    }

    /**
     * "los 500 millones recaudados por X": a raise word right after the amount, in its plural or feminine form, then
     * "by" and a name: that name raised the amount.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountRaisedByANameIsItsRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "5E8", "USD");
    }

    static Stream<Arguments> leadNamedAsTheOneInChargeOfTheRound() {
        return Stream.of(
                Arguments.of("es", "Cohere ha recaudado 500 millones de dólares. La empresa quiere crecer en Europa. "
                        + "Sus fundadores trabajaron en Google. La ronda de Cohere estuvo a cargo del fondo "
                        + "internacional Thrive Capital."),
                Arguments.of("fr", "Cohere a levé 500 millions de dollars. La société veut grandir en Europe. Le "
                        + "tour de table de Cohere s'est fait sous la houlette du fonds international Thrive "
                        + "Capital."));
    }

    /** "a cargo de", "sous la houlette de" name the lead of the round, past an international fund's description. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadNamedAsTheOneInChargeOfTheRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Thrive Capital", "5E8", "USD");
    }
    static Stream<Arguments> bracketedAmountsAfterDescribedNamesAreTheOpeningBuyersPurchases() {
        return Stream.of(
                Arguments.of("fr", "Nvidia compte plusieurs achats cette année, comme Cohere, une entreprise de "
                        + "Toronto (1 milliard de dollars), ainsi que Databricks, fondée en 2013 (2 milliards de "
                        + "dollars)."),
                Arguments.of("es", "Nvidia suma varias compras este año, como Cohere, una empresa de Toronto (1.000 "
                        + "millones de dólares), y Databricks, fundada en 2013 (2.000 millones de dólares)."),
                Arguments.of("en", "Nvidia's purchases this year include Cohere, a Toronto model maker ($1 billion), "
                        + "and Databricks, founded in 2013 ($2 billion)."));
    }

    /**
     * A round-up of purchases: each name, a short description after its comma, then a bracket with only an amount, is
     * a purchase at that amount by the company that opens the sentence before the acquisition word.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void bracketedAmountsAfterDescribedNamesAreTheOpeningBuyersPurchases(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Cohere", "Nvidia", "1E9", "USD"),
                deal("Databricks", "Nvidia", "2E9", "USD")));
    }

    static Stream<Arguments> roundListWithDescribedNamesHasNoBuyer() {
        return Stream.of(
                Arguments.of("fr", "Parmi les levées de fonds du mois figurent Cohere, une entreprise de Toronto "
                        + "(1 milliard de dollars), et Databricks, fondée en 2013 (2 milliards de dollars)."));
    }

    /** The same list after a round word: each bracket is the company's round, and nobody opens it as a buyer. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundListWithDescribedNamesHasNoBuyer(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Cohere", null, "1E9", "USD"),
                deal("Databricks", null, "2E9", "USD")));
    }

    static Stream<Arguments> unknownCompanyDescribedAsAYoungStartUpOrAFirmIsACompany() {
        return Stream.of(
                Arguments.of("fr", "Salesforce a fait plusieurs achats, comme Zentrix, une entreprise de données de "
                        + "Lyon (300 millions de dollars), et la jeune start-up chinoise Halvora Robotics, créée il y "
                        + "a deux ans (500 millions de dollars)."));
    }

    /** "X, une entreprise de ...", "la jeune start-up chinoise X": places that make an unknown name a company. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void unknownCompanyDescribedAsAYoungStartUpOrAFirmIsACompany(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Zentrix", "Salesforce", "3E8", "USD"),
                deal("Halvora Robotics", "Salesforce", "5E8", "USD")));
    }
    static Stream<Arguments> investmentInASectorOrACountryIsNoDeal() {
        return Stream.of(
                Arguments.of("es", "El pacto deja a Cohere vender sus modelos a Oracle, una semana después de que el "
                        + "grupo anunciara que va a invertir 2.700 millones de dólares en dicho sector en Corea."),
                Arguments.of("fr", "L'accord prévoit que Cohere fournisse ses modèles à Oracle, quelques jours après "
                        + "que le géant a dit vouloir investir 3 milliards de dollars dans ce secteur au Japon."));
    }

    /** "invertir N en ese sector": money spent on a sector or a country goes to no company named elsewhere. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void investmentInASectorOrACountryIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> headlineUnderAKickerLineStandsForTheArticlesCompany() {
        return Stream.of(
                Arguments.of("es", "Innovación y Startups\n\nStartup de modelos de lenguaje levanta una cifra récord "
                        + "de 300 millones de dólares\n\nCohere, con sede en Toronto, cerró su ronda esta semana. "
                        + "Los fundadores de Cohere trabajaron antes en Google."),
                Arguments.of("fr", "Tech et start-up\n\nUne start-up de modèles de langage lève 300 millions de "
                        + "dollars\n\nCohere, basée à Toronto, a bouclé son tour cette semaine. Les fondateurs de "
                        + "Cohere ont travaillé chez Google."));
    }

    /**
     * A short section name above the headline ("Innovación y Startups") does not stop the headline's description from
     * standing for the company the article names most.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void headlineUnderAKickerLineStandsForTheArticlesCompany(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "3E8", "USD");
    }
    static Stream<Arguments> agentBeforeAnAcquisitionNounIsTheBuyer() {
        return Stream.of(
                Arguments.of("fr", "OpenAI s'engage à acheter des puces. Les plus gros achats du secteur ont été "
                        + "menés par Microsoft, avec le rachat d'Activision Blizzard pour 69 milliards de dollars "
                        + "en 2023."),
                Arguments.of("es", "OpenAI se compromete a comprar chips. Hasta ahora, las mayores operaciones fueron "
                        + "realizadas por Microsoft, con la compra de Activision Blizzard por 69.000 millones de "
                        + "dólares."));
    }

    /** "réalisées par X, avec le rachat de Y": the agent of the clause buys, not the company of the sentence before. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void agentBeforeAnAcquisitionNounIsTheBuyer(String language, String text) {
        assertOneDeal(language, text, "Activision Blizzard", "Microsoft", "6.9E10", "USD");
    }
    /** Countries of some test entities, as the entity table writes them. */
    private static final Map<String, String> COUNTRIES = Map.of("xai", "US", "mistral", "FR", "cohere", "CA",
            "openai", "US");

    static Stream<Arguments> descriptionWithANationalityStandsForACompanyOfThatCountry() {
        return Stream.of(
                Arguments.of("es", "xAI y Mistral AI buscan fondos. La startup de Elon Musk, xAI, planea recaudar "
                        + "1.000 millones de dólares. La startup francesa, cerca de recaudar 450 millones de euros, "
                        + "compite con OpenAI."),
                Arguments.of("fr", "xAI et Mistral AI cherchent des fonds. La start-up d'Elon Musk, xAI, compte lever "
                        + "1 milliard de dollars. La start-up française, sur le point de lever 450 millions d'euros, "
                        + "rivalise avec OpenAI."));
    }

    /**
     * "La startup francesa" after a sentence about xAI: the description stands for the French company named before,
     * not for the American one the sentence before is about.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void descriptionWithANationalityStandsForACompanyOfThatCountry(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false,
                id -> false, id -> false, COUNTRIES::get);
        assertEquals(List.of("xAI", "Mistral AI"), deals.stream().map(d -> d.target().name()).toList(),
                () -> text + " -> " + deals);
        assertEquals(0, new BigDecimal("4.5E8").compareTo(deals.get(1).amount()), () -> deals.toString());
    }

    static Stream<Arguments> descriptionWithTheNationalityOfTheCompanyBeforeStandsForIt() {
        return Stream.of(
                Arguments.of("es", "Mistral AI busca fondos con Cohere como socio. La startup francesa está a punto "
                        + "de captar 420 millones de euros."),
                Arguments.of("es", "xAI busca fondos. La startup canadiense está a punto de captar 420 millones de "
                        + "euros."));
    }

    /**
     * A description whose nationality is that of the company the resolution finds, or of no company named before,
     * keeps that company.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void descriptionWithTheNationalityOfTheCompanyBeforeStandsForIt(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false,
                id -> false, id -> false, COUNTRIES::get);
        List<Deal> withoutCountries = DealCases.extract(language, text);
        assertEquals(withoutCountries, deals);
        assertEquals(1, deals.size(), () -> text + " -> " + deals);
    }
    static Stream<Arguments> purchaseOfTheSubjectsOwnSharesIsAnInvestmentInIt() {
        return Stream.of(
                Arguments.of("es", "Cohere mantendrá su independencia tras la compra del 45% de sus acciones por parte "
                        + "de Oracle por 12.800 millones de dólares."),
                Arguments.of("fr", "Cohere restera indépendante après le rachat de 45 % de ses actions par Oracle, "
                        + "pour 12,8 milliards de dollars."),
                Arguments.of("es", "Cohere seguirá su propio camino pese a la inversión de Oracle, tras la adquisición "
                        + "del 40% de su capital por parte del gigante del software, valorada en 12.800 millones de "
                        + "dólares."));
    }

    /**
     * "la compra del N% de sus acciones por parte de Y": the subject's own shares are bought, so the subject is paid
     * and the agent pays; a description as the agent stands for the other company named before it in the sentence.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void purchaseOfTheSubjectsOwnSharesIsAnInvestmentInIt(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Cohere", "Oracle", "1.28E10", "USD");
        assertEquals(DealType.INVESTMENT, deal.type(), text);
    }
    static Stream<Arguments> spendingToTakeOverACompanyIsItsPurchase() {
        return Stream.of(
                Arguments.of("es", "Nvidia gastó 900 millones de dólares para quedarse con Cohere."),
                Arguments.of("es", "Nvidia se quedó con Cohere por 900 millones de dólares."),
                Arguments.of("fr", "Nvidia a dépensé 900 millions de dollars pour racheter Cohere."));
    }

    /** "gastó N para quedarse con X", "se quedó con X por N", "a dépensé N pour racheter X": X is bought. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void spendingToTakeOverACompanyIsItsPurchase(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "9E8", "USD");
    }
    static Stream<Arguments> emergingFirmIsAStartUp() {
        return Stream.of(
                Arguments.of("es", "Oracle cerró la adquisición de la firma emergente israelí Zentrix por 300 millones "
                        + "de dólares."),
                Arguments.of("es", "Oracle anunció la compra de la empresa emergente Zentrix por 300 millones de "
                        + "dólares."));
    }

    /** "firma emergente", "empresa emergente" (Latin-American for start-up) make the unknown name after them a company. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void emergingFirmIsAStartUp(String language, String text) {
        assertOneDeal(language, text, "Zentrix", "Oracle", "3E8", "USD");
    }
    static Stream<Arguments> mergersAndAcquisitionsAsOneCompoundIsADealWord() {
        return Stream.of(
                Arguments.of("fr", "Parmi les fusions-acquisitions du trimestre figurent Cohere (6 milliards de dollars) "
                        + "et Databricks (3 milliards de dollars)."));
    }

    /** "les fusions-acquisitions" (M&A as one compound) opens a list of purchases like "les rachats". */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void mergersAndAcquisitionsAsOneCompoundIsADealWord(String language, String text) {
        List<Deal> deals = assertDeals(language, text, List.of(
                deal("Cohere", null, "6E9", "USD"),
                deal("Databricks", null, "3E9", "USD")));
        assertTrue(deals.stream().allMatch(d -> d.type() == DealType.ACQUISITION), deals::toString);
    }
    static Stream<Arguments> leadOfALaterRoundInTheSameSentenceIsNotTheEarlierOnes() {
        return Stream.of(
                Arguments.of("es", "Entre las señales está el anuncio de xAI de una ronda de 18.000 millones de "
                        + "dólares, y la startup Cohere, que recaudó una ronda de 220 millones de dólares liderada por "
                        + "Oracle."),
                Arguments.of("fr", "Parmi les signaux figurent l'annonce de xAI d'une levée de 18 milliards de "
                        + "dollars et la start-up Cohere, qui a levé 220 millions de dollars dans un tour mené par "
                        + "Oracle."),
                Arguments.of("en", "Among the signs are xAI's $18 billion round and the start-up Cohere, which raised "
                        + "$220 million in a round led by Oracle."));
    }

    /**
     * Two rounds in one sentence, the second with its own raise verb and lead: the lead named after the second
     * amount leads only the second round; the first keeps no investor.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadOfALaterRoundInTheSameSentenceIsNotTheEarlierOnes(String language, String text) {
        assertDeals(language, text, List.of(
                deal("xAI", null, "1.8E10", "USD"),
                deal("Cohere", "Oracle", "2.2E8", "USD")));
    }
}
