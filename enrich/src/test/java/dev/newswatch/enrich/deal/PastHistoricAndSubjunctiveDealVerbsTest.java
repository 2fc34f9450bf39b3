package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deal verbs in the tenses news uses less often than the present perfect, in sentences of our own: the past historic
 * of narration (Italian "acquisì", "raccolse", French "racheta", "reçut", Spanish "adquirió", German "kaufte",
 * English "bought"), the present subjunctive after "che" / "que" (Italian "che Meta compri", "che X acquisti",
 * Spanish "que X adquiera", German reported speech "kaufe"), gerunds with an amount right after them, and the
 * synonyms "mettere sul tavolo", "mettere le mani su", "rastrellare", "incamerare", "attrarre", "intascare",
 * "erogare" and the loan word "deal". Each is the same deal as in the present perfect.
 */
class PastHistoricAndSubjunctiveDealVerbsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Nel 2019 Salesforce acquisì Informatica per 8 miliardi di dollari.|Informatica|Salesforce|8E9",
        "it|Nel 2020 Apple comprò Silo AI per 900 milioni di dollari.|Silo AI|Apple|9E8",
        "it|Nel 2016 SoftBank pagò 32 miliardi di dollari per Arm.|Arm|SoftBank|32E9",
        "it|Nel 2022 Microsoft finanziò OpenAI con 10 miliardi di dollari.|OpenAI|Microsoft|10E9",
        "it|Nel 2018 Perplexity ricevette 200 milioni di dollari da Nvidia.|Perplexity|Nvidia|2E8",
        "fr|En 2019, Salesforce racheta Informatica pour 8 milliards de dollars.|Informatica|Salesforce|8E9",
        "fr|En 2016, SoftBank paya 32 milliards de dollars pour Arm.|Arm|SoftBank|32E9",
        "fr|En 2018, Perplexity reçut 200 millions de dollars de Nvidia.|Perplexity|Nvidia|2E8",
        "es|En 2019 Salesforce adquirió Informatica por 8.000 millones de dólares.|Informatica|Salesforce|8E9",
        "de|2019 kaufte Salesforce Informatica für 8 Milliarden Dollar.|Informatica|Salesforce|8E9",
        "en|In 2016 SoftBank paid $32 billion for Arm.|Arm|SoftBank|32E9"})
    void aDealToldInThePastHistoricIsTheSameDeal(String language, String text, String target, String investor,
                                                  String amount) {
        assertOneDeal(language, text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Nel 2021 Mistral AI raccolse 300 milioni di euro da General Catalyst.",
        "fr|En 2021, Mistral AI leva 300 millions d'euros auprès de General Catalyst.",
        "es|En 2021 Mistral AI recaudó 300 millones de euros de General Catalyst.",
        "en|In 2021 Mistral AI raised €300 million from General Catalyst."})
    void aRaiseToldInThePastHistoricIsTheSameRaise(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "General Catalyst", "3E8", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|È probabile che Qualcomm acquisisca Arm per 40 miliardi di dollari.|Arm|Qualcomm|40E9",
        "it|Si dice che Meta compri Scale AI per 14 miliardi di dollari.|Scale AI|Meta|14E9",
        "fr|Il est probable que Qualcomm rachète Arm pour 40 milliards de dollars.|Arm|Qualcomm|40E9",
        "es|Es probable que Qualcomm adquiera Arm por 40.000 millones de dólares.|Arm|Qualcomm|40E9",
        "es|Se espera que Salesforce compre Poolside por 9.000 millones de dólares.|Poolside|Salesforce|9E9",
        "es|Es posible que Nvidia invierta 2.000 millones de dólares en Poolside.|Poolside|Nvidia|2E9",
        "de|Es heißt, Qualcomm kaufe Arm für 40 Milliarden Dollar.|Arm|Qualcomm|40E9"})
    void aDealInTheSubjunctiveIsTheSameDeal(String language, String text, String target, String investor,
                                            String amount) {
        assertOneDeal(language, text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // "acquisti" after "che" and a name is the verb; the goods bought on a cloud pay the cloud
        "it|Il contratto prevede che OpenAI acquisti potenza di calcolo su CoreWeave per 20 miliardi di dollari entro "
            + "il 2029.|CoreWeave|OpenAI|20E9",
        "it|Il piano prevede che Oracle acquisti processori da Nvidia per 40 miliardi di dollari.|Nvidia|Oracle|40E9"})
    void goodsBoughtInTheSubjunctivePayTheSeller(String language, String text, String target, String investor,
                                                 String amount) {
        assertOneDeal(language, text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Salesforce ha messo sul tavolo 8 miliardi di dollari per Informatica.|Informatica|Salesforce|8E9",
        "it|Cohere ha rastrellato 500 milioni di dollari da Nvidia.|Cohere|Nvidia|5E8",
        "it|Poolside incamerò 500 milioni di dollari da Nvidia.|Poolside|Nvidia|5E8",
        "it|Cohere ha attratto 500 milioni di dollari da Nvidia.|Cohere|Nvidia|5E8",
        "it|Cohere ha intascato 500 milioni di dollari da Nvidia.|Cohere|Nvidia|5E8",
        "it|Nel 2024 Bpifrance ha erogato 500 milioni di dollari a Helsing.|Helsing|Bpifrance|5E8",
        "it|Microsoft ha messo le mani su Cohere per 650 milioni di dollari.|Cohere|Microsoft|6.5E8",
        "fr|Microsoft a mis la main sur Cohere pour 650 millions de dollars.|Cohere|Microsoft|6.5E8",
        "es|Microsoft se hizo con Cohere por 650 millones de dólares.|Cohere|Microsoft|6.5E8",
        // "deal", the English loan word, is a contract noun
        "it|OpenAI ha firmato un deal da 10 miliardi di dollari con Broadcom per i chip.|Broadcom|OpenAI|10E9",
        "it|Il deal tra OpenAI e Broadcom vale 10 miliardi di dollari.|Broadcom|OpenAI|10E9",
        // a gerund with an amount right after it raises; one followed by a seat on the board does not
        "it|Mistral AI ha chiuso l'anno ricevendo 600 milioni di dollari da General Catalyst.|Mistral AI"
            + "|General Catalyst|6E8",
        "it|Nvidia ha versato 2 miliardi di dollari in xAI, ottenendo un posto nel consiglio.|xAI|Nvidia|2E9"})
    void synonymsAndGerundsOfDealVerbsGiveTheDeal(String language, String text, String target, String investor,
                                                  String amount) {
        assertOneDeal(language, text, target, investor, amount, "USD");
    }
}
