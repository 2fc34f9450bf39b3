package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lead of a round told in a later sentence whose subject is the round, in the passive (docs/EXTRACTION.md, session
 * 18): "The round was led by X". German closes the clause with the participle after the agent ("Die Runde wurde von X
 * angeführt"), an apposition may come between, and the verb may be "geleitet" or "getragen"; the agent of a passive
 * whose subject is no round is no lead. Sentences of our own.
 */
class RoundLedByAPassiveAgentTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing raised €600 million this spring. The round was led by General Catalyst.",
        "fr|Helsing a levé 600 millions d'euros ce printemps. Le tour a été mené par General Catalyst.",
        "it|Helsing ha raccolto 600 milioni di euro in primavera. Il round è stato guidato da General Catalyst.",
        "es|Helsing recaudó 600 millones de euros en primavera. La ronda fue liderada por General Catalyst.",
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. Die Runde wurde von General Catalyst angeführt.",
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. Die Finanzierungsrunde wurde im April von "
            + "General Catalyst, einem Wagniskapitalgeber aus Boston, angeführt.",
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. Die Runde ist von General Catalyst angeführt "
            + "worden.",
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. Die Finanzierungsrunde wird von General Catalyst "
            + "geleitet.",
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. General Catalyst leitete die Runde."})
    void theAgentOfAPassiveWhoseSubjectIsTheRoundLeadsIt(String language, String text) {
        assertOneDeal(language, text, "Helsing", "General Catalyst", "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. Das neue Werk in Ulm wird von SAP geleitet.",
        "de|Helsing hat im Frühjahr 600 Millionen Euro eingesammelt. Die Rangliste der Start-ups wird von Cohere "
            + "angeführt."})
    void theAgentOfAPassiveWhoseSubjectIsNoRoundIsNoLead(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "600E6", "EUR");
    }
}
