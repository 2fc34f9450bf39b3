package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A raise whose clause names no company belongs to the company of the sentences before, when only a few words stand
 * before its verb (more make it a sum over many: "las empresas del sector captaron N"). A phrase of time that opens the
 * clause ("Ya durante el último trimestre obtuvo") is no subject and its words do not count; the lexicon lists
 * such phrases under {@code timePhrases} (Spanish and Italian, the two null-subject languages: "Lo scorso agosto ha
 * raccolto N", "Solo nel mese di agosto ha raccolto N"). English, French and German name the subject with a pronoun
 * and read as before, with no list (docs/EXTRACTION.md, session 21). Sentences of our own.
 */
class TimePhraseBeforeALeftOutSubjectTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Helsing es una start-up de defensa. Ya durante el último trimestre de 2024 levantó 450 millones de euros.",
        "es|Helsing es una start-up de defensa. El año pasado captó 450 millones de euros.",
        "es|Helsing es una start-up de defensa. A finales de 2024 obtuvo 450 millones de euros.",
        "it|Helsing è una start-up della difesa. Ad agosto ha raccolto 450 milioni di euro.",
        "it|Helsing è una start-up della difesa. Lo scorso agosto ha raccolto 450 milioni di euro.",
        "it|Helsing è una start-up della difesa. Solo nel mese di agosto del 2024 ha raccolto 450 milioni di euro.",
        "it|Helsing è una start-up della difesa. Già nell'ultimo trimestre ha ottenuto 450 milioni di euro.",
        "en|Helsing is a defence start-up. In August alone it raised €450 million.",
        "fr|Helsing est une start-up de défense. Le mois dernier, elle a levé 450 millions d'euros.",
        "en|Helsing is a defence start-up. Last August it raised €450 million.",
        "fr|Helsing est une start-up de défense. En août dernier, elle a levé 450 millions d'euros.",
        "de|Helsing ist ein Rüstungs-Start-up. Im vergangenen August sammelte es 450 Millionen Euro ein."})
    void theRaiseAfterAPhraseOfTimeIsTheCompanyBefore(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "450E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a plural subject of many words is still a sum over many companies
        "es|Helsing es una start-up de defensa. Las empresas del sector captaron 450 millones de euros.",
        "it|Helsing è una start-up della difesa. Le aziende del settore hanno raccolto 450 milioni di euro."})
    void aSubjectOfManyWordsIsStillNoLeftOutSubject(String language, String text) {
        assertEquals(0, DealCases.extract(language, text).size(), text);
    }
}
