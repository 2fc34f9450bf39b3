package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 8) in sentences of our own: the lead of a round named
 * far from it, in a sentence that names the round's company ("Cohere's round was led by ..."), or after another
 * company's round; a lead whose apposition lists other companies; and a fund, which is never the company a round
 * pays.
 */
class LeadsFurtherOnTest {

    /** Sentences with neither money nor a deal, to put distance between a round and its lead. */
    static String filler(String language, int sentences) {
        String one = switch (language) {
            case "it" -> "La società lavora con le banche canadesi. ";
            case "de" -> "Das Unternehmen arbeitet mit kanadischen Banken. ";
            case "fr" -> "La société travaille avec des banques canadiennes. ";
            case "es" -> "La empresa trabaja con bancos canadienses. ";
            default -> "The company works with Canadian banks. ";
        };
        return one.repeat(sentences);
    }

    static Stream<Arguments> leadNamedFarFromItsRound() {
        return Stream.of(
                Arguments.of("en", "Cohere said on Monday that it had raised $270 million. " + filler("en", 8)
                        + "Cohere's funding round was led by Index Ventures and joined by Nvidia.", "270E6", "USD"),
                Arguments.of("it", "Cohere ha annunciato di aver raccolto 270 milioni di dollari. " + filler("it", 8)
                        + "Il round di Cohere è stato guidato da Index Ventures.", "270E6", "USD"),
                Arguments.of("de", "Cohere hat 270 Millionen Dollar eingesammelt. " + filler("de", 8)
                        + "Die Finanzierungsrunde von Cohere wurde angeführt von Index Ventures.", "270E6", "USD"),
                Arguments.of("fr", "Cohere a annoncé avoir levé 270 millions de dollars. " + filler("fr", 8)
                        + "Le tour de table de Cohere a été mené par Index Ventures.", "270E6", "USD"),
                Arguments.of("es", "Cohere anunció que ha recaudado 270 millones de dólares. " + filler("es", 8)
                        + "La ronda de Cohere fue liderada por Index Ventures.", "270E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadNamedFarFromItsRound(String language, String text, String amount, String currency) {
        assertOneDeal(language, text, "Cohere", "Index Ventures", amount, currency);
    }

    static Stream<Arguments> leadNamedAfterAnotherCompanysRound() {
        return Stream.of(
                Arguments.of("en", "Mistral AI said it had raised 385 million euros. Among its rivals, only Aleph "
                        + "Alpha has raised as much, 500 million euros in May. This second round, led by Californian "
                        + "investor Andreessen Horowitz, values Mistral AI at 2 billion euros.", "385E6", "500E6"),
                Arguments.of("fr", "Mistral AI a levé 385 millions d'euros. Parmi ses rivaux, seul Aleph Alpha a levé "
                        + "autant, 500 millions d'euros en mai. Ce deuxième tour, mené par le fonds californien "
                        + "Andreessen Horowitz, valorise Mistral AI à 2 milliards d'euros.", "385E6", "500E6"),
                Arguments.of("es", "Mistral AI ha recaudado 385 millones de euros. Entre sus rivales, solo Aleph Alpha "
                        + "ha recaudado tanto, 500 millones de euros en mayo. Esta segunda ronda, liderada por el "
                        + "fondo californiano Andreessen Horowitz, valora Mistral AI en 2.000 millones de euros.",
                        "385E6", "500E6"));
    }

    /** The lead goes to the round of the company its sentence names, not to the round told just before it. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadNamedAfterAnotherCompanysRound(String language, String text, String first, String second) {
        assertDeals(language, text, List.of(deal("Mistral AI", "Andreessen Horowitz", first, "EUR"),
                deal("Aleph Alpha", null, second, "EUR")));
    }

    static Stream<Arguments> leadWhoseAppositionListsCompanies() {
        return Stream.of(
                Arguments.of("en", "Mistral AI raised 115 million euros. Lightspeed, an early backer of companies "
                        + "such as Meta, Oracle and Databricks, leads the round."),
                Arguments.of("fr", "Mistral AI a levé 115 millions d'euros. Lightspeed, l'un des premiers soutiens "
                        + "de sociétés comme Meta, Oracle et Databricks, mène le tour de table."),
                Arguments.of("es", "Mistral AI ha recaudado 115 millones de euros. Lightspeed, que apostó pronto por "
                        + "Meta, Oracle y Databricks, lidera la ronda."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadWhoseAppositionListsCompanies(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Lightspeed Venture Partners", "115E6", "EUR");
    }

    static Stream<Arguments> roundWithOnlyItsLeadIsTheRoundOfTheCompanyBefore() {
        return Stream.of(
                Arguments.of("en", "Helsing makes software for defence. A 600 million euro round, led by Index Ventures, "
                        + "closed on Tuesday, the paper wrote."),
                Arguments.of("it", "Helsing sviluppa software per la difesa. Un round da 600 milioni di euro, guidato da "
                        + "Index Ventures, si è chiuso martedì, scrive il giornale."),
                Arguments.of("de", "Helsing entwickelt Software für die Verteidigung. Eine Finanzierungsrunde über 600 "
                        + "Millionen Euro, angeführt von Index Ventures, wurde am Dienstag abgeschlossen."),
                Arguments.of("fr", "Helsing développe des logiciels de défense. Un tour de table de 600 millions d'euros, "
                        + "mené par Index Ventures, a été bouclé mardi."),
                Arguments.of("es", "Helsing desarrolla software de defensa. Una ronda de 600 millones de euros, liderada "
                        + "por Index Ventures, se cerró el martes."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundWithOnlyItsLeadIsTheRoundOfTheCompanyBefore(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Index Ventures", "600E6", "EUR");
    }

    /** The lead goes to the round told just before without an investor, not to a new round of the next topic. */
    @Test
    void aPartOfARoundToldJustBeforeIsNoRoundOfTheNextCompany() {
        assertOneDeal("en", "Mistral AI is raising 450 million euros, people said. Its models run on Nvidia chips. The "
                + "largest part, a 325 million euro round led by Index Ventures, would be equity.", "Mistral AI",
                "Index Ventures", "450E6", "EUR");
    }

    @Test
    void aLeadNamedWithItsOwnersPossessiveInTheNextSentenceLeadsTheRound() {
        assertOneDeal("en", "Cohere closed a $500 million funding round on Monday. The funding, led by Jane Doe’s Index "
                + "Ventures with participation from Sequoia, shows the appetite for AI.", "Cohere", "Index Ventures",
                "500E6", "USD");
    }

    @Test
    void aNewNameThatEndsLikeAFundIsNotTheCompanyARoundPays() {
        String text = "Halvora Capital and Orvane Ventures jointly lead a fresh $90 million Series B of the chip "
                + "start-up.";
        List<Deal> deals = DealCases.extract("en", text);
        assertTrue(deals.stream().noneMatch(d -> d.target().name().endsWith("Capital")
                || d.target().name().endsWith("Ventures")), deals::toString);
    }

    @Test
    void theLeadsShareOfARoundToldBeforeIsNoSecondRound() {
        assertOneDeal("en", "Helsing raised 600 million euros on Tuesday. Its chief executive spoke of drones. A round "
                + "led by Index Ventures with 200 million euros was long expected.", "Helsing", "Index Ventures",
                "600E6", "EUR");
    }

    static Stream<Arguments> nameInAppositionAfterADescriptionClosingTheSentence() {
        return Stream.of(
                Arguments.of("en", "He has since raised $150 million in a round led by Thrive Capital for his robotics "
                        + "start-up, Poolside.", "Poolside", "Thrive Capital", "150E6", "USD"),
                Arguments.of("en", "OpenAI agreed a $12 billion contract with the cloud provider, CoreWeave.",
                        "CoreWeave", "OpenAI", "12E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void nameInAppositionAfterADescriptionClosingTheSentence(String language, String text, String target,
                                                             String investor, String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    /** A weak deal word defers to a strong one, but not to one past the amount and a comma. */
    @Test
    void aWeakDealWordKeepsItsAmountFromAStrongWordInALaterClause() {
        String text = "CoreWeave has widened its partnership with Meta in a fresh deal worth up to $5 billion, the "
                + "latest of many deals Meta has struck to secure computing power.";
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "en", DealCases.FINDER.find(text),
                "coreweave"::equals);
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("coreweave", deals.get(0).target().id(), deals::toString);
        assertEquals("meta", deals.get(0).investor().id(), deals::toString);
        assertEquals(DealType.CONTRACT, deals.get(0).type(), deals::toString);
    }

    static Stream<Arguments> roundForANamedCompany() {
        return Stream.of(
                Arguments.of("en", "Cohere raised $250 million. It follows a $520 million round for the chip start-up "
                        + "Poolside."),
                Arguments.of("it", "Cohere ha raccolto 250 milioni di dollari. Segue un round da 520 milioni di dollari "
                        + "per la startup di chip Poolside."),
                Arguments.of("de", "Cohere sammelte 250 Millionen Dollar ein. Das folgt auf eine Finanzierungsrunde über "
                        + "520 Millionen Dollar für das Chip-Start-up Poolside."),
                Arguments.of("fr", "Cohere a levé 250 millions de dollars. Cela suit un tour de table de 520 millions de "
                        + "dollars pour la start-up de puces Poolside."),
                Arguments.of("es", "Cohere recaudó 250 millones de dólares. Sigue a una ronda de 520 millones de dólares "
                        + "para la startup de chips Poolside."));
    }

    /** "A round for X" is X's round, whatever the pronoun subject of the clause stands for. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundForANamedCompany(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "250E6", "USD"),
                deal("Poolside", null, "520E6", "USD")));
    }

    static Stream<Arguments> purchaseWithNoBuyerIsTheTopicsPurchase() {
        return Stream.of(
                Arguments.of("en", "Salesforce sells software to sales teams. The $8 billion purchase of Informatica "
                        + "closed in 2025.", "8E9"),
                Arguments.of("it", "Salesforce vende software ai team di vendita. L'acquisizione di Informatica da 8 "
                        + "miliardi di dollari si è chiusa nel 2025.", "8E9"),
                Arguments.of("de", "Salesforce verkauft Software an Vertriebsteams. Der 8 Milliarden Dollar schwere Kauf "
                        + "von Informatica wurde 2025 abgeschlossen.", "8E9"),
                Arguments.of("fr", "Salesforce vend des logiciels aux équipes commerciales. Le rachat d'Informatica pour "
                        + "8 milliards de dollars a été bouclé en 2025.", "8E9"),
                Arguments.of("es", "Salesforce vende software a equipos comerciales. La compra de Informatica por 8.000 "
                        + "millones de dólares se cerró en 2025.", "8000E6"));
    }

    /** An acquisition that names no buyer is bought by the company the sentences before are about. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void purchaseWithNoBuyerIsTheTopicsPurchase(String language, String text, String amount) {
        assertOneDeal(language, text, "Informatica", "Salesforce", amount, "USD");
    }

    static Stream<Arguments> listedCompanyWithARelativeClauseRaises() {
        return Stream.of(
                Arguments.of("en", "Money keeps flowing into firms such as Helsing, which raised 600 million euros in June."),
                Arguments.of("it", "I soldi continuano ad affluire verso aziende come Helsing, che ha raccolto 600 milioni "
                        + "di euro a giugno."),
                Arguments.of("de", "Das Geld fließt zu Firmen wie Helsing, das im Juni 600 Millionen Euro eingesammelt hat."),
                Arguments.of("fr", "L'argent afflue vers des entreprises comme Helsing, qui a levé 600 millions d'euros en "
                        + "juin."),
                Arguments.of("es", "El dinero sigue llegando a empresas como Helsing, que recaudó 600 millones de euros en "
                        + "junio."));
    }

    /** "Firms such as X, which raised ...": the name after a list word is the subject of the relative clause. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void listedCompanyWithARelativeClauseRaises(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "600E6", "EUR");
    }

    static Stream<Arguments> totalsAreNoDeals() {
        return Stream.of(
                Arguments.of("en", "After this round the total sum xAI has raised climbs to $11 billion.", List.of()),
                Arguments.of("de", "Mit der Investition von Nvidia steigt die Gesamtsumme der Investitionen in xAI auf 45 "
                        + "Milliarden Dollar.", List.of()),
                Arguments.of("fr", "Amazon a investi 4 milliards de dollars dans Anthropic, ce qui porte son engagement "
                        + "total à 8 milliards de dollars.", List.of(deal("Anthropic", "Amazon", "4E9", "USD"))));
    }

    /** A total the sentence sums up, a few words after the word "total", is no deal of its own. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void totalsAreNoDeals(String language, String text, List<DealCases.Expected> expected) {
        assertDeals(language, text, expected);
    }

    private static final Set<String> FUNDS = Set.of("index", "sequoia", "a16z", "lightspeed", "thrive", "softbank");

    private static List<Deal> withFunds(String language, String text) {
        Predicate<String> investsOnly = FUNDS::contains;
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false, investsOnly);
    }

    @Test
    void aFundListedInARoundIsNotTheCompanyItPays() {
        String text = "The round, which brings together Index Ventures, Sequoia and Thrive Capital, comes less than "
                + "a year after a series C of 450 million euros.";
        List<Deal> told = DealCases.extract("en", text);
        assertTrue(told.stream().anyMatch(d -> d.target().id().equals("index")),
                "without the entity types the fund is read as the company paid: " + told);
        assertEquals(List.of(), withFunds("en", text));
    }

    @Test
    void aStartUpDescriptionDoesNotStandForAFund() {
        String text = "Index Ventures backed Cohere early on. La start-up avait déjà levé 170 millions de dollars, "
                + "notamment auprès de Sequoia.";
        assertTrue(withFunds("fr", text).stream().noneMatch(d -> FUNDS.contains(d.target().id())),
                () -> "a fund as the company a round pays: " + withFunds("fr", text));
    }

    static Stream<Arguments> roundNamingOnlyFundsIsTheRoundOfTheCompanyBefore() {
        return Stream.of(
                Arguments.of("en", "Helsing builds software for drones. The round, which brings together Index Ventures, "
                        + "Sequoia and Thrive Capital, comes less than a year after a series C of 450 million euros."),
                Arguments.of("fr", "Helsing conçoit des logiciels pour drones. Le tour de table, qui réunit Index "
                        + "Ventures, Sequoia et Thrive Capital, survient onze mois après sa série C, de 450 millions "
                        + "d'euros."),
                Arguments.of("de", "Helsing entwickelt Software für Drohnen. Die Finanzierungsrunde, an der Index Ventures, "
                        + "Sequoia und Thrive Capital beteiligt sind, folgt weniger als ein Jahr auf eine Serie C über "
                        + "450 Millionen Euro."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundNamingOnlyFundsIsTheRoundOfTheCompanyBefore(String language, String text) {
        List<Deal> deals = withFunds(language, text);
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("helsing", deals.get(0).target().id(), deals::toString);
        assertEquals(0, deals.get(0).amount().compareTo(new java.math.BigDecimal("450E6")), deals::toString);
    }

    @Test
    void theShareOfAFundThatLedTheRoundIsNoRoundOfTheCompanyBefore() {
        List<Deal> deals = withFunds("en", "OpenAI raised $40 billion in March. The round was led by SoftBank with $30 "
                + "billion.");
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("openai", deals.get(0).target().id(), deals::toString);
        assertEquals("softbank", deals.get(0).investor().id(), deals::toString);
        assertEquals(0, deals.get(0).amount().compareTo(new java.math.BigDecimal("40E9")), deals::toString);
    }

    @Test
    void aCompanyRoundWithFundsStillCounts() {
        List<Deal> deals = withFunds("en", "Cohere raised $270 million in a round led by Index Ventures.");
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("cohere", deals.get(0).target().id());
        assertEquals("index", deals.get(0).investor().id());
    }
}
