package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sale noun names the one sold after "of" and the buyer after "to" ("the sale of X to Y for N": Y buys X). German
 * writes "to" with the word it also uses for "in" ("der Verkauf von X an Y"), so there the buyer is the name after
 * the one sold that "an" opens, also behind an article and a description ("an den US-Konzern Y"), and after a
 * seller named with "durch" or as the subject ("X verkaufte Y für N an Z"; de.yml's TO marker, not after a stake noun).
 * (The verb at the end, "X hat Y für N an Z verkauft", is not read so yet.)
 */
class SaleToBuyerTest {

    static Stream<Arguments> theNameAfterToBuysTheOneSold() {
        return Stream.of(
                Arguments.of("de", "Der Verkauf von Poolside an Salesforce für 900 Millionen Dollar soll bis Jahresende "
                        + "abgeschlossen sein."),
                Arguments.of("de", "Der Verkauf des Münchner Start-ups Poolside an den US-Konzern Salesforce für 900 "
                        + "Millionen Dollar überrascht die Branche."),
                Arguments.of("de", "Mit dem Verkauf von Poolside an Salesforce für 900 Millionen Dollar endet eine "
                        + "lange Suche."),
                Arguments.of("en", "The sale of Poolside to Salesforce for $900 million surprised the industry."),
                Arguments.of("it", "La vendita di Poolside a Salesforce per 900 milioni di dollari ha sorpreso il "
                        + "settore."),
                // the seller named too: "durch A" before "an", or the seller as the subject of the verb
                Arguments.of("de", "Der Verkauf von Poolside durch SAP an Salesforce für 900 Millionen Dollar überrascht "
                        + "die Branche."),
                Arguments.of("de", "SAP verkaufte Poolside für 900 Millionen Dollar an Salesforce."),
                Arguments.of("de", "SAP verkauft Poolside an Salesforce für 900 Millionen Dollar."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterToBuysTheOneSold(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Salesforce", "9E8", "USD");
    }

    static Stream<Arguments> aStakeSoldInACompanyHasNoBuyerFromIn() {
        return Stream.of(
                Arguments.of("de", "Der Verkauf von Anteilen an Poolside für 900 Millionen Dollar wurde am Montag "
                        + "bekannt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aStakeSoldInACompanyHasNoBuyerFromIn(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "9E8", "USD");
    }
}
