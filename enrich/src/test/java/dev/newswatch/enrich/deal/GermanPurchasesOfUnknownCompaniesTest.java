package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German purchases, prices and stakes of a company the entity table does not know ("Quellor"), and of an investor or
 * buyer it does not know ("Tarvolo Ventures", "Tarvolo"): the frames where the same sentence with a company of the
 * table gave its deal and the unknown name gave none (session 30's probe, 61 of 134 frames read before, 121 of 138
 * after). A name side by side with a known one ("übernimmt Oracle Quellor") is a name of its own, and a single German
 * word that is a noun (an article right before it, a noun ending, one of {@code noun-words}) is no company in any
 * place. Sentences of our own.
 */
class GermanPurchasesOfUnknownCompaniesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Oracle schluckt Quellor für 10 Millionen Euro.",
        "Oracle erwarb Quellor für 10 Millionen Euro.",
        "Oracle hat Quellor für 10 Millionen Euro übernommen.",
        "Oracle hat Quellor im vergangenen Jahr für 10 Millionen Euro gekauft.",
        "Oracle will Quellor für 10 Millionen Euro kaufen.",
        "Oracle soll Quellor für 10 Millionen Euro gekauft haben.",
        "Oracle plant, Quellor für 10 Millionen Euro zu übernehmen.",
        "Oracle investiert 10 Millionen Euro, um Quellor zu übernehmen.",
        "Quellor wird von Oracle für 10 Millionen Euro übernommen.",
        "Quellor wurde für 10 Millionen Euro von Oracle gekauft.",
        "Quellor geht für 10 Millionen Euro an Oracle.",
        "Für 10 Millionen Euro übernimmt Oracle Quellor.",
        "Wie am Montag bekannt wurde, kauft Oracle Quellor für 10 Millionen Euro.",
        "Oracle teilte mit, dass es Quellor für 10 Millionen Euro übernimmt.",
        "Nachdem Oracle Quellor für 10 Millionen Euro übernommen hatte, stieg der Kurs.",
        "Oracle zahlt für Quellor 10 Millionen Euro.",
        "Oracle legt für Quellor 10 Millionen Euro auf den Tisch.",
        "Oracle erwirbt alle Anteile an Quellor für 10 Millionen Euro.",
        "Oracle hat für Quellor 10 Millionen Euro bezahlt.",
        "Bekannt ist, dass Oracle für Quellor 10 Millionen Euro zahlt."})
    void anUnknownCompanyBought(String text) {
        assertOneDeal("de", text, "Quellor", "Oracle", "10E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Index Ventures beteiligt sich mit 10 Millionen Euro an Quellor.",
        "Index Ventures hat sich mit 10 Millionen Euro an Quellor beteiligt.",
        "Index Ventures steigt mit 10 Millionen Euro bei Quellor ein.",
        "Index Ventures ist mit 10 Millionen Euro bei Quellor eingestiegen.",
        "10 Millionen Euro investiert Index Ventures in Quellor.",
        "Quellor hat 10 Millionen Euro von Index Ventures bekommen.",
        "Quellor wird von Index Ventures mit 10 Millionen Euro finanziert.",
        "Millionen für Quellor: Index Ventures investiert 10 Millionen Euro.",
        "Bekannt wurde, dass Quellor 10 Millionen Euro von Index Ventures erhält."})
    void anInvestmentInAnUnknownCompany(String text) {
        assertOneDeal("de", text, "Quellor", "Index Ventures", "10E6", "EUR");
    }

    /** A clause with its verb last, the amount right after the name: "nachdem X 10 Millionen Euro eingesammelt hat". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nachdem Quellor 10 Millionen Euro eingesammelt hat, will das Start-up wachsen.",
        "Bekannt wurde, dass Quellor 10 Millionen Euro erhält."})
    void aRaiseInAClauseWithItsVerbLast(String text) {
        assertOneDeal("de", text, "Quellor", null, "10E6", "EUR");
    }

    /** A name written otherwise than a German noun is one after an article too: "die QuelTec", "die QLR". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Oracle hat die QuelTec für 10 Millionen Euro übernommen.|QuelTec",
        "Oracle übernimmt die QLR für 10 Millionen Euro.|QLR"})
    void aNameAfterAnArticle(String text, String name) {
        assertOneDeal("de", text, name, "Oracle", "10E6", "EUR");
    }

    /** With the table's types, a fund only invests: the investor after the verb of a fronted amount. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mit 10 Millionen Euro beteiligt sich Index Ventures an Quellor.",
        "Mit 10 Millionen Euro beteiligt sich Index Ventures an Quellor, einem Start-up aus Köln."})
    void anInvestmentWithItsAmountFronted(String text) {
        DealCases.assertFound("de", text, "quellor <- index 10000000 EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tarvolo Ventures beteiligt sich mit 10 Millionen Euro an Quellor.|Tarvolo Ventures",
        "Tarvolo Ventures steigt mit 10 Millionen Euro bei Quellor ein.|Tarvolo Ventures",
        "Tarvolo hat Quellor für 10 Millionen Euro übernommen.|Tarvolo",
        "Tarvolo steckt 10 Millionen Euro in Quellor.|Tarvolo",
        "Tarvolo will Quellor für 10 Millionen Euro kaufen.|Tarvolo",
        "Quellor wurde für 10 Millionen Euro an Tarvolo verkauft.|Tarvolo",
        "Quellor geht für 10 Millionen Euro an Tarvolo.|Tarvolo"})
    void anUnknownInvestorOrBuyer(String text, String payer) {
        assertOneDeal("de", text, "Quellor", payer, "10E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an article before the noun
        "Oracle hat die Sparte für 10 Millionen Euro übernommen.|Sparte",
        "Oracle übernimmt das Werk für 10 Millionen Euro.|Werk",
        "Das Werk wird von Oracle für 10 Millionen Euro übernommen.|Werk",
        "Die Stadt erhält 10 Millionen Euro von Oracle.|Stadt",
        "Oracle will die Universität für 10 Millionen Euro kaufen.|Universität",
        "Für 10 Millionen Euro übernimmt Oracle die Sparte.|Sparte",
        // a noun by its ending or one of noun-words
        "Oracle hat Immobilien für 10 Millionen Euro erworben.|Immobilien",
        "Oracle will Server für 10 Millionen Euro kaufen.|Server",
        "Oracle legt für Personal 10 Millionen Euro auf den Tisch.|Personal",
        "Oracle erwarb Patente für 10 Millionen Euro.|Patente",
        "Oracle investiert 10 Millionen Euro in Forschung.|Forschung",
        "Oracle beteiligt sich mit 10 Millionen Euro an Projekten.|Projekten",
        "Oracle zahlt für Strom 10 Millionen Euro.|Strom",
        "Oracle investiert 10 Millionen Euro, um Zeit zu kaufen.|Zeit",
        // places and persons
        "Oracle investiert 10 Millionen Euro in Bayern.|Bayern",
        "Sachsen wird von Oracle mit 10 Millionen Euro finanziert.|Sachsen",
        "Thomas Müller erhält 10 Millionen Euro von Oracle.|Müller",
        "Die Immobilie wurde für 10 Millionen Euro an Investoren verkauft.|Investoren",
        "Der Bund steckt 10 Millionen Euro in Schulen.|Schulen",
        "Die Kunden haben für Software 10 Millionen Euro bezahlt.|Software",
        "Es heißt, dass Brandenburg 10 Millionen Euro vom Bund erhält.|Brandenburg",
        "Bekannt wurde, dass die Gemeinde 10 Millionen Euro erhält.|Gemeinde",
        "Millionen für Potsdam: Oracle investiert 10 Millionen Euro.|Potsdam",
        "Frisches Geld für Schulen: Oracle gibt 10 Millionen Euro.|Schulen"})
    void aNounAPlaceOrAPersonInThoseFramesIsNoParty(String text, String word) {
        List<Deal> deals = DealCases.extract("de", text);
        assertTrue(deals.stream().noneMatch(d -> d.target().name().contains(word)
                        || d.investor() != null && d.investor().name().contains(word)),
                text + " -> " + deals);
    }
}
