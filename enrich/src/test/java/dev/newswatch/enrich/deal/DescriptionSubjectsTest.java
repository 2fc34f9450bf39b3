package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pronouns and descriptions that stand for a company (session 15): which of the companies named before them they
 * stand for. A subject pronoun in a reported clause ("after Nvidia said it has invested") stands for the subject
 * of the reporting verb, not for a company named earlier after a preposition ("Shares of Databricks"). A company
 * noun ("the company", "la empresa", "der Konzern") never stands for a government or a public body. A description
 * stands for the company the article described with the same noun, however far back ("la startup di sicurezza
 * Cohere", "the security startup Cohere"), before the company the last sentences are about. After a clause put before
 * the main one ("Weeks before X unveiled..., "), a name the main clause introduces with a description noun
 * ("competitor Cohere", "la concorrente Cohere") is what the sentence is about, however often the other was named.
 */
class DescriptionSubjectsTest {

    /** Entity ids that are governments, as ArticleEnricher reads them from entity types. */
    private static final Set<String> GOVERNMENTS = Set.of("commerce");

    /** "target <- investor amount currency" for each deal of {@code text}, read knowing the governments. */
    private static String found(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false,
                GOVERNMENTS::contains, GOVERNMENTS::contains, id -> null);
        return deals.stream()
                .map(d -> d.target().id() + " <- " + (d.investor() == null ? null : d.investor().id()) + " "
                        + d.amount().stripTrailingZeros().toPlainString() + " " + d.currency())
                .collect(Collectors.joining("; "));
    }

    static Stream<Arguments> aReportedSubjectPronounStandsForTheReportingSubject() {
        return Stream.of(
                // the description of the target has two or three words before its noun
                Arguments.of("en", "Shares of Databricks climbed 8% on Tuesday after Nvidia announced that it has invested "
                        + "$1 billion in the data analytics provider."),
                Arguments.of("en", "Shares of Databricks climbed 8% on Tuesday after Nvidia announced that it has invested "
                        + "$1 billion in the cloud data analytics provider."),
                Arguments.of("fr", "L'action de Databricks a bondi lundi après que Nvidia a annoncé qu'il a investi "
                        + "1 milliard de dollars dans le fournisseur."),
                Arguments.of("de", "Die Aktie von Databricks stieg am Montag, nachdem Nvidia mitteilte, es habe "
                        + "1 Milliarde Dollar in den Anbieter investiert."),
                Arguments.of("es", "Las acciones de Databricks subieron el lunes después de que Nvidia anunciara que "
                        + "había invertido 1.000 millones de dólares en la empresa."),
                Arguments.of("it", "Le azioni di Databricks sono salite lunedì dopo che Nvidia ha annunciato di aver "
                        + "investito 1 miliardo di dollari nella società."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aReportedSubjectPronounStandsForTheReportingSubject(String language, String text) {
        assertOneDeal(language, text, "Databricks", "Nvidia", "1E9", "USD");
    }

    static Stream<Arguments> aCompanyNounNeverStandsForAGovernment() {
        return Stream.of(
                Arguments.of("en", "The Commerce Department cleared the $650 million offer of Nvidia for Databricks. "
                        + "Weeks later, the company led by Jensen Huang announced the purchase of Cohere for "
                        + "$300 million."),
                Arguments.of("es", "El Departamento de Comercio aprobó la propuesta de 650 millones de dólares "
                        + "de Nvidia por Databricks. Semanas después, la empresa dirigida por Jensen Huang hizo "
                        + "pública la compra de Cohere por 300 millones de dólares."),
                Arguments.of("it", "Il Dipartimento del Commercio ha approvato l'offerta da 650 milioni di dollari di "
                        + "Nvidia per Databricks. Qualche settimana dopo, la società guidata da Jensen Huang ha "
                        + "annunciato l'acquisto di Cohere per 300 milioni di dollari."),
                Arguments.of("fr", "Le département du Commerce a approuvé l'offre de 650 millions de dollars de Nvidia "
                        + "pour Databricks. Quelques semaines plus tard, la société dirigée par Jensen Huang a annoncé "
                        + "le rachat de Cohere pour 300 millions de dollars."),
                Arguments.of("de", "Das US-Handelsministerium genehmigte Nvidia den Kauf von Databricks. Der Konzern "
                        + "übernahm wenige Wochen später Cohere für 300 Millionen Dollar."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aCompanyNounNeverStandsForAGovernment(String language, String text) {
        String found = found(language, text);
        assertEquals("cohere <- nvidia 300000000 USD", found.replaceAll("^.*; ", ""), language + " \"" + text + "\"");
    }

    static Stream<Arguments> aDescriptionStandsForTheCompanyDescribedSoEarlier() {
        return Stream.of(
                Arguments.of("it", "Google tratta l'acquisto della startup di sicurezza Cohere. Il prezzo sarebbe vicino "
                        + "ai 20 miliardi di dollari. Le trattative sono ormai avanzate. Google in trattativa con Cohere. "
                        + "La startup di sicurezza, nata nel 2019, ha raccolto 900 milioni di dollari lo scorso marzo.",
                        "900E6"),
                Arguments.of("en", "Google is in talks to buy the security startup Cohere. The price would be near "
                        + "$20 billion. The talks are advanced. Google in talks with Cohere. The security startup, "
                        + "founded in 2019, raised $900 million last March.", "900E6"),
                Arguments.of("fr", "Google négocie le rachat de la start-up de sécurité Cohere. Le prix avoisinerait "
                        + "20 milliards de dollars. Les discussions sont avancées. Google en discussion avec Cohere. "
                        + "La start-up de sécurité, née en 2019, a levé 900 millions de dollars en mars dernier.",
                        "900E6"),
                Arguments.of("es", "Google negocia la compra de la startup de seguridad Cohere. El precio rondaría los "
                        + "20.000 millones de dólares. Las conversaciones están avanzadas. Google negocia con Cohere. "
                        + "La startup de seguridad, fundada en 2019, recaudó 900 millones de dólares el pasado marzo.",
                        "900E6"),
                Arguments.of("de", "Google verhandelt mit dem Start-up Cohere über eine Übernahme. Der Preis läge bei "
                        + "rund 20 Milliarden Dollar. Die Gespräche sind weit fortgeschritten. Google in Gesprächen mit "
                        + "Cohere. Das Start-up, gegründet 2019, sammelte im März 900 Millionen Dollar ein.", "900E6"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDescriptionStandsForTheCompanyDescribedSoEarlier(String language, String text, String amount) {
        assertOneDeal(language, text, "Cohere", null, amount, "USD");
    }

    static Stream<Arguments> aNameIntroducedByANounAfterAFrontedClauseIsTheTopic() {
        return Stream.of(
                Arguments.of("en", "Nvidia is the talk of the market. Nvidia keeps buying chips and Nvidia keeps hiring. "
                        + "Just weeks before Nvidia unveiled its new chip, it emerged that competitor Cohere had started "
                        + "talks with banks. In March the startup raised $500 million."),
                Arguments.of("it", "Nvidia è al centro del mercato. Nvidia continua a comprare chip e Nvidia continua ad "
                        + "assumere. Poche settimane prima che Nvidia presentasse il nuovo chip, si è saputo che la "
                        + "concorrente Cohere aveva avviato colloqui con le banche. A marzo la startup ha raccolto "
                        + "500 milioni di dollari."),
                Arguments.of("fr", "Nvidia est au centre du marché. Nvidia continue d'acheter des puces et Nvidia "
                        + "continue de recruter. Quelques semaines avant que Nvidia ne dévoile sa nouvelle puce, on a "
                        + "appris que son concurrent Cohere avait entamé des discussions avec des banques. En mars, la "
                        + "start-up a levé 500 millions de dollars."),
                Arguments.of("es", "Nvidia está en el centro del mercado. Nvidia sigue comprando chips y Nvidia sigue "
                        + "contratando. Pocas semanas antes de que Nvidia presentara su nuevo chip, se supo que su "
                        + "competidor Cohere había iniciado conversaciones con bancos. En marzo, la startup recaudó "
                        + "500 millones de dólares."),
                Arguments.of("de", "Nvidia steht im Zentrum des Marktes. Nvidia kauft weiter Chips und Nvidia stellt "
                        + "weiter ein. Wenige Wochen bevor Nvidia seinen neuen Chip vorstellte, wurde bekannt, dass "
                        + "Konkurrent Cohere Gespräche mit Banken begonnen hatte. Im März sammelte das Start-up "
                        + "500 Millionen Dollar ein."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameIntroducedByANounAfterAFrontedClauseIsTheTopic(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "500E6", "USD");
    }
}
