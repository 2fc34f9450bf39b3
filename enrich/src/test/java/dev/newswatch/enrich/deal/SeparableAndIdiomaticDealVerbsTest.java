package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deal verbs and nouns written in every form the press uses, not only the ones seen in excerpts (docs/EXTRACTION.md,
 * session 18): separable verbs whose particle closes the clause ("wirbt ... ein", "nimmt ... auf", "schießt ... zu"),
 * idioms of raising money ("zieht ... an Land", "kassiert"), past tenses and participles of buying verbs ("schluckte",
 * "einverleibt", "akquiriert" in the passive, "erstanden"), "sagt ... zu", "heimst ... ein", the synonyms
 * "veräußert" and "stößt ... ab" of "verkauft", reflexive verbs closing a subordinate clause ("das sich N sicherte",
 * "das sich X schnappte") and the nouns of a purchase or a round ("Akquisition",
 * "Anschlussfinanzierung", "Kapitalerhöhung"). These verbs exist in German only. Sentences of our own.
 */
class SeparableAndIdiomaticDealVerbsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Das Münchner Start-up Helsing kassiert 450 Millionen Euro.",
        "Helsing zieht in einer neuen Runde 450 Millionen Euro an Land.",
        "Helsing hat von Investoren 450 Millionen Euro an Land gezogen.",
        "Helsing wirbt bei Investoren 450 Millionen Euro ein.",
        "Helsing nimmt bei Investoren weitere 450 Millionen Euro auf.",
        "Helsing nahm im Mai 450 Millionen Euro auf.",
        "Helsing streicht von Investoren 450 Millionen Euro ein.",
        "Helsing schließt eine Anschlussfinanzierung über 450 Millionen Euro ab.",
        "Helsing hat eine Kapitalerhöhung von 450 Millionen Euro abgeschlossen.",
        // a reflexive verb at the end of a relative clause, its "sich" before the amount
        "Zu den größten Runden gehört Helsing, das sich im Juni 450 Millionen Euro sicherte.",
        "Helsing heimst bei Investoren 450 Millionen Euro ein.",
        "Helsing hat von Investoren 450 Millionen Euro eingeheimst."})
    void aCompanyRaisesWithASeparableVerbAnIdiomOrAKindOfFunding(String text) {
        assertOneDeal("de", text, "Helsing", null, "450E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAP schießt dem Start-up Aleph Alpha 450 Millionen Euro zu.",
        "SAP hat dem Start-up Aleph Alpha im Mai 450 Millionen Euro zugeschossen.",
        "SAP sagt dem Start-up Aleph Alpha 450 Millionen Euro zu.",
        "Aleph Alpha profitiert von SAP, das dem Start-up im Mai 450 Millionen Euro zusagte."})
    void aCompanyThatAddsOrCommitsMoneyWithASeparableVerbPays(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "450E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Der Softwarekonzern Salesforce schluckte im März den Rivalen Informatica für 9 Milliarden Euro.",
        "Salesforce hat sich den Rivalen Informatica für 9 Milliarden Euro einverleibt.",
        "Salesforce verleibt sich den Rivalen Informatica für 9 Milliarden Euro ein.",
        "Die Akquisition von Informatica durch Salesforce für 9 Milliarden Euro ist abgeschlossen.",
        "Informatica wurde im März von Salesforce für 9 Milliarden Euro akquiriert.",
        "Informatica ist von Salesforce für 9 Milliarden Euro aufgekauft worden.",
        "Salesforce, das sich im Mai Informatica für 9 Milliarden Euro schnappte, baut seine Datensparte aus.",
        "Salesforce hat Informatica für 9 Milliarden Euro erstanden.",
        "Salesforce hat im März Informatica für 9 Milliarden Euro zugekauft."})
    void aBuyingVerbInAnyTenseOrVoiceOrItsNounMakesTheBuyerPay(String text) {
        assertOneDeal("de", text, "Informatica", "Salesforce", "9E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "nimmt" and "streicht" without their particle at the end of the clause are no deal verbs
        "Helsing nimmt Kurs auf einen Umsatz von 450 Millionen Euro.",
        "Helsing streicht 450 Stellen in einem Werk, das 450 Millionen Euro Umsatz macht.",
        "Helsing sagte für die Messe zu, der Umsatz lag bei 450 Millionen Euro."})
    void aVerbWhoseParticleDoesNotCloseTheClauseGivesNoDeal(String text) {
        assertEquals(0, DealCases.extract("de", text).size(), text);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce verkauft seine Beteiligung an Informatica für 9 Milliarden Euro.|"
            + "Salesforce veräußert seine Beteiligung an Informatica für 9 Milliarden Euro.",
        "Salesforce verkauft seine Beteiligung an Informatica für 9 Milliarden Euro.|"
            + "Salesforce stößt seine Beteiligung an Informatica für 9 Milliarden Euro ab.",
        "Der Verkauf von Informatica an SAP für 9 Milliarden Euro ist abgeschlossen.|"
            + "Die Veräußerung von Informatica an SAP für 9 Milliarden Euro ist abgeschlossen."})
    void aSynonymOfSellingReadsAsVerkaufen(String withVerkaufen, String withSynonym) {
        String expected = DealCases.summary(DealCases.extract("de", withVerkaufen));
        assertEquals(expected, DealCases.summary(DealCases.extract("de", withSynonym)), withSynonym);
        assertEquals(1, DealCases.extract("de", withSynonym).size(), withSynonym);
    }
}
