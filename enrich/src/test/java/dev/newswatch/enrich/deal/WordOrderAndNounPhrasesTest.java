package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two constructions measured on real news (issue 9), in sentences of our own: German word order (the verb at
 * the end of a subordinate clause, the object after an adverbial, headlines without an article), and deals
 * written as noun phrases ("OpenAI's $6.6bn raise", "le rachat de X par Y") in the five languages.
 */
class WordOrderAndNounPhrasesTest {

    static Stream<Arguments> germanWordOrder() {
        return Stream.of(
                // verb-final subordinate clause: the price and the object before the participle
                Arguments.of("de", "Die Aktie stieg, nachdem Broadcom für 69 Milliarden Dollar VMware übernommen "
                        + "hatte.", "VMware", "Broadcom", "69E9", "USD"),
                // modal verb: the price and the object before the infinitive
                Arguments.of("de", "Qualcomm will um 2 Milliarden Euro den Konkurrenten Arm übernehmen.",
                        "Arm", "Qualcomm", "2E9", "EUR"),
                // "der" after the auxiliary is the subject's article; "in ..." belongs to the object's attribute
                Arguments.of("de", "Laut Insidern hat der britische Entwickler Arm den in Kalifornien ansässigen "
                        + "Chip-Hersteller Ampere für 6 Milliarden Dollar übernommen.", "Ampere", "Arm", "6E9", "USD"),
                Arguments.of("de", "Samsung will um 3 Milliarden Euro den im Silicon Valley beheimateten "
                        + "Konkurrenten Ampere übernehmen.", "Ampere", "Samsung", "3E9", "EUR"),
                // inverted perfect: adverbial first, then auxiliary, subject, object, price, participle
                Arguments.of("de", "Im Frühjahr hat Salesforce den Softwareanbieter Informatica für fast 8 "
                        + "Milliarden Dollar gekauft.", "Informatica", "Salesforce", "8E9", "USD"),
                // round led by X as an extended attribute
                Arguments.of("de", "Helsing hat in einer von General Catalyst angeführten Runde 450 Millionen Euro "
                        + "eingesammelt.", "Helsing", "General Catalyst", "450E6", "EUR"),
                // separable "führt ... an" around an amount and the round's owner
                Arguments.of("de", "Die Beteiligungsfirma General Catalyst führt eine 450 Millionen Euro schwere "
                        + "Finanzierungsrunde bei Helsing an.", "Helsing", "General Catalyst", "450E6", "EUR"),
                // announcement with a zu-infinitive at the end
                Arguments.of("de", "SAP kündigte an, 500 Millionen Euro in Aleph Alpha zu investieren.",
                        "Aleph Alpha", "SAP", "500E6", "EUR"),
                // noun phrase with "durch" naming the buyer
                Arguments.of("de", "Die Übernahme von Ampere durch SoftBank für 6,5 Milliarden Dollar ist "
                        + "abgeschlossen.", "Ampere", "SoftBank", "6.5E9", "USD"),
                // headline: buyer, present tense, target, price
                Arguments.of("de", "Nvidia übernimmt Run:ai für 700 Millionen Dollar", "Run:ai", "Nvidia", "700E6",
                        "USD"),
                // colloquial "schluckt"
                Arguments.of("de", "AMD schluckt Silo AI für 665 Millionen Dollar.", "Silo AI", "AMD", "665E6",
                        "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void germanWordOrder(String language, String text, String target, String investor, String amount,
                         String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> dealsAsNounPhrases() {
        return Stream.of(
                // a round closed by its owner
                Arguments.of("en", "Investors cheered the $5bn Series F closed by Anthropic last week.",
                        "Anthropic", null, "5E9", "USD"),
                // possessive owner of a raise
                Arguments.of("en", "Poolside's $500 million raise drew attention from rivals.", "Poolside", null,
                        "500E6", "USD"),
                // possessive buyer of an acquisition
                Arguments.of("en", "Salesforce's $8 billion acquisition of Informatica closed in November.",
                        "Informatica", "Salesforce", "8E9", "USD"),
                // possessive investor of an investment
                Arguments.of("en", "Amazon's $4 billion investment in Anthropic drew scrutiny from regulators.",
                        "Anthropic", "Amazon", "4E9", "USD"),
                // an agent after a later passive verb is not the buyer or the investor
                Arguments.of("en", "Salesforce Inc.’s $8 billion planned acquisition of data firm Informatica is "
                        + "being reviewed by Google.", "Informatica", "Salesforce", "8E9", "USD"),
                Arguments.of("en", "Amazon's $4 billion investment in Anthropic was examined by Google.",
                        "Anthropic", "Amazon", "4E9", "USD"),
                // the possessive is the one bought when "by" names the buyer
                Arguments.of("en", "Informatica's $8 billion acquisition by Salesforce closed in November.",
                        "Informatica", "Salesforce", "8E9", "USD"),
                Arguments.of("it", "L'acquisizione di VMware da parte di Broadcom per 69 miliardi di dollari è "
                        + "stata completata.", "VMware", "Broadcom", "69E9", "USD"),
                Arguments.of("fr", "Le rachat de Silo AI par AMD pour 665 millions de dollars a été finalisé.",
                        "Silo AI", "AMD", "665E6", "USD"),
                // a raise as a noun with the company after the amount
                Arguments.of("fr", "La levée de 450 millions d'euros de Helsing a surpris le secteur.", "Helsing",
                        null, "450E6", "EUR"),
                Arguments.of("es", "La compra de Run:ai por parte de Nvidia por 700 millones de dólares ya es "
                        + "oficial.", "Run:ai", "Nvidia", "700E6", "USD"),
                // Spanish "por" after an offer means "for": the company after it is bought
                Arguments.of("es", "La oferta de 8.000 millones de dólares de Salesforce por Informatica fue "
                        + "aceptada.", "Informatica", "Salesforce", "8E9", "USD"),
                Arguments.of("de", "Die Übernahme von VMware durch Broadcom kostete 69 Milliarden Dollar.", "VMware",
                        "Broadcom", "69E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void dealsAsNounPhrases(String language, String text, String target, String investor, String amount,
                            String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}
