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
        "L'Etat accorde une aide de 2,9 milliards d'euros à Samsung pour son usine de Crolles.",
        "L'Etat va verser 2,9 milliards d'euros de subventions à Samsung.",
        "La subvention de l'Etat pour une usine a été validée lundi. Samsung va ainsi recevoir 2,9 milliards d'euros "
                + "d'aides publiques.",
        "La subvention de l'État pour une usine a été validée lundi. Samsung va ainsi recevoir 2,9 milliards d'euros "
                + "d'aides publiques."})
    void theUnaccentedStatePaysThePublicMoney(String text) {
        DealCases.assertFound("fr", text, "samsung <- french-government 2900000000 EUR");
    }
}
