package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Italian and Spanish constructions of real news (docs/EXTRACTION.md, session 8, Italian/Spanish) in sentences of
 * our own: object pronouns joined to the verb ("entregarle", "finanziarla"), a second amount with its payer after
 * "de", verb forms of the subjunctive after "después de que", the buyer left out after "cuando"/"quando", leads told
 * as "a guidare ... è X" and "X che guiderebbe l'operazione" (with the lead's share no deal of its own), a deal
 * referred to as "il tutto", "le trattative" or "tale collaborazione", named subjects over descriptions further on,
 * contracts between two companies named together or with the company after "of", payers with no object after a
 * round, loans, sales with their company left out, and amounts without a currency before a participle.
 */
class ItalianSpanishConstructionsTest {

    static Stream<Arguments> objectPronounJoinedToTheVerb() {
        return Stream.of(
                Arguments.of("es", "Anthropic se fundó en 2021. Un año después, Amazon decidió entregarle 4.000 "
                        + "millones de dólares.", "Anthropic", "Amazon", "4000E6", "USD"),
                Arguments.of("es", "Mistral AI crece deprisa. Microsoft quiere financiarla con 500 millones de dólares.",
                        "Mistral AI", "Microsoft", "500E6", "USD"),
                Arguments.of("es", "Cohere busca comprador. Oracle estudia adquirirla por 5.000 millones de dólares.",
                        "Cohere", "Oracle", "5000E6", "USD"),
                Arguments.of("it", "Mistral AI cresce in fretta. Microsoft ha deciso di finanziarla con 500 milioni di "
                        + "dollari.", "Mistral AI", "Microsoft", "500E6", "USD"),
                Arguments.of("it", "Cohere cerca un compratore. Oracle vorrebbe rilevarla per 5 miliardi di dollari.",
                        "Cohere", "Oracle", "5E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void objectPronounJoinedToTheVerb(String language, String text, String target, String investor, String amount,
                                      String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void secondAmountWithItsPayerAfterDe(String language, String text) {
        assertDeals(language, text, List.of(deal("Anthropic", "Amazon", "4000E6", "USD"),
                deal("Anthropic", "Google", "2000E6", "USD")));
    }

    static Stream<Arguments> secondAmountWithItsPayerAfterDe() {
        return Stream.of(
                Arguments.of("es", "Anthropic nació en 2021. Más tarde Amazon aceptó entregarle 4.000 millones de "
                        + "dólares, y a ellos se añadieron otros 2.000 millones de dólares de Google."),
                Arguments.of("es", "Amazon invirtió 4.000 millones de dólares en Anthropic, con otros 2.000 millones de "
                        + "dólares de Google."));
    }

    static Stream<Arguments> subjunctiveAfterDespuesDeQue() {
        return Stream.of(
                Arguments.of("es", "El anuncio de Mistral AI llega un mes después de que xAI, la compañía fundada "
                        + "por Musk, recaudara 6.500 millones de dólares.", "xAI", null, "6500E6", "USD"),
                Arguments.of("es", "Nvidia se comprometió a aportar 5.000 millones de dólares a Intel.",
                        "Intel", "Nvidia", "5000E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void subjunctiveAfterDespuesDeQue(String language, String text, String target, String investor, String amount,
                                      String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void buyerLeftOutAfterCuandoInAClauseThatNamesNoCompany(String language, String text) {
        assertDeals(language, text, List.of(deal("Activision Blizzard", "Microsoft", "68E9", "USD"),
                deal("Informatica", "Microsoft", "5E9", "USD")));
    }

    static Stream<Arguments> buyerLeftOutAfterCuandoInAClauseThatNamesNoCompany() {
        return Stream.of(
                Arguments.of("es", "El mayor gasto de Microsoft llegó en 2022, cuando compró Activision Blizzard por "
                        + "68.000 millones de dólares. Más modesta fue la operación de 2024, cuando adquirió "
                        + "Informatica por 5.000 millones de dólares."),
                Arguments.of("it", "La spesa più grande di Microsoft risale al 2022, quando ha comprato Activision "
                        + "Blizzard per 68 miliardi di dollari. Più piccola l'operazione del 2024, quando ha rilevato "
                        + "Informatica per 5 miliardi di dollari."));
    }

    static Stream<Arguments> italianLeadsAndVerbForms() {
        return Stream.of(
                Arguments.of("it", "Secondo la stampa Cohere è vicina a chiudere un round da 500 milioni di dollari. "
                        + "Il mercato resta acceso. A guidare il nuovo aumento di capitale della società è Index "
                        + "Ventures, già socio dal 2021.", "Cohere", "Index Ventures", "500E6", "USD"),
                Arguments.of("it", "Cohere sarebbe prossima alla chiusura di un round da 500 milioni di dollari, con "
                        + "il fondo Index Ventures che guiderebbe l'operazione con 150 milioni.",
                        "Cohere", "Index Ventures", "500E6", "USD"),
                Arguments.of("it", "Secondo il quotidiano, Cohere incasserà 500 milioni di dollari da Oracle.",
                        "Cohere", "Oracle", "500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void italianLeadsAndVerbForms(String language, String text, String target, String investor, String amount,
                      String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> namedSubjectBeforeADescriptionAfterTheDealWord() {
        return Stream.of(
                Arguments.of("it", "Thrive Capital ha guidato il round di maggio. Ieri Nvidia, il gigante dei chip, ha "
                        + "annunciato un investimento da 5 miliardi di dollari in xAI, in cambio dell'acquisto, da "
                        + "parte della startup, di nuovi chip.", "xAI", "Nvidia", "5E9", "USD"),
                Arguments.of("it", "Il valore di Databricks è alto. Anthropic, la società che sviluppa Claude, ha chiuso "
                        + "una vendita secondaria di azioni dei dipendenti per 6 miliardi di dollari, che porta il "
                        + "valore dell'azienda a un nuovo record.", "Anthropic", null, "6E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void namedSubjectBeforeADescriptionAfterTheDealWord(String language, String text, String target,
                                                        String investor, String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> contractBetweenTwoCompaniesNamedTogether() {
        return Stream.of(
                Arguments.of("it", "Il legame tra Meta e CoreWeave si rafforza con la firma di un nuovo contratto da 14 "
                        + "miliardi di dollari."),
                Arguments.of("es", "La alianza entre Meta y CoreWeave suma un nuevo contrato de 14.000 millones de "
                        + "dólares."),
                Arguments.of("en", "CoreWeave and Meta have signed a new $14 billion contract."));
    }

    /** The one that sells compute is paid, whichever of the two the sentence names first. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void contractBetweenTwoCompaniesNamedTogether(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text),
                "coreweave"::equals);

        assertEquals(1, deals.size(), deals.toString());
        assertEquals("CoreWeave", deals.get(0).target().name());
        assertEquals("Meta", deals.get(0).investor().name());
        assertEquals(0, deals.get(0).amountUsd().compareTo(new BigDecimal("14E9")), deals.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void partnershipReferredToAfterItsContract(String language, String text) {
        assertDeals(language, text, List.of(deal("CoreWeave", "Meta", "14E9", "USD"),
                deal("CoreWeave", "Meta", "2E9", "USD"), deal("CoreWeave", "Meta", "1E9", "USD")));
    }

    static Stream<Arguments> partnershipReferredToAfterItsContract() {
        return Stream.of(
                Arguments.of("it", "Meta ha firmato con CoreWeave un contratto da 14 miliardi di dollari. Il titolo è "
                        + "salito. Tale collaborazione era partita con un primo contratto da 2 miliardi di dollari, e "
                        + "poi un secondo da 1 miliardo di dollari."),
                Arguments.of("es", "Meta firmó con CoreWeave un contrato de 14.000 millones de dólares. La acción subió. "
                        + "Esta alianza empezó con un primer contrato de 2.000 millones de dólares y luego otro de "
                        + "1.000 millones de dólares."));
    }

    static Stream<Arguments> roundNounsAndContractsWithTheCompanyAfterOf() {
        return Stream.of(
                Arguments.of("it", "Scale AI cresce in fretta. Nel 2024 l'azienda aveva chiuso un round di investimenti "
                        + "di 1 miliardo di dollari.", "Scale AI", null, "1E9", "USD"),
                Arguments.of("it", "Google ha firmato un'intesa del valore di 3 miliardi di dollari per i diritti della "
                        + "startup di programmazione Poolside.", "Poolside", "Google", "3E9", "USD"),
                Arguments.of("es", "Google firmó un acuerdo de 2.400 millones de dólares por los derechos de los "
                        + "modelos de la startup de programación Poolside.", "Poolside", "Google", "2400E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundNounsAndContractsWithTheCompanyAfterOf(String language, String text, String target, String investor,
                                                     String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> payerWithNoObjectAfterARound() {
        return Stream.of(
                Arguments.of("it", "Cohere ha incassato 500 milioni di dollari. L'aumento di capitale rientra in un piano "
                        + "per raccogliere 2 miliardi entro l'anno, con Oracle che ha già impegnato 300 milioni di "
                        + "dollari."),
                Arguments.of("es", "Cohere ha recibido 500 millones de dólares. La ronda forma parte de un plan para "
                        + "recaudar 2.000 millones este año, y Oracle ya ha comprometido 300 millones de dólares."));
    }

    /** The payer's money goes to the company of the round told before; the plan's total is no deal of its own. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void payerWithNoObjectAfterARound(String language, String text) {
        List<Deal> deals = DealCases.extract(language, text);

        assertEquals(1, deals.stream().filter(d -> d.investor() != null && d.investor().name().equals("Oracle")
                && d.target().name().equals("Cohere") && d.amountUsd().compareTo(new BigDecimal("300E6")) == 0)
                .count(), deals.toString());
    }

    static Stream<Arguments> loansAndSalesWithTheirCompanyLeftOut() {
        return Stream.of(
                Arguments.of("it", "Un gruppo di dodici banche concederà un prestito da 10 miliardi di dollari per "
                        + "finanziare i nuovi data center di Oracle in Texas.", "Oracle", null, "10E9", "USD"),
                Arguments.of("es", "Un grupo de doce bancos concederá un préstamo de 10.000 millones de dólares para "
                        + "financiar el nuevo campus de centros de datos de Oracle en Texas.",
                        "Oracle", null, "10000E6", "USD"),
                Arguments.of("it", "Anthropic ha molti dipendenti. La vendita secondaria ha permesso al personale di "
                        + "cedere circa 3 miliardi di dollari di azioni, secondo una fonte vicina all'azienda.",
                        "Anthropic", null, "3E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void loansAndSalesWithTheirCompanyLeftOut(String language, String text, String target, String investor,
                                              String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void firstInvestmentPaidByTheSubjectOfALaterVerb(String language, String text) {
        assertDeals(language, text, List.of(deal("Mistral AI", "Microsoft", "300E6", "USD"),
                deal("Mistral AI", "Microsoft", "700E6", "USD")));
    }

    static Stream<Arguments> firstInvestmentPaidByTheSubjectOfALaterVerb() {
        return Stream.of(
                Arguments.of("it", "Dopo un primo investimento da 300 milioni di dollari nel 2024, quest'anno Microsoft "
                        + "torna a investire in Mistral AI con altri 700 milioni di dollari."),
                Arguments.of("es", "Tras una primera inversión de 300 millones de dólares en 2024, este año Microsoft "
                        + "vuelve a invertir en Mistral AI con otros 700 millones de dólares."));
    }

    static Stream<Arguments> amountWithoutCurrencyBeforeAParticiple() {
        return Stream.of(
                Arguments.of("it", "Mistral AI vale oggi 12 miliardi di euro. A marzo aveva incassato un finanziamento "
                        + "da 2 miliardi guidato da ASML.", "Mistral AI", "ASML", "2E9", "EUR"),
                Arguments.of("es", "Mistral AI vale hoy 12.000 millones de euros. En marzo había recibido una ronda de "
                        + "2.000 millones liderada por ASML.", "Mistral AI", "ASML", "2000E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountWithoutCurrencyBeforeAParticiple(String language, String text, String target, String investor,
                                                String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> dealReferredToInTheNextSentence() {
        return Stream.of(
                Arguments.of("it", "Nvidia ha annunciato l'acquisizione di Arm, il gruppo britannico dei chip. Il tutto "
                        + "si chiuderà entro un anno, con 40 miliardi di dollari tra contanti e azioni.",
                        "Arm", "Nvidia", "40E9", "USD"),
                Arguments.of("it", "Meta starebbe pensando a un grosso investimento in Scale AI. Le trattative "
                        + "potrebbero valere oltre 10 miliardi di dollari.", "Scale AI", "Meta", "10E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void dealReferredToInTheNextSentence(String language, String text, String target, String investor,
                                         String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
