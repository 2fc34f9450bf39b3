package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lender that grants a loan pays it ("X granted Y a $200m loan", "X ha concesso a Y un prestito di N", "X a accordé
 * à Y un prêt de N", "X concedió a Y un préstamo de N", "X gewährte Y einen Kredit über N"): the verb that grants the
 * loan tells the deal, not the loan noun, whose subject would be read as the borrower. A loan taken from a lender
 * keeps its reading. Sentences of our own in the five languages.
 */
class LoanGrantedByALenderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|SAP granted Helsing a loan of $150 million last year.|USD",
        "en|In March, SAP also extended a $150 million credit line to Helsing.|USD",
        "it|SAP ha concesso a Helsing un prestito da 150 milioni di euro.|EUR",
        "it|SAP ha erogato a Helsing un finanziamento da 150 milioni di euro per i data center.|EUR",
        "fr|SAP a accordé à Helsing un prêt de 150 millions d'euros.|EUR",
        "fr|SAP a octroyé à Helsing un financement de 150 millions d'euros l'an dernier.|EUR",
        "es|SAP concedió a Helsing un préstamo de 150 millones de euros.|EUR",
        "es|SAP otorgó este año una línea de crédito de 150 millones de euros a Helsing.|EUR",
        "de|Zudem gewährte SAP Helsing im Mai eine Finanzierung in Höhe von 150 Millionen Euro.|EUR",
        "de|SAP vergab an Helsing ein Darlehen über 150 Millionen Euro.|EUR"})
    void theLenderPaysTheLoanItGrants(String language, String text, String currency) {
        assertOneDeal(language, text, "Helsing", "SAP", "150E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing secured a $150 million loan from SAP.|USD",
        "it|Helsing ha ottenuto un prestito da 150 milioni di euro da SAP.|EUR",
        "fr|Helsing a obtenu un prêt de 150 millions d'euros auprès de SAP.|EUR",
        "es|Helsing obtuvo un préstamo de 150 millones de euros de SAP.|EUR",
        "de|Helsing hat von SAP einen Kredit über 150 Millionen Euro erhalten.|EUR"})
    void aLoanTakenFromALenderKeepsItsReading(String language, String text, String currency) {
        assertOneDeal(language, text, "Helsing", "SAP", "150E6", currency);
    }
}
