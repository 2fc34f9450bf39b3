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
        "en|Salesforce granted Cohere a loan of $200 million last year.|USD",
        "en|In March, Salesforce also extended a $200 million credit line to Cohere.|USD",
        "it|Salesforce ha concesso a Cohere un prestito da 200 milioni di euro.|EUR",
        "it|Salesforce ha erogato a Cohere un finanziamento da 200 milioni di euro per i data center.|EUR",
        "fr|Salesforce a accordé à Cohere un prêt de 200 millions d'euros.|EUR",
        "fr|Salesforce a octroyé à Cohere un financement de 200 millions d'euros l'an dernier.|EUR",
        "es|Salesforce concedió a Cohere un préstamo de 200 millones de euros.|EUR",
        "es|Salesforce otorgó una línea de crédito de 200 millones de euros a Cohere.|EUR",
        "de|Zudem gewährte Salesforce Cohere im Mai eine Finanzierung in Höhe von 200 Millionen Euro.|EUR",
        "de|Salesforce vergab an Cohere ein Darlehen über 200 Millionen Euro.|EUR"})
    void theLenderPaysTheLoanItGrants(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Salesforce", "200E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere secured a $200 million loan from Salesforce.|USD",
        "it|Cohere ha ottenuto un prestito da 200 milioni di euro da Salesforce.|EUR",
        "fr|Cohere a obtenu un prêt de 200 millions d'euros auprès de Salesforce.|EUR",
        "es|Cohere obtuvo un préstamo de 200 millones de euros de Salesforce.|EUR",
        "de|Cohere hat von Salesforce einen Kredit über 200 Millionen Euro erhalten.|EUR"})
    void aLoanTakenFromALenderKeepsItsReading(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Salesforce", "200E6", currency);
    }
}
