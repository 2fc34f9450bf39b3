package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 7) in sentences of our own: an investor that leads or
 * joins a round past an apposition, a round whose owner is the subject of a relative clause after it, and a
 * headline that only describes its company ("AI start-up raises...") over a body that names it, and an amount
 * in a bullet item of a round-up, which binds to the names of its own item only.
 */
class JoinedRoundsAndHeadlinesTest {

    static Stream<Arguments> investorLeadsPastAnApposition() {
        return Stream.of(
                Arguments.of("en", "Thrive Capital, the fund started by Josh Kushner, will lead a $90m series B round "
                        + "for Poolside.", "Poolside", "Thrive Capital", "90E6", "USD"),
                Arguments.of("en", "Sequoia Capital has contributed to a $90 million round for Poolside.",
                        "Poolside", "Sequoia Capital", "90E6", "USD"),
                Arguments.of("it", "Thrive Capital, il fondo di Josh Kushner, guiderà un round da 90 milioni di dollari "
                        + "per Poolside.", "Poolside", "Thrive Capital", "90E6", "USD"),
                Arguments.of("de", "Thrive Capital, der Fonds von Josh Kushner, führt eine Finanzierungsrunde über 90 "
                        + "Millionen Dollar für Poolside an.", "Poolside", "Thrive Capital", "90E6", "USD"),
                Arguments.of("fr", "Thrive Capital, le fonds de Josh Kushner, mènera un tour de table de 90 millions de "
                        + "dollars pour Poolside.", "Poolside", "Thrive Capital", "90E6", "USD"),
                Arguments.of("es", "Thrive Capital, el fondo de Josh Kushner, liderará una ronda de 90 millones de "
                        + "dólares para Poolside.", "Poolside", "Thrive Capital", "90E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void investorLeadsPastAnApposition(String language, String text, String target, String investor,
                                       String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> roundOwnedByTheSubjectOfARelativeClause() {
        return Stream.of(
                Arguments.of("en", "Alibaba has joined a $300 million round that Chinese AI start-up Moonshot AI "
                        + "closed this week.", "Moonshot AI", "Alibaba", "300E6", "USD"),
                Arguments.of("it", "Nvidia parteciperà al round da 2 miliardi di dollari che xAI sta chiudendo.",
                        "xAI", "Nvidia", "2E9", "USD"),
                Arguments.of("de", "Nvidia beteiligt sich an der Finanzierungsrunde über 2 Milliarden Dollar, die xAI "
                        + "gerade abschließt.", "xAI", "Nvidia", "2E9", "USD"),
                Arguments.of("fr", "Nvidia participera au tour de table de 2 milliards de dollars que xAI est en train "
                        + "de boucler.", "xAI", "Nvidia", "2E9", "USD"),
                Arguments.of("es", "Nvidia participará en la ronda de 2.000 millones de dólares que xAI está cerrando.",
                        "xAI", "Nvidia", "2000E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundOwnedByTheSubjectOfARelativeClause(String language, String text, String target, String investor,
                                                 String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> headlineThatOnlyDescribesItsCompany() {
        String en = "Mistral AI was started in Paris by three researchers. Mistral AI hired its first staff. Google and "
                + "Meta trained them.";
        return Stream.of(
                Arguments.of("en", "Three-month-old AI startup raises $90 million\n" + en,
                        "Mistral AI", null, "90E6", "USD"),
                Arguments.of("it", "Una startup di IA nata tre mesi fa raccoglie 90 milioni di euro\nMistral AI è stata "
                        + "fondata a Parigi. Mistral AI ha già dieci dipendenti, ex di Google.",
                        "Mistral AI", null, "90E6", "EUR"),
                Arguments.of("de", "Drei Monate altes KI-Start-up sammelt 90 Millionen Euro ein\nMistral AI wurde in "
                        + "Paris gegründet. Mistral AI hat zehn Leute, früher bei Google.",
                        "Mistral AI", null, "90E6", "EUR"),
                // the body names Google first, after "de": the company named most often is the one described
                Arguments.of("fr", "Une start-up d'IA âgée de trois mois lève 90 millions d'euros\nD'anciens chercheurs "
                        + "de Google ont fondé Mistral AI à Paris. Mistral AI compte dix salariés.",
                        "Mistral AI", null, "90E6", "EUR"),
                Arguments.of("es", "Startup de IA de tres meses levanta 90 millones de euros\nMistral AI nació en París. "
                        + "Mistral AI ya tiene diez empleados, antes en Google.",
                        "Mistral AI", null, "90E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void headlineThatOnlyDescribesItsCompany(String language, String text, String target, String investor,
                                            String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> amountInABulletItemBindsInItsItem() {
        return Stream.of(
                Arguments.of("en", "Microsoft rents capacity rather than buying it. The deals: • CoreWeave → $10bn "
                        + "(GPUs until 2030) • Oracle → $5bn (two campuses, beside the stake of Microsoft in OpenAI)"),
                Arguments.of("it", "Microsoft affitta capacità invece di comprarla. Gli accordi: • CoreWeave → 10 "
                        + "miliardi di dollari (GPU fino al 2030) • Oracle → 5 miliardi di dollari (due campus, oltre "
                        + "alla quota di Microsoft in OpenAI)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void amountInABulletItemBindsInItsItem(String language, String text) {
        assertDeals(language, text, List.of(deal("CoreWeave", "Microsoft", "10E9", "USD"),
                deal("Oracle", "Microsoft", "5E9", "USD")));
    }

    static Stream<Arguments> nameInsideAModifierIsNoTopic() {
        return Stream.of(
                // the name inside "ChatGPT-like" is not what the sentence before the anaphor is about
                Arguments.of("en", "Poolside was set up in 2023. The company builds a ChatGPT-like model for code. The "
                        + "startup, which has its base in Texas, secured $126 million of seed money.",
                        "Poolside", null, "126E6", "USD"),
                Arguments.of("it", "Poolside è nata nel 2023. La società sviluppa un modello ChatGPT-like per il "
                        + "codice. La startup ha raccolto 126 milioni di dollari.", "Poolside", null, "126E6", "USD"),
                Arguments.of("de", "Poolside wurde 2023 gegründet. Die Firma baut ein ChatGPT-artiges Modell für "
                        + "Code. Das Start-up hat 126 Millionen Dollar eingesammelt.", "Poolside", null, "126E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void nameInsideAModifierIsNoTopic(String language, String text, String target, String investor,
                                           String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> leadWithItsShareIsReportedWithTheRound() {
        return Stream.of(
                Arguments.of("de", "OpenAI sammelte 38 Milliarden Dollar ein. Angeführt wurde die Finanzierungsrunde "
                        + "von SoftBank mit 28 Milliarden Dollar."),
                Arguments.of("en", "OpenAI raised $38 billion. The round was led by SoftBank with $28 billion."),
                Arguments.of("it", "OpenAI ha raccolto 38 miliardi di dollari. Il round è stato guidato da SoftBank "
                        + "con 28 miliardi di dollari."),
                Arguments.of("fr", "OpenAI a levé 38 milliards de dollars. Le tour de table a été mené par SoftBank "
                        + "avec 28 milliards de dollars."),
                Arguments.of("es", "OpenAI captó 38.000 millones de dólares. La ronda fue liderada por SoftBank con "
                        + "28.000 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadWithItsShareIsReportedWithTheRound(String language, String text) {
        assertOneDeal(language, text, "OpenAI", "SoftBank", "38E9", "USD");
    }

    static Stream<Arguments> investorAfterInvestorsIncluding() {
        return Stream.of(
                Arguments.of("en", "Poolside is raising up to $480mn in new equity from investors such as Thrive "
                        + "Capital to build its sites."),
                Arguments.of("en", "Poolside raised $480 million from investors including Thrive Capital."),
                Arguments.of("fr", "Poolside a levé 480 millions de dollars auprès d'investisseurs dont Thrive "
                        + "Capital."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void investorAfterInvestorsIncluding(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Thrive Capital", "480E6", "USD");
    }

    static Stream<Arguments> roundNamedBeforeItsOwner() {
        return Stream.of(
                Arguments.of("es", "La ronda de inversión que cerró xAI este invierno alcanzó 20.000 millones de "
                        + "dólares.",
                        "20000E6"),
                Arguments.of("en", "The funding round that xAI closed in January reached $20 billion.", "20E9"),
                Arguments.of("it", "Il round che xAI ha chiuso a gennaio ha raggiunto 20 miliardi di dollari.", "20E9"),
                Arguments.of("de", "Die Finanzierungsrunde, die xAI im Januar abschloss, erreichte 20 Milliarden "
                        + "Dollar.", "20E9"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundNamedBeforeItsOwner(String language, String text, String amount) {
        assertOneDeal(language, text, "xAI", null, amount, "USD");
    }

    static Stream<Arguments> investmentInTheCapitalOfARival() {
        return Stream.of(
                Arguments.of("it", "Nvidia ha investito 5 miliardi di dollari nel capitale della concorrente Intel, dice la "
                        + "nota."),
                Arguments.of("es", "Nvidia anunció una inversión de 5.000 millones de dólares en el capital de su rival "
                        + "Intel."),
                Arguments.of("fr", "Nvidia a annoncé un investissement de 5 milliards de dollars au capital de son rival "
                        + "Intel."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void investmentInTheCapitalOfARival(String language, String text) {
        assertOneDeal(language, text, "Intel", "Nvidia", "5E9", "USD");
    }

    static Stream<Arguments> leftOutSubjectAfterAConjunctionIsTheDescribedCompany() {
        return Stream.of(
                Arguments.of("it", "Poolside è nata in Texas. Il valore della start-up è salito molto da marzo, quando "
                        + "aveva raccolto appena 126 milioni di dollari."),
                Arguments.of("es", "Poolside nació en Texas. El valor de la startup subió mucho desde marzo, cuando había "
                        + "levantado apenas 126 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leftOutSubjectAfterAConjunctionIsTheDescribedCompany(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "126E6", "USD");
    }
}
