package dev.newswatch.enrich.deal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contract whose two sides are named together as its subject ("A and B signed a deal of N"), one of them a fund or a
 * government and the other a company: the fund or the government pays the company, in whichever order the two are
 * named. Two companies named so still say nothing of who pays. Sentences of our own in the five languages; the entity
 * types are the shipped table's (funds and governments only invest).
 */
class FunderOfAContractPairTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Index Ventures and Helsing signed a €420 million agreement for two test sites.",
        "it|Index Ventures e Helsing hanno firmato un accordo da 420 milioni di euro per due siti di prova.",
        "it|Helsing e Index Ventures hanno ufficializzato un'intesa del valore di 420 milioni di euro.",
        "es|Index Ventures y Helsing han firmado un acuerdo de 420 millones de euros para dos sitios de prueba.",
        "es|Helsing e Index Ventures sellaron un acuerdo por valor de 420 millones de euros.",
        "fr|Index Ventures et Helsing ont signé un accord de 420 millions d'euros pour deux sites d'essai.",
        "de|Index Ventures und Helsing haben eine Vereinbarung über 420 Millionen Euro für zwei Testgelände "
            + "unterzeichnet."})
    void aFundNamedTogetherWithACompanyPaysIt(String language, String text) {
        DealCases.assertFound(language, text, "helsing <- index 420000000 EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Samsung and the Commerce Department struck a $4 billion agreement on a chip line in Texas.",
        "it|Samsung e il Dipartimento del Commercio hanno siglato un'intesa da 4 miliardi di dollari per una "
            + "linea di chip in Texas.",
        "es|Samsung y el Departamento de Comercio firmaron un acuerdo de 4.000 millones de dólares para una "
            + "línea de chips en Texas.",
        "fr|Samsung et le département du Commerce ont conclu un accord de 4 milliards de dollars pour une "
            + "ligne de puces au Texas.",
        "de|Samsung und das US-Handelsministerium haben eine Vereinbarung über 4 Milliarden Dollar geschlossen."})
    void aGovernmentNamedTogetherWithACompanyPaysIt(String language, String text) {
        DealCases.assertFound(language, text, "samsung <- commerce 4000000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Samsung and Apple signed a $4 billion agreement on Friday.",
        "it|Samsung e Apple hanno firmato un'intesa da 4 miliardi di dollari.",
        "es|Samsung y Apple firmaron un acuerdo de 4.000 millones de dólares.",
        "fr|Samsung et Apple ont signé un accord de 4 milliards de dollars.",
        "de|Samsung und Apple haben eine Vereinbarung über 4 Milliarden Dollar unterzeichnet."})
    void twoCompaniesNamedTogetherDoNotSayWhoPays(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}
