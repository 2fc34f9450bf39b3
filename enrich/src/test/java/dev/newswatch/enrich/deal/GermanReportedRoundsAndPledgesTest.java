package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German constructions of funding and takeover news that the news-shaped grid showed unread (session 35): an opening
 * reporting clause ("Wie das Unternehmen mitteilte, ...") whose subject is only the source of the news, a round "von
 * zusammen N" (the investors' money together, the round's size, no running total), money announced for a company
 * ("kündigt N für X an"), a takeover agreed with the company bought ("X hat sich mit Y auf eine Übernahme für N
 * geeinigt"), the price of a takeover told in the next sentence as a passive of paying ("Bezahlt werden N"), what a
 * round brings in told with "Diese" for the round of the sentence before, and the raiser of a round told with its
 * investors only, named after it with what it will do with the money ("...; X will das Geld in Y stecken"). German
 * sentences of our own.
 */
class GermanReportedRoundsAndPledgesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Wie das Unternehmen am Mittwoch mitteilte, kamen bei der neuen Runde von Helsing 600 Millionen Euro zusammen.",
        "Wie das Start-up bestätigte, sammelte Helsing 600 Millionen Euro ein.",
        "Wie der Konzern am Freitag bekannt gab, hat Helsing 600 Millionen Euro eingeworben.",
        "Wie die Firma berichtete, kamen in der Series-C-Runde von Helsing 600 Millionen Euro frisches Geld zusammen."})
    void anOpeningReportingClauseIsNoPartyOfTheRaise(String text) {
        assertOneDeal("de", text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Wie das Unternehmen mitteilte, übernimmt SAP das Start-up Aleph Alpha für 300 Millionen Euro.",
        "Wie der Softwarekonzern am Abend erklärte, kauft SAP Aleph Alpha für 300 Millionen Euro."})
    void anOpeningReportingClauseKeepsTheBuyerOfTheMainClause(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Der Chef von Helsing meldete den Abschluss einer Finanzierungsrunde von zusammen 600 Millionen Euro.",
        "Helsing gab den Abschluss einer Finanzierungsrunde über zusammen 600 Millionen Euro bekannt."})
    void aRoundOfItsInvestorsTogetherIsTheRoundsSize(String text) {
        assertOneDeal("de", text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // "zusammen" of rounds told over years stays a running total
        "Helsing hat in drei Runden zusammen 600 Millionen Euro eingesammelt.",
        "Seit der Gründung kamen bei Helsing zusammen 600 Millionen Euro zusammen."})
    void moneyOfSeveralRoundsTogetherStaysARunningTotal(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Jetzt kündigt SAP 300 Millionen Euro für Aleph Alpha an.",
        "SAP kündigte am Montag weitere 300 Millionen Euro für Aleph Alpha an.",
        "SAP hat 300 Millionen Euro für Aleph Alpha angekündigt.",
        "Im Mai wurde bekannt, dass SAP 300 Millionen Euro für Aleph Alpha ankündigte."})
    void moneyAnnouncedForACompanyIsPaidToIt(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SAP kündigt 300 Millionen Euro für neue Rechenzentren an.",
        "Aleph Alpha kündigt für das kommende Jahr einen Umsatz von 300 Millionen Euro an."})
    void moneyAnnouncedForNoCompanyIsNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SAP hat sich mit Aleph Alpha auf eine Übernahme für 300 Millionen Euro geeinigt.",
        "SAP einigt sich mit Aleph Alpha auf eine Übernahme im Wert von 300 Millionen Euro.",
        "SAP hat mit Aleph Alpha den Kauf für 300 Millionen Euro vereinbart.",
        // the company bought named after the noun wins over the one agreed with
        "SAP hat sich mit SoftBank auf die Übernahme von Aleph Alpha für 300 Millionen Euro verständigt."})
    void aTakeoverAgreedWithACompanyBuysIt(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Microsoft agreed with Aleph Alpha on a takeover worth $300 million.",
        "SAP reached an agreement with Aleph Alpha on an acquisition for $300 million."})
    void aTakeoverAgreedWithACompanyBuysItInEnglish(String text) {
        assertOneDeal("en", text, "Aleph Alpha", text.startsWith("SAP") ? "SAP" : "Microsoft", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "it|Cohere ha firmato con Oracle un contratto da 40 miliardi di dollari per l'acquisto di capacità di calcolo.",
        "en|Cohere signed with Oracle a $40 billion contract for the purchase of computing capacity.",
        "de|Cohere hat mit Oracle einen Vertrag über 40 Milliarden Dollar zum Kauf von Rechenleistung geschlossen."})
    void aPurchaseOfSomethingFromTheCompanyAgreedWithIsAContract(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Oracle", "Cohere", "40E9", "USD");
        assertEquals(DealType.CONTRACT, deal.type(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SAP übernimmt den Sprachmodell-Entwickler Aleph Alpha. Bezahlt werden laut SAP 300 Millionen Euro in bar.",
        "SAP kauft Aleph Alpha. Gezahlt werden nach Angaben beider Seiten 300 Millionen Euro.",
        "Der Walldorfer Konzern SAP hat Aleph Alpha übernommen. Überwiesen wurden 300 Millionen Euro."})
    void aPassiveOfPayingNamesThePriceOfTheTakeoverBefore(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // salaries paid are no price
        "SAP hat Aleph Alpha übernommen. Gezahlt werden müssen außerdem Gehälter von 300 Millionen Euro."})
    void aPassiveOfPayingSomethingElseIsNoPrice(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing meldet den Abschluss einer neuen Finanzierungsrunde. Diese hat dem Unternehmen 600 Millionen Euro eingebracht.",
        "Helsing hat seine Series-C-Runde beendet. Diese brachte nach Angaben des Start-ups 600 Millionen Euro ein."})
    void theRoundOfTheSentenceBeforeBringsInTheMoney(String text) {
        assertOneDeal("de", text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // "sie" may stand for a company ("die SAP"): a company that brings money in contributes it
        "SAP plant eine Runde. Sie bringt 300 Millionen Euro in das Gemeinschaftsunternehmen mit Helsing ein."})
    void aPronounThatMayStandForACompanyBringsNoRoundIn(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "An der Runde über 600 Millionen Euro beteiligten sich neben Sequoia Capital auch Index Ventures; Helsing will das Geld in neue Werke stecken.",
        "An der Finanzierung von 600 Millionen Euro beteiligten sich Sequoia Capital und Index Ventures. Helsing will die frischen Mittel vor allem für Personal nutzen."})
    void theCompanyThatUsesTheMoneyRaisedTheRoundOfItsInvestors(String text) {
        assertFound("de", text, "helsing <- sequoia 600000000 EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a company that says nothing of the money is not the round's
        "An der Runde über 600 Millionen Euro beteiligten sich Sequoia Capital und Index Ventures; Helsing baut neue Werke."})
    void aCompanyThatSaysNothingOfTheMoneyIsNotTheRounds(String text) {
        assertFound("de", text, "");
    }
}
