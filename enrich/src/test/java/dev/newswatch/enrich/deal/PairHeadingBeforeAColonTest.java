package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round-up line headed by the two sides before a colon ("Microsoft and Nebius: Microsoft agreed a $17bn contract
 * with Nebius", "Meta y CoreWeave: Meta firmó...", "Nvidia e OpenAI: Nvidia investirà..."): the subject is the one
 * named after the colon, not the first name of the heading, which the heading joins to another and so left no payer.
 * A clause before a colon is no heading: its subject stays the subject after it. Sentences of our own.
 */
class PairHeadingBeforeAColonTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle and Cohere: Oracle agreed a $9 billion contract with Cohere for data centres.|USD",
        "it|Oracle e Cohere: Oracle ha firmato con Cohere un contratto da 9 miliardi di euro.|EUR",
        "fr|Oracle et Cohere : Oracle a signé avec Cohere un contrat de 9 milliards d'euros.|EUR",
        "es|Oracle y Cohere: Oracle firmó un contrato por 9.000 millones de euros con Cohere.|EUR",
        "de|Oracle und Cohere: Oracle hat mit Cohere einen Vertrag über 9 Milliarden Euro geschlossen.|EUR"})
    void theSubjectAfterThePairHeadingPays(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Oracle", "9E9", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Nvidia y Cohere: Nvidia planea invertir hasta 9.000 millones de dólares en Cohere.",
        "it|Nvidia continua a crescere: ha investito 9 miliardi di dollari in Cohere e in altre società."})
    void anInvestorNamedAfterOrBeforeAColonPays(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "9E9", "USD");
    }
}
