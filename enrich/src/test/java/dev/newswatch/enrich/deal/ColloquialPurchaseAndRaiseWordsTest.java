package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words of news that buy a company or raise money, colloquial or plain, that the lexicons lacked: French "avale",
 * "croque", "reprend X pour N"; Spanish "se lleva X por N", "ficha a X por N", "X pasa a manos de Y por N", "apuesta
 * por X con N"; Italian "conquista X per N" and "conquista N", "capitalizza N", "entra in X con N", "porta X sotto il
 * controllo di Y"; German "nimmt N ein", "akquiriert N" (money as the object), "kann sich über N freuen", "greift für
 * N nach X"; French "a finalisé hier soir un tour de N". The words that buy need a price after "pour", "por" or "per", so that "l'action reprend 3 %" and "ficha a un
 * delantero" stay no deal of a company.
 */
class ColloquialPurchaseAndRaiseWordsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Salesforce avale Cohere pour 800 millions de dollars.|Cohere|Salesforce|800E6|USD",
        "fr|Oracle croque la start-up Cohere pour 90 millions d'euros.|Cohere|Oracle|90E6|EUR",
        "fr|Le groupe Intel reprend Cohere pour 400 millions de dollars.|Cohere|Intel|400E6|USD",
        "es|Oracle se lleva Cohere por 300 millones de dólares.|Cohere|Oracle|300E6|USD",
        "es|Salesforce ficha a Cohere por 120 millones de euros.|Cohere|Salesforce|120E6|EUR",
        "es|Cohere pasa a manos de Oracle por 700 millones de euros.|Cohere|Oracle|700E6|EUR",
        "es|SoftBank apuesta por Cohere con 25 millones de euros.|Cohere|SoftBank|25E6|EUR",
        "it|Oracle conquista Cohere per 700 milioni di dollari.|Cohere|Oracle|700E6|USD",
        "it|SoftBank entra in Cohere con 30 milioni di euro.|Cohere|SoftBank|30E6|EUR",
        "it|La transazione, del valore di 2,7 miliardi di euro, porta Cohere sotto il controllo di Oracle.|Cohere|Oracle"
                + "|2.7E9|EUR",
        "de|Oracle akquiriert Cohere für 300 Millionen Dollar.|Cohere|Oracle|300E6|USD",
        "de|Salesforce greift für 900 Millionen Dollar nach Cohere.|Cohere|Salesforce|900E6|USD"})
    void shouldReadTheBuyerAndTheCompanyBought(String language, String text, String target, String investor,
                                              String amount, String currency) {
        // Given a purchase or an investment told with one of the words
        // When / Then
        assertOneDeal(language, text, target, investor, new BigDecimal(amount).toPlainString(), currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Cohere conquista 60 milioni di euro.|Cohere|60E6|EUR",
        "it|Cohere capitalizza 45 milioni di euro con la serie B.|Cohere|45E6|EUR",
        "de|Cohere nimmt 70 Millionen Euro ein.|Cohere|70E6|EUR",
        "de|Cohere akquiriert 45 Millionen Euro bei Investoren.|Cohere|45E6|EUR",
        "de|Cohere darf sich über 25 Millionen Euro freuen.|Cohere|25E6|EUR",
        // a closing verb a few words before "un tour", an apposition between the noun and its amount
        "fr|La start-up Cohere a finalisé hier soir un tour de 30 millions d'euros.|Cohere|30E6|EUR",
        "fr|Cohere a annoncé avoir bouclé un tour, le deuxième, d'un montant de 12 millions d'euros.|Cohere|12E6|EUR"})
    void shouldReadTheRaise(String language, String text, String target, String amount, String currency) {
        // Given money the company takes in, told with one of the words
        // When / Then
        assertOneDeal(language, text, target, null, new BigDecimal(amount).toPlainString(), currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Après une séance difficile, l'action reprend 3 % à 40 euros.",
        "es|El Real Madrid ficha a un delantero por 80 millones de euros.",
        "es|El fondo apuesta por la inteligencia artificial con un plan de 25 millones de euros.",
        "it|La squadra conquista 3 punti e sale al 4% di share.",
        "de|Der Konzern nimmt 3 Prozent seiner Mitarbeiter in ein neues Programm ein."})
    void shouldFindNoDealOfACompany(String language, String text) {
        // Given the same words with no company bought or paid
        // When / Then
        assertTrue(extract(language, text).isEmpty(), language + " \"" + text + "\"");
    }
}
