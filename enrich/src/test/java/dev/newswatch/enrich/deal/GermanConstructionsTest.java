package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German constructions of real news (docs/EXTRACTION.md, session 9) in sentences of our own: what the money is for
 * told in a purpose clause ("um ... zu"), the subject after a verb-second verb, spending idioms ("nimmt ... in die
 * Hand", "lässt sich ... kosten"), a price told as what a deal "is worth" to the buyer, a lead that opens a
 * separable "führt ... an" with the round's amount inside it.
 */
class GermanConstructionsTest {

    @Test
    void reportedSpeechInTheSubjunctiveTellsTheDealAsTheIndicativeDoes() {
        // news agencies report a company's statement with the subjunctive: "kaufe", "übernehme", "investiere"
        assertOneDeal("de", "Der Softwarekonzern Salesforce kaufe den Datenspezialisten Cohere für rund 8 Milliarden "
                + "Dollar, teilte Salesforce am Dienstag mit.", "Cohere", "Salesforce", "8E9", "USD");
        assertOneDeal("de", "Nvidia übernehme Run:ai für 700 Millionen Dollar, hieß es in Kreisen.", "Run:ai",
                "Nvidia", "700E6", "USD");
        assertOneDeal("de", "Das Start-up Mistral AI sammle 600 Millionen Euro ein, sagte eine Sprecherin.", "Mistral AI",
                null, "600E6", "EUR");
    }

    @Test
    void purposeClauseNamesTheCompanyWhosePeopleAreBought() {
        assertOneDeal("de", "Salesforce hat rund 700 Millionen Euro ausgegeben, um Cohere-Gründer und ihre Forscher "
                + "anzuwerben.", "Cohere", "Salesforce", "700E6", "EUR");
    }

    @Test
    void purposeClauseBeforeTheVerbAndDescriptionAfterIt() {
        assertOneDeal("de", "Samsung war lange zurückhaltend. Um an die Ingenieure von Poolside zu kommen, nimmt der "
                + "Elektronikkonzern nun 2,5 Milliarden Dollar in die Hand.", "Poolside", "Samsung", "2.5E9", "USD");
    }

    /** A compound that names a person by a former employer ("Apple-Designlegende") names no company bought. */
    @Test
    void compoundOfAFormerEmployerIsNoTarget() {
        assertDeals("de", "Oracle zahlte in Aktien 3 Milliarden Dollar, um eine Apple-Designlegende an Bord zu holen.",
                List.of());
    }

    @Test
    void descriptionRightAfterTheVerbIsTheSubject() {
        assertOneDeal("de", "Wie Microsoft und OpenAI am Dienstag bekannt gaben, steckt der Softwarekonzern "
                + "3 Milliarden Dollar in OpenAI.", "OpenAI", "Microsoft", "3E9", "USD");
    }

    @Test
    void whatTheBuyerLetsTheDealCost() {
        assertOneDeal("de", "Qualcomm übernimmt den Chipdesigner Ampere und lässt sich den Kauf 3,1 Milliarden Dollar "
                + "kosten.", "Ampere", "Qualcomm", "3.1E9", "USD");
    }

    /** What something will cost, with no one letting it cost him, stays no deal. */
    @Test
    void whatSomethingWillCostIsNoDeal() {
        List<Deal> deals = extract("de", "Nach der Übernahme durch AMD soll der Ausbau der Werke weitere 2 Milliarden "
                + "Dollar kosten.");
        assertEquals(List.of(), deals);
    }

    @Test
    void priceToldAsWhatTheDealIsWorthToTheBuyer() {
        assertOneDeal("de", "Broadcom schluckt VMware. 61 Milliarden Dollar ist dem Chipkonzern der Softwareanbieter "
                + "wert.", "VMware", "Broadcom", "61E9", "USD");
    }

    /** "X ist N wert" without a dative buyer is a valuation. */
    @Test
    void worthWithoutABuyerIsAValuation() {
        assertDeals("de", "Broadcom schluckt VMware. Der Softwareanbieter ist heute 61 Milliarden Dollar wert.",
                List.of());
    }

    @Test
    void leadOpensSeparableVerbWithTheAmountInside() {
        assertOneDeal("de", "Das Freiburger Start-up Black Forest Labs will schneller wachsen. Die Beteiligungsfirma "
                + "Index Ventures führt eine 250 Millionen Euro schwere Finanzierungsrunde an, berichtet die Zeitung.",
                "Black Forest Labs", "Index Ventures", "250E6", "EUR");
    }

    @Test
    void pronounAfterDassIsTheSubjectOfTheVerbAtTheEnd() {
        assertOneDeal("de", "Am Montag verriet Samsung, dass sie Arm für 30 Milliarden Dollar kaufen will.", "Arm",
                "Samsung", "30E9", "USD");
    }

    /** "Series-D-Runde": the round word after the hyphens of its series. */
    @Test
    void seriesRoundCompound() {
        assertOneDeal("de", "Die Series-D-Runde von Helsing bringt 450 Millionen Euro.", "Helsing", null, "450E6", "EUR");
    }

    /** Talks about an investment refer to the investment told just before without an amount. */
    @Test
    void talksAboutAnInvestmentReferToTheDealToldBefore() {
        assertOneDeal("de", "Der Softwarekonzern SAP will bei Black Forest Labs einsteigen. Laut Insidern laufen "
                + "Gespräche über eine Beteiligung von 80 Millionen Euro.", "Black Forest Labs", "SAP", "80E6", "EUR");
    }

    /** A place and a dash open the sentence; the description after them pays, the round is the company's paid. */
    @Test
    void descriptionAfterADatelineDashPaysIntoTheRoundOfTheOneNamed() {
        assertOneDeal("de", "Walldorf – Der Softwarekonzern investiert im Zuge einer Finanzierungsrunde 80 Mio. € in das "
                + "Freiburger Start-up Black Forest Labs. Dafür erhält SAP einen Sitz im Beirat.",
                "Black Forest Labs", "SAP", "80E6", "EUR");
    }

    /** "die Zusage, X für eine Gesamtsumme von N zu übernehmen": the price, the object of the infinitive. */
    @Test
    void infinitiveObjectWithItsPriceAndTheBuyerBefore() {
        assertOneDeal("de", "Im Quartal meldete Qualcomm starke Zahlen. Höhepunkt war die Zusage, die Serverchip-Entwickler "
                + "von Ampere für eine Gesamtsumme von 6 Mrd. Dollar zu übernehmen.", "Ampere", "Qualcomm", "6E9", "USD");
    }

    /** "erhöht: N1 für A, N2 für B und N3 für C": each amount pays the name of its own item. */
    @Test
    void listOfAmountsEachForItsOwnCompany() {
        assertDeals("de", "Der Softwarekonzern SAP hat zuletzt kräftig zugekauft: 300 Millionen Euro für den Kauf von "
                + "Silo AI, 2 Milliarden Euro für ein Rechenzentrum mit Deutsche Telekom und knapp 90 Millionen Euro "
                + "für das Start-up Black Forest Labs.", List.of(
                        DealCases.deal("Silo AI", "SAP", "300E6", "EUR"),
                        DealCases.deal("Deutsche Telekom", "SAP", "2E9", "EUR"),
                        DealCases.deal("Black Forest Labs", "SAP", "90E6", "EUR")));
    }

    /** Goods secured from a company are bought from it; money secured from a company is raised from it. */
    @Test
    void goodsSecuredFromASellerArePaidFor() {
        assertOneDeal("de", "CoreWeave hat sich für 1,5 Milliarden Dollar Grafikprozessoren von AMD gesichert.", "AMD",
                "CoreWeave", "1.5E9", "USD");
        assertOneDeal("de", "Helsing hat sich 400 Millionen Euro von Index Ventures gesichert.", "Helsing",
                "Index Ventures", "400E6", "EUR");
    }
}
