package dev.newswatch.enrich.deal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French state written with an unaccented capital ("l'Etat", as much of the press writes "É") is the state as a
 * payer, as "l'État" is: public money a company receives is paid by it, whether named in the clause or in a sentence
 * before ("La subvention de l'Etat ... X va recevoir N d'aides publiques"). French only: the other languages write
 * their word for the state without an accent. Sentences of our own.
 */
class StateWrittenWithoutItsAccentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "L'Etat accorde une aide de 3,4 milliards d'euros à Intel pour sa nouvelle usine près de Grenoble.",
        "L'Etat va verser 3,4 milliards d'euros de subventions à Intel.",
        "La subvention de l'Etat pour une usine a été validée lundi. Intel va ainsi recevoir 3,4 milliards d'euros "
                + "d'aides publiques.",
        "La subvention de l'État pour une usine a été validée lundi. Intel va ainsi recevoir 3,4 milliards d'euros "
                + "d'aides publiques."})
    void theUnaccentedStatePaysThePublicMoney(String text) {
        DealCases.assertFound("fr", text, "intel <- french-government 3400000000 EUR");
    }
}
