package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian public nouns written with a capital ("aiuto di Stato", "il Governo", "la Regione", "il PNRR") are no
 * company names (not-names in company-cues.yml): before, "Stato" took the place of the company paid by state aid
 * the Commission approved. Neither are Italian function words that open a clause ("Entro il 2030"), which
 * a missing space after a full stop leaves in the middle of a line, nor Italian regions and large cities where a
 * company invests ("investimenti per N in data center in Piemonte"). Sentences of our own.
 */
class ItalianPublicNounsAreNoNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La Commissione europea ha approvato un aiuto di Stato da 500 milioni di euro per le batterie.",
        "Con il PNRR arrivano al Ministero 300 milioni di euro per l'innovazione."})
    void aCapitalisedPublicNounIsNoCompanyPaid(String text) {
        // Given public money and a capitalised public noun; When it is read; Then the noun is paid nothing
        List<Deal> deals = extract("it", text);
        assertTrue(deals.stream().noneMatch(d -> d.target() != null
                && List.of("Stato", "Ministero", "PNRR").contains(d.target().name())), () -> text + " -> " + deals);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il progetto rientra negli obiettivi del Piano di ripresa (PNRR).Entro il 2030, la banca prevede prestiti per "
            + "oltre 300 miliardi di euro alle imprese, in linea con il piano approvato dalla Commissione Europea."})
    void aFunctionWordAfterAFullStopIsNoCompany(String text) {
        // Given a clause opened by a capitalised function word right after a full stop; When it is read; Then that
        // word is paid nothing
        List<Deal> deals = extract("it", text);
        assertTrue(deals.stream().noneMatch(d -> d.target() != null
                && List.of("Entro").contains(d.target().name())), () -> text + " -> " + deals);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nvidia ha annunciato investimenti per 2 miliardi di euro in nuovi data center in Piemonte.",
        "Nvidia investirà 2 miliardi di euro in Sardegna per un campus di calcolo."})
    void aRegionWhereACompanyInvestsIsNoCompany(String text) {
        // Given a company investing in an Italian region; When it is read; Then the region is paid nothing
        List<Deal> deals = extract("it", text);
        assertTrue(deals.stream().noneMatch(d -> d.target() != null
                && List.of("Piemonte", "Sardegna").contains(d.target().name())), () -> text + " -> " + deals);
    }
}
