package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money that belongs to no single company: a sum over many companies told with a plural company noun as the subject
 * ("European AI start-ups raised $8bn"), and a total over a market told with a funding noun and a verb of level
 * ("venture funding hit a record $330bn"). Both used to go to a company named near them. And a purchase whose buyer
 * is a person named in full ("Elon Musk bought X") has no company as buyer: not the one the sentence before is about.
 * Sentences of our own.
 */
class SumsOverManyCompaniesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Last year European AI start-ups raised $9 billion, with large rounds for Helsing (€450m) and Poolside ($700m).",
        "it|Nel 2024 le startup europee hanno raccolto 9 miliardi di euro, con round importanti per Helsing (450 milioni) e Poolside (700 milioni).",
        "fr|En 2024, les start-up européennes ont levé 9 milliards d'euros, avec de gros tours pour Helsing (450 millions) et Poolside (700 millions).",
        "es|En 2024 las startups europeas captaron 9.000 millones de euros, con grandes rondas para Helsing (450 millones) y Poolside (700 millones).",
        "de|Im Jahr 2024 sammelten europäische Start-ups 9 Milliarden Euro ein, mit großen Runden für Helsing (450 Millionen) und Poolside (700 Millionen)."})
    void aSumOverManyStartUpsIsNoDealOfTheOnesListed(String language, String text) {
        // the bracketed amounts stay the deals of their own names
        boolean dollars = text.contains("$700m");
        assertDeals(language, text, List.of(
                deal("Helsing", null, "450E6", "EUR"),
                deal("Poolside", null, "700E6", dollars ? "USD" : "EUR")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside trains models for code. Global venture funding hit a record $310 billion in the first quarter.",
        "it|Poolside addestra modelli. Gli investimenti in venture capital hanno toccato quota 310 miliardi di dollari nel trimestre.",
        "fr|Poolside entraîne des modèles. Les levées de fonds ont atteint 310 milliards de dollars au premier trimestre.",
        "es|Poolside entrena modelos. La inversión de capital riesgo alcanzó los 310.000 millones de dólares en el trimestre.",
        "de|Poolside trainiert Modelle. Das Risikokapital stieg im ersten Quartal auf 310 Milliarden Dollar."})
    void aMarketTotalIsNoDealOfTheCompanyBefore(String language, String text) {
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce bought Informatica for $8 billion. In 2023 David Marlow bought Ampere for $3 billion.",
        "fr|Salesforce a racheté Informatica pour 8 milliards de dollars. En 2023, David Marlow a racheté Ampere pour 3 milliards de dollars.",
        "it|Salesforce ha comprato Informatica per 8 miliardi di dollari. Nel 2023 David Marlow ha comprato Ampere per 3 miliardi di dollari.",
        "es|Salesforce compró Informatica por 8.000 millones de dólares. En 2023 David Marlow compró Ampere por 3.000 millones de dólares."})
    void aPersonWhoBuysIsNotTheCompanyBefore(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Informatica", "Salesforce", "8E9", "USD"),
                deal("Ampere", null, "3E9", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside raised $700 million from SoftBank.|Poolside|SoftBank|700E6|USD",
        "en|New funding for Poolside from SoftBank came to $700 million.|Poolside|SoftBank|700E6|USD",
        "de|Poolside sammelte 700 Millionen Euro ein.|Poolside||700E6|EUR",
        "it|Poolside ha raccolto 700 milioni di euro.|Poolside||700E6|EUR"})
    void oneCompanysRaiseStaysADeal(String language, String text, String target, String investor, String amount,
                                    String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Salesforce ha venduto la sua quota di Informatica. Il prezzo include un pagamento condizionale di 300 milioni di dollari legato a obiettivi.",
        "it|Intesa investe in Poolside e mette a disposizione delle PMI 150 milioni di euro.",
        "fr|Poolside a pour l'instant récolté 1,5 milliard de dollars.",
        "es|Poolside ha obtenido hasta el momento 1.500 millones de dólares.",
        "en|Poolside has raised $1.5 billion thus far."})
    void aConditionalPartOfAPriceACreditLineForManyAndATotalSoFarAreNoDeals(String language, String text) {
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a sum split among rivals of a known company, the company only naming whom they rival
        "en|This month investors have put $600m into two Databricks rivals.",
        "en|Venture firms have put $900m into three chip challengers of Nvidia."})
    void aSumOverRivalsIsNoDealOfTheCompanyTheyChallenge(String language, String text) {
        // Given a sum over several companies named only through a known one, When read, Then no deal
        assertDeals(language, text, List.of());
    }
}
