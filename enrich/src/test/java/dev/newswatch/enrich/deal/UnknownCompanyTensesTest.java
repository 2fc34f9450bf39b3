package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company the entity table does not know ("Quellor"), in the tenses and voices news uses most: German perfect with
 * the investors or the price before the participle, the passive, a financing announced; the Spanish compound passive;
 * Spanish and Italian rounds announced. Each reads the new name as the company paid. Sentences of our own; each failed
 * before session 29 while the same sentence with a known company passed. Frames where a noun or a person would stand
 * as often as a new company ("hat die Sparte für N übernommen", "X said that it closed") are left out: see the last
 * test. A capitalised German noun right after its article in the frames kept ("Die Stadt hat N eingesammelt") was read
 * as a company until session 30, which made a single German word after an article no company in any place.
 */
class UnknownCompanyTensesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Quellor hat 10 Millionen Euro von Index Ventures eingesammelt.",
        "de|Quellor hat 10 Millionen Euro von Index Ventures erhalten.",
        "de|Investoren um Index Ventures stecken 10 Millionen Euro in Quellor."})
    void aRaiseWithItsInvestorBeforeTheParticiple(String language, String text) {
        assertOneDeal(language, text, "Quellor", "Index Ventures", "10E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Quellor hat zehn Millionen Euro eingesammelt.",
        "de|Quellor hat eine Finanzierung über 10 Millionen Euro abgeschlossen.",
        "de|Quellor hat sich 10 Millionen Euro gesichert.",
        "de|Quellor gibt eine Finanzierungsrunde über 10 Millionen Euro bekannt.",
        "de|Der Umzugsvermittler Quellor sammelt 10 Millionen Euro ein.",
        "es|Quellor anuncia una ronda de 10 millones de euros.",
        "it|Quellor annuncia un aumento di capitale da 10 milioni di euro.",
        "en|Quellor rakes in $10 million",
        "de|Quellor streicht 10 Millionen Euro ein.",
        "de|Quellor konnte 10 Millionen Euro einsammeln.",
        "es|Quellor ha logrado captar 10 millones de euros.",
        "it|Quellor mette a segno un round da 10 milioni di euro.",
        "de|Quellor hat am Dienstag bekannt gegeben, 10 Millionen Euro eingesammelt zu haben.",
        "en|Quellor has completed a $10 million funding round.",
        "it|Quellor ha completato un aumento di capitale da 10 milioni di euro.",
        "de|Quellor verkündet Finanzierungsrunde über 10 Millionen Euro."})
    void aRaiseWithoutInvestor(String language, String text) {
        assertOneDeal(language, text, "Quellor", null, "10E6", text.contains("$") ? "USD" : "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Quellor ha sido adquirida por Oracle por 10 millones de euros.",
        "en|Oracle snaps up Quellor in $10M deal",
        "en|Quellor has been bought by Oracle in a deal worth $10 million",
        "en|Quellor was sold to Oracle for $10 million.",
        "es|Quellor fue vendida a Oracle por 10 millones de euros.",
        "it|Quellor è stata ceduta a Oracle per 10 milioni di euro.",
        "de|Oracle übernimmt 100 Prozent von Quellor für 10 Millionen Euro."})
    void thePurchaseOfAnUnknownCompany(String language, String text) {
        assertOneDeal(language, text, "Quellor", "Oracle", "10E6", text.contains("$") ? "USD" : "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Oracle hat die Sparte für 10 Millionen Euro übernommen.",
        "de|Die Immobilie wurde für 10 Millionen Euro an Oracle verkauft.",
        "de|Die Stadt hat 10 Millionen Euro eingesammelt.",
        "en|Smith said Tuesday that it closed a $10 million round.",
        "it|Rossi raccolse 10 milioni di euro per la campagna.",
        "es|La Comunidad completa una ampliación de capital de 10 millones de euros."})
    void aNounOrAPersonInThoseFramesIsNoCompany(String language, String text) {
        assertEquals(List.of(), DealCases.extract(language, text), text);
    }
}
