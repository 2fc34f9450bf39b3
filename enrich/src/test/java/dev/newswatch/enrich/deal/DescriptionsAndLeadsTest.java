package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 4) in sentences of our own: a long description with
 * "of" inside before the name ("the French maker of AI models Mistral AI"), the lead investor named as a
 * modifier or with "as lead investor", and the informal verbs news uses for raising money.
 */
class DescriptionsAndLeadsTest {

    static Stream<Arguments> descriptionWithOfBeforeTheName() {
        return Stream.of(
                Arguments.of("en", "The French maker of AI models Mistral AI raised €600 million.",
                        "Mistral AI", null, "600E6", "EUR"),
                Arguments.of("it", "La società parigina di modelli linguistici Mistral AI ha raccolto 600 milioni "
                        + "di euro.", "Mistral AI", null, "600E6", "EUR"),
                Arguments.of("de", "Der Münchner Entwickler von KI-Modellen Aleph Alpha hat 500 Millionen Euro "
                        + "eingesammelt.", "Aleph Alpha", null, "500E6", "EUR"),
                Arguments.of("fr", "La jeune pousse française des modèles de langage Mistral AI annonce avoir obtenu "
                        + "600 millions d'euros.", "Mistral AI", null, "600E6", "EUR"),
                // the object: "en" before the description is the preposition of the name
                Arguments.of("es", "Microsoft invertirá 1.200 millones de dólares en la compañía de modelos de "
                        + "lenguaje (LLM) de Toronto Cohere.", "Cohere", "Microsoft", "1200E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void descriptionWithOfBeforeTheName(String language, String text, String target, String investor,
                                        String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> leadAsModifierOrRole() {
        return Stream.of(
                Arguments.of("en", "Poolside landed $500 million in a Thrive Capital-led round.",
                        "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("en", "Poolside landed $500 million. The coding start-up brought in Thrive Capital as lead "
                        + "investor.", "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("it", "Poolside ha ricevuto 500 milioni di dollari, con Thrive Capital come lead investor.",
                        "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("de", "Poolside hat 500 Millionen Dollar bekommen, mit Thrive Capital als Lead-Investor.",
                        "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("fr", "Poolside a sécurisé 500 millions de dollars, avec Thrive Capital comme investisseur "
                        + "principal.", "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("es", "Poolside recibió 500 millones de dólares con Thrive Capital como inversor "
                        + "principal.", "Poolside", "Thrive Capital", "500E6", "USD"),
                // session 6: the lead in the next sentence, as the main participant or after a country's possessive
                Arguments.of("es", "Poolside capta 500 millones de dólares. Thrive Capital será el principal "
                        + "participante de la operación.", "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("it", "Poolside incassa 500 milioni di dollari. Thrive Capital è il fondo che ha guidato "
                        + "l'operazione.", "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("en", "Poolside landed $500 million. The round was led by America's Thrive Capital.",
                        "Poolside", "Thrive Capital", "500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadAsModifierOrRole(String language, String text, String target, String investor, String amount,
                              String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> abbreviationsAppositionsAndNounsBeforeTheSubject() {
        return Stream.of(
                // the full stops of "U.S." and "EE.UU." end no clause
                Arguments.of("en", "SoftBank will invest $2 billion in U.S. chipmaker Intel.",
                        "Intel", "SoftBank", "2E9", "USD"),
                Arguments.of("es", "SoftBank invertirá 2.500 millones de dólares en el fabricante de chips de EE.UU. "
                        + "Intel.", "Intel", "SoftBank", "2500E6", "USD"),
                // a deal noun before the subject takes no bare object
                Arguments.of("en", "The round comes as Anthropic secured a $4bn investment from Amazon.",
                        "Anthropic", "Amazon", "4E9", "USD"),
                Arguments.of("it", "Il round arriva mentre Anthropic ha ottenuto un investimento di 4 miliardi di dollari "
                        + "da Amazon.", "Anthropic", "Amazon", "4E9", "USD"),
                // the name in apposition after a company noun, between commas
                Arguments.of("en", "Meta is investing $14 billion in labelling startup, Scale AI, which serves model "
                        + "makers.", "Scale AI", "Meta", "14E9", "USD"),
                Arguments.of("it", "Meta investirà 14 miliardi di dollari nella startup, Scale AI, che lavora sui dati.",
                        "Scale AI", "Meta", "14E9", "USD"),
                Arguments.of("de", "Meta investiert 14 Milliarden Dollar in das Start-up, Scale AI, das mit Daten "
                        + "arbeitet.", "Scale AI", "Meta", "14E9", "USD"),
                Arguments.of("fr", "Nvidia va investir 2 milliards d'euros dans la start-up, Mistral AI, qui développe "
                        + "des modèles.", "Mistral AI", "Nvidia", "2E9", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void abbreviationsAppositionsAndNounsBeforeTheSubject(String language, String text, String target,
                                                          String investor, String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> roundInAnOpeningPhrase() {
        return Stream.of(
                Arguments.of("en", "With a fresh $500 million round led by Thrive Capital, Perplexity saw its valuation "
                        + "triple.", "Perplexity", "Thrive Capital", "500E6", "USD"),
                Arguments.of("it", "Con un nuovo round da 500 milioni di dollari guidato da Thrive Capital, Perplexity "
                        + "ha triplicato la propria valutazione.", "Perplexity", "Thrive Capital", "500E6", "USD"),
                Arguments.of("fr", "Avec un tour de table de 500 millions de dollars mené par Thrive Capital, Perplexity "
                        + "triple sa valorisation.", "Perplexity", "Thrive Capital", "500E6", "USD"),
                Arguments.of("es", "Con una ronda de 500 millones de dólares liderada por Thrive Capital, Perplexity "
                        + "triplicó su valoración.", "Perplexity", "Thrive Capital", "500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void roundInAnOpeningPhrase(String language, String text, String target, String investor, String amount,
                                String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> founderRaisesForTheCompany() {
        return Stream.of(
                Arguments.of("es", "La investigadora consiguió 900 millones de dólares para su flamante compañía Cohere.",
                        "Cohere", null, "900E6", "USD"),
                Arguments.of("it", "Il ricercatore ha raccolto un miliardo di euro per la sua nuova società Cohere.",
                        "Cohere", null, "1E9", "EUR"),
                Arguments.of("fr", "La chercheuse a levé un milliard de dollars pour sa nouvelle société Cohere.",
                        "Cohere", null, "1E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void founderRaisesForTheCompany(String language, String text, String target, String investor, String amount,
                                    String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
