package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deals whose paying or receiving subject is not named in their own sentence: a pronoun ("It raised", "Elle
 * lève", "Es sammelte ... ein"), a description ("The chipmaker", "Il colosso di Redmond", "la startup de Sam
 * Altman"), no subject at all in Italian and Spanish ("Ha raccolto", "Encabezó"), or a headline naming the
 * company over a body that only says "the company". Each stands for the entity the previous sentences are about.
 */
class SubjectsTest {

    static Stream<Arguments> pronounSubjects() {
        return Stream.of(
                Arguments.of("en", "Anthropic is hiring in Europe. It raised $2 billion from Google.",
                        "Anthropic", "Google", "2E9", "USD"),
                Arguments.of("en", "Perplexity opened an office in Berlin. The company said it had raised $500 million.",
                        "Perplexity", null, "500E6", "USD"),
                // the subject of the previous sentence, not a name in its opening subordinate clause
                Arguments.of("en", "Cohere is hiring again. Days after OpenAI shipped a new model, Cohere said demand had "
                        + "doubled. It is currently in talks to raise $450 million.", "Cohere", null, "450E6", "USD"),
                Arguments.of("fr", "Mistral AI recrute à Paris. Elle lève 600 millions d'euros.",
                        "Mistral AI", null, "600E6", "EUR"),
                Arguments.of("fr", "Hugging Face ouvre un bureau à Lyon. Il valide une levée de 400 millions de dollars "
                        + "menée par Sequoia.", "Hugging Face", "Sequoia Capital", "400E6", "USD"),
                // "il y a" is no subject: the sentence names its own
                Arguments.of("fr", "Mistral AI prépare un nouveau modèle. Il y a un an, Helsing levait 450 millions d'euros.",
                        "Helsing", null, "450E6", "EUR"),
                Arguments.of("de", "Aleph Alpha wächst schnell. Es sammelte 500 Millionen Euro ein.",
                        "Aleph Alpha", null, "500E6", "EUR"),
                // impersonal "es gibt": nobody pays
                Arguments.of("de", "SAP wächst. Es gibt Berichte über eine Investition von 500 Millionen Euro in Aleph Alpha.",
                        "Aleph Alpha", null, "500E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void pronounSubjects(String language, String text, String target, String investor, String amount,
                         String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> descriptionSubjects() {
        return Stream.of(
                Arguments.of("en", "Nvidia reported record sales. The chipmaker agreed to buy Run:ai for $700 million.",
                        "Run:ai", "Nvidia", "700E6", "USD"),
                Arguments.of("en", "Anthropic released a new model in May. The Claude maker raised $13 billion in a round "
                        + "led by Index Ventures.", "Anthropic", "Index Ventures", "13E9", "USD"),
                Arguments.of("en", "OpenAI is launching a browser. SoftBank will invest $40 billion in the ChatGPT developer.",
                        "OpenAI", "SoftBank", "40E9", "USD"),
                Arguments.of("it", "Microsoft ha presentato i conti trimestrali. Il colosso di Redmond investirà 2 miliardi "
                        + "di dollari in Mistral AI.", "Mistral AI", "Microsoft", "2E9", "USD"),
                Arguments.of("de", "Nvidia meldet einen Rekordumsatz. Der Chipkonzern übernimmt Run:ai für 700 Millionen "
                        + "Dollar.", "Run:ai", "Nvidia", "700E6", "USD"),
                // verb-final: the description opening the clause is the subject, not the name before the verb
                Arguments.of("de", "Nvidia baut sein Netzwerkgeschäft aus. Der Konzern will für 9 Milliarden Euro Run:ai "
                        + "übernehmen.", "Run:ai", "Nvidia", "9E9", "EUR"),
                Arguments.of("fr", "Mistral AI prépare un nouveau modèle. La pépite française lève 300 millions d'euros.",
                        "Mistral AI", null, "300E6", "EUR"),
                Arguments.of("es", "Microsoft presentó sus resultados. El gigante tecnológico invertirá 3.000 millones de "
                        + "dólares en Mistral AI.", "Mistral AI", "Microsoft", "3E9", "USD"),
                Arguments.of("es", "OpenAI lanzó un navegador. SoftBank invertirá 30.000 millones de dólares en la startup "
                        + "de Sam Altman.", "OpenAI", "SoftBank", "30E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void descriptionSubjects(String language, String text, String target, String investor, String amount,
                             String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> subjectsBeforeNamesAfterAPreposition() {
        return Stream.of(
                // the company "of" a takeover is not what the next sentence is about
                Arguments.of("en", "Nvidia was quiet for years. In 2022 the takeover of Arm collapsed. The chipmaker has "
                        + "since agreed to buy Run:ai for $700 million.", "Run:ai", "Nvidia", "700E6", "USD"),
                Arguments.of("de", "Nvidia war lange zurückhaltend. 2022 scheiterte die Übernahme von Arm. Der Chipkonzern "
                        + "kauft nun Run:ai für 700 Millionen Dollar.", "Run:ai", "Nvidia", "700E6", "USD"),
                // an object stands for a name after a preposition, not for the previous subject
                Arguments.of("en", "Microsoft and Nvidia are betting on Anthropic. The two groups will invest $15 billion "
                        + "in the Claude maker.", "Anthropic", null, "15E9", "USD"),
                Arguments.of("es", "Microsoft colabora con OpenAI desde 2019. SoftBank invertirá 40.000 millones de "
                        + "dólares en la empresa.", "OpenAI", "SoftBank", "40E9", "USD"),
                // two descriptions in one clause stand for two companies
                Arguments.of("en", "Meta is building an AI lab, and Scale AI labels its data. The social media group will "
                        + "invest $14.3 billion in the start-up.", "Scale AI", "Meta", "14.3E9", "USD"),
                Arguments.of("it", "Meta sta costruendo un laboratorio e Scale AI ne etichetta i dati. Il gruppo investirà "
                        + "14,3 miliardi di dollari nella startup.", "Scale AI", "Meta", "14.3E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void subjectsBeforeNamesAfterAPreposition(String language, String text, String target, String investor,
                                              String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> nullSubjects() {
        return Stream.of(
                Arguments.of("it", "Poolside ha aperto una sede a Milano. Ha raccolto 200 milioni di euro da Index Ventures.",
                        "Poolside", "Index Ventures", "200E6", "EUR"),
                Arguments.of("it", "Nvidia continua a crescere. Investirà 1 miliardo di dollari in Poolside.",
                        "Poolside", "Nvidia", "1E9", "USD"),
                // the previous sentence's company leads the round: it is the investor, not the target
                Arguments.of("es", "Alibaba amplía su apuesta por la inteligencia artificial. Encabezó una ronda de 1.000 "
                        + "millones de dólares en Moonshot AI.", "Moonshot AI", "Alibaba", "1E9", "USD"),
                Arguments.of("es", "Poolside abrió una oficina en Madrid. Ha recaudado 500 millones de dólares.",
                        "Poolside", null, "500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void nullSubjects(String language, String text, String target, String investor, String amount,
                      String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> headlineThenTheCompany() {
        return Stream.of(
                Arguments.of("en", "Cohere lands new funding\nThe company has raised $500 million from Nvidia, its "
                        + "chief executive said on Tuesday.", "Cohere", "Nvidia", "500E6", "USD"),
                Arguments.of("it", "Black Forest Labs, nuovo round\nLa società ha raccolto 300 milioni di dollari, "
                        + "hanno riferito fonti vicine all'operazione.", "Black Forest Labs", null, "300E6", "USD"),
                Arguments.of("de", "Helsing erhält frisches Geld\nDas Unternehmen hat 600 Millionen Euro eingesammelt.",
                        "Helsing", null, "600E6", "EUR"),
                Arguments.of("fr", "Poolside boucle un tour de table\nLa société a levé 450 millions de dollars.",
                        "Poolside", null, "450E6", "USD"),
                Arguments.of("es", "Cohere cierra una ronda\nLa empresa ha recaudado 500 millones de dólares.",
                        "Cohere", null, "500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void headlineThenTheCompany(String language, String text, String target, String investor, String amount,
                                String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
