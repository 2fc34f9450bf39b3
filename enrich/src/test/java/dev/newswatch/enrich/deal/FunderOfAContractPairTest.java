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
        "en|Sequoia and Mistral signed a €500 million agreement for new computing centres.",
        "it|Sequoia e Mistral hanno firmato un accordo da 500 milioni di euro per nuovi centri di calcolo.",
        "it|Mistral e Sequoia hanno ufficializzato un'intesa del valore di 500 milioni di euro.",
        "es|Sequoia y Mistral han firmado un acuerdo de 500 millones de euros para nuevos centros de cálculo.",
        "es|Mistral y Sequoia sellaron un acuerdo por valor de 500 millones de euros.",
        "fr|Sequoia et Mistral ont signé un accord de 500 millions d'euros pour de nouveaux centres de calcul.",
        "de|Sequoia und Mistral haben eine Vereinbarung über 500 Millionen Euro für neue Rechenzentren unterzeichnet."})
    void aFundNamedTogetherWithACompanyPaysIt(String language, String text) {
        DealCases.assertFound(language, text, "mistral <- sequoia 500000000 EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Intel and the Commerce Department struck a $3 billion agreement on a new plant.",
        "it|Intel e il Dipartimento del Commercio hanno siglato un accordo da 3 miliardi di dollari per un "
            + "nuovo impianto.",
        "es|Intel y el Departamento de Comercio firmaron un acuerdo de 3.000 millones de dólares para una "
            + "nueva planta.",
        "fr|Intel et le département du Commerce ont conclu un accord de 3 milliards de dollars pour une "
            + "nouvelle usine.",
        "de|Intel und das US-Handelsministerium haben eine Vereinbarung über 3 Milliarden Dollar geschlossen."})
    void aGovernmentNamedTogetherWithACompanyPaysIt(String language, String text) {
        DealCases.assertFound(language, text, "intel <- commerce 3000000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Intel and Meta signed a $3 billion agreement on Tuesday.",
        "it|Intel e Meta hanno firmato un accordo da 3 miliardi di dollari.",
        "es|Intel y Meta firmaron un acuerdo de 3.000 millones de dólares.",
        "fr|Intel et Meta ont signé un accord de 3 milliards de dollars.",
        "de|Intel und Meta haben eine Vereinbarung über 3 Milliarden Dollar unterzeichnet."})
    void twoCompaniesNamedTogetherDoNotSayWhoPays(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}
