package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deal verbs in every tense, person and participle, not only the ones seen in the news read so far, in
 * sentences of our own: the imperfect ("achetait", "recueillait"), the conditional ("rachèterait",
 * "acquerrait"), the future ("obtiendra", "amassera"), the simple past ("acquit"), agreed participles, passive
 * auxiliaries of the recent past ("vient d'être rachetée"), and deal nouns of the same verbs ("une prise de
 * contrôle", "une augmentation de capital"); the verbs of a round's lead likewise ("a dirigé le tour", "pilotait
 * cette levée", "aurait conduit l'opération"), and those of an investor joining a round ("participait au tour",
 * "prendrait part au tour"). French is the language whose words were completed so far; the other four languages'
 * leads are shown in their usual tense.
 */
class DealVerbTensesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Oracle achetait en mai la société Ampere pour 1,3 milliard de dollars.|Ampere|Oracle|1.3E9|USD",
        "fr|Selon la presse, Qualcomm rachèterait Arm pour 42 milliards de dollars.|Arm|Qualcomm|42E9|USD",
        "fr|Salesforce acquerrait Informatica pour 7 milliards de dollars.|Informatica|Salesforce|7E9|USD",
        "fr|En juin, SAP acquit Ampere pour 900 millions d'euros.|Ampere|SAP|9E8|EUR",
        "fr|Meta injectait 3 milliards de dollars dans Scale AI en avril.|Scale AI|Meta|3E9|USD"})
    void aPurchaseOrAPaymentInAnyTenseIsADeal(String language, String text, String target, String investor,
                                             String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Poolside obtiendra 450 millions de dollars lors de ce nouveau tour.|Poolside|450E6|USD",
        "fr|Helsing recueillait 350 millions d'euros en novembre.|Helsing|350E6|EUR",
        "fr|Cohere amassera 280 millions de dollars cette année.|Cohere|280E6|USD",
        "fr|Black Forest Labs glanait 120 millions de dollars au printemps.|Black Forest Labs|120E6|USD",
        "fr|Mistral AI annonce une augmentation de capital de 640 millions d'euros.|Mistral AI|640E6|EUR"})
    void aRaiseInAnyTenseIsTheRaiseOfItsSubject(String language, String text, String target, String amount,
                                               String currency) {
        assertOneDeal(language, text, target, null, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Silo AI vient d'être rachetée par AMD pour 610 millions de dollars.|Silo AI|AMD|610E6|USD",
        "fr|Run:ai avait été achetée par Nvidia pour 750 millions de dollars.|Run:ai|Nvidia|750E6|USD",
        "fr|La prise de contrôle de VMware par Broadcom, pour 65 milliards de dollars, est bouclée.|VMware|Broadcom"
            + "|65E9|USD"})
    void aPassiveOrANounOfAPurchaseNamesTheBuyerAfterItsAgentWord(String language, String text, String target,
                                                                 String investor, String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Poolside a levé 450 millions de dollars. Sequoia Capital a dirigé le tour.|450E6|USD",
        "fr|Poolside a levé 450 millions de dollars. Sequoia Capital pilotait cette levée.|450E6|USD",
        "fr|Poolside a levé 450 millions de dollars. Sequoia Capital aurait conduit l'opération.|450E6|USD",
        "fr|Poolside lèvera 450 millions de dollars. Sequoia Capital mènera ce nouveau tour.|450E6|USD",
        "fr|Poolside a levé 450 millions de dollars, un tour dirigé par Sequoia Capital.|450E6|USD",
        "en|Poolside raised $450 million. Sequoia Capital led the round.|450E6|USD",
        "it|Poolside ha raccolto 450 milioni di dollari. Sequoia Capital ha guidato il round.|450E6|USD",
        "es|Poolside recaudó 450 millones de dólares. Sequoia Capital lideró la ronda.|450E6|USD",
        "de|Poolside hat 450 Millionen Dollar eingesammelt. Sequoia Capital führte die Runde an.|450E6|USD"})
    void theLeadOfARoundIsNamedWithItsVerbInAnyTense(String language, String text, String amount, String currency) {
        assertOneDeal(language, text, "Poolside", "Sequoia Capital", amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Thrive Capital, le fonds de Josh Kushner, pilotait un tour de table de 70 millions de dollars pour "
            + "Poolside.|Poolside|Thrive Capital|70E6",
        "fr|Thrive Capital, le fonds de Josh Kushner, dirigera un tour de table de 70 millions de dollars pour "
            + "Poolside.|Poolside|Thrive Capital|70E6",
        "fr|Nvidia prendrait part au tour de table de 3 milliards de dollars que xAI est en train de boucler."
            + "|xAI|Nvidia|3E9",
        "fr|Nvidia participait au tour de table de 3 milliards de dollars que xAI était en train de boucler.|xAI"
            + "|Nvidia|3E9"})
    void anInvestorJoiningARoundInAnyTensePaysIt(String language, String text, String target, String investor,
                                                String amount) {
        assertOneDeal(language, text, target, investor, amount, "USD");
    }
}
