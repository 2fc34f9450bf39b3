package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.enrich.link.EntityCatalog;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.testkit.RepoPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German and Italian constructions of real news (docs/EXTRACTION.md, session 10) in sentences of our own: bullet
 * round-ups whose item commits its company to pay ("• X → 250 Mrd. $ Azure-Verpflichtung") or carries a stake in its
 * brackets ("(…, 1,5 Mrd. $ Eigenkapitalanteil)").
 */
class GermanItalianNewsTest {

    @Test
    void bulletItemWithACommitmentPaysTheCompanyTheListIsAbout() {
        assertDeals("de", "Amazon verteilt seine Rechenaufträge breit. Die Verträge: • CoreWeave → 6,2 Mrd. $ "
                        + "(Blackwell-GPUs in Texas) • Anthropic → 40 Mrd. $ Cloud-Verpflichtung bis 2030 (Trainium-Chips)",
                List.of(deal("CoreWeave", "Amazon", "6.2E9", "USD"), deal("Amazon", "Anthropic", "40E9", "USD")));
    }

    @Test
    void bulletItemOpeningWithACommitmentNounPaysTheCompanyTheListIsAbout() {
        assertDeals("it", "Microsoft affitta capacità ovunque. Gli accordi: • CoreWeave → 10 miliardi di dollari "
                        + "(GPU Blackwell) • OpenAI → Impegno cloud da 200 miliardi di dollari entro il 2031 (quota del 27%)",
                List.of(deal("CoreWeave", "Microsoft", "10E9", "USD"), deal("Microsoft", "OpenAI", "200E9", "USD")));
    }

    @Test
    void stakeInABulletItemsBracketsIsAnInvestmentInItsCompany() {
        assertDeals("de", "Oracle baut in Europa aus. Die Deals: • Mistral AI → 4 Mrd. $ bis 2028 (Rechenzentren in "
                        + "Frankreich, 0,8 Mrd. $ Eigenkapitalanteil)",
                List.of(deal("Mistral AI", "Oracle", "4E9", "USD"), deal("Mistral AI", "Oracle", "0.8E9", "USD")));
        assertDeals("it", "Oracle cresce in Europa. Gli accordi: • Mistral AI → 4 miliardi di dollari fino al 2028 "
                        + "(data center in Francia, partecipazione azionaria di 0,8 miliardi di dollari)",
                List.of(deal("Mistral AI", "Oracle", "4E9", "USD"), deal("Mistral AI", "Oracle", "0.8E9", "USD")));
    }

    /** A bracketed amount with no stake noun next to it stays part of its item, no deal of its own. */
    @Test
    void otherAmountInABulletItemsBracketsIsNoDeal() {
        assertDeals("de", "Oracle baut in Europa aus. Die Deals: • Mistral AI → 4 Mrd. $ (erweiterbar auf 5 Mrd. $)",
                List.of(deal("Mistral AI", "Oracle", "4E9", "USD")));
    }

    @Test
    void companyCastAsAnInvestorRaisesNoRound() {
        assertDeals("de", "Mit einer geplanten Beteiligung von zwei Milliarden Euro will sich SAP als größter Investor "
                + "in der nächsten Runde aufstellen.", List.of());
        assertDeals("it", "Con un investimento previsto di 2 miliardi di euro, SAP si propone come principale "
                + "investitore nel prossimo round.", List.of());
    }

    /** What several companies spent together is a combined total, no deal; "zusammen mit" names a partner. */
    @Test
    void combinedSpendingOfSeveralCompaniesIsNoDeal() {
        assertDeals("de", "Google, Meta und Amazon haben zusammen im letzten Quartal 90 Milliarden Dollar in KI "
                + "investiert.", List.of());
        assertDeals("de", "SAP investiert zusammen mit Samsung 500 Millionen Euro in Aleph Alpha.",
                List.of(deal("Aleph Alpha", "SAP", "500E6", "EUR")));
    }

    /** "ammonta ora a": what the investments in a company add up to now, after the new one told before. */
    @Test
    void whatTheInvestmentsAddUpToNowIsNoDeal() {
        assertDeals("it", "L'investimento complessivo in Anthropic ammonta ora a 6 miliardi di dollari.", List.of());
    }

    /** A share sale the company authorised up to an amount: a cap, not what was sold. */
    @Test
    void authorisedCapOfAShareSaleIsNoDeal() {
        assertDeals("it", "Databricks aveva autorizzato la vendita di azioni fino a un massimo di 12 miliardi "
                + "di dollari, ma pochi dipendenti hanno aderito.", List.of());
        assertDeals("it", "I dipendenti di Databricks hanno ceduto meno dei 12 miliardi di dollari autorizzati dalla "
                + "società.", List.of());
    }

    /** A headline's round before a colon is the round of the (new, quoted) company named right after it. */
    @Test
    void headlineRoundBeforeAColonIsTheRoundOfTheNameAfterIt() {
        assertDeals("de", "Runde über 150 Millionen Euro: Junges Unternehmen 'Lumora' will Sprachmodelle bauen.",
                List.of(deal("Lumora", null, "150E6", "EUR")));
        assertDeals("de", "Finanzierungsrunde über 150 Millionen Euro: Das Start-up Poolside will Code schreiben.",
                List.of(deal("Poolside", null, "150E6", "EUR")));
    }

    /** "Anduril (2,5 miliardi raccolti)": the bracket after a name tells what that company raised. */
    @Test
    void amountRaisedInBracketsAfterANameIsThatCompanysRound() {
        assertDeals("it", "Il comparto conta società come la francese Mistral AI (1,7 miliardi di euro raccolti) e altre "
                + "start-up che hanno ottenuto meno capitale.", List.of(deal("Mistral AI", null, "1.7E9", "EUR")));
    }

    /**
     * "Diese sieht den Kauf von ... vor": the agreement told the sentence before, whose buyer is its subject; a name
     * that only qualifies the goods ("Nvidia-Chips") is no party.
     */
    @Test
    void agreementReferredToByDieseBuysGoodsFromThePartnerNamedBefore() {
        assertDeals("de", "Zusätzlich hat CoreWeave eine Vereinbarung mit Samsung getroffen. Diese sieht den Kauf von "
                        + "AMD-Chips und Servern im Wert von rund 3 Milliarden Dollar vor.",
                List.of(deal("Samsung", "CoreWeave", "3E9", "USD")));
    }

    @Test
    void purchaseOfGoodsNamedAfterTheirMakerIsNoTakeover() {
        assertDeals("de", "Vorgesehen ist zudem der Kauf von Nvidia-Chips für rund 3 Milliarden Dollar.", List.of());
    }

    /** Names listed as a round's investors are none of the companies it pays. */
    @Test
    void namesListedAsInvestorsAreNoRoundsCompany() {
        assertDeals("it", "Anthropic ha completato un round da 11 miliardi di dollari. Accanto a Nvidia, gli altri "
                        + "investitori che hanno aderito al round da 11 miliardi di dollari sono Microsoft e Salesforce.",
                List.of(deal("Anthropic", null, "11E9", "USD")));
        assertDeals("de", "Mistral AI sammelt 600 Millionen Euro ein. Zu den weiteren Investoren der Runde über 600 "
                + "Millionen Euro zählen Samsung und Salesforce.", List.of(deal("Mistral AI", null, "600E6", "EUR")));
    }

    /**
     * A headline that only describes its company takes the first company named after it in the body, not one
     * listed after a preposition ("provengono da Meta e Google").
     */
    @Test
    void headlineCompanyIsNotANameListedAfterAPreposition() {
        assertDeals("it", "L'azienda sarebbe vicina a chiudere un round da 300 milioni di euro. I fondatori vengono "
                        + "da Meta e Google. Secondo la stampa Poolside tratta con diversi fondi.",
                List.of(deal("Poolside", null, "300E6", "EUR")));
    }

    /** The only name of a clause, after "of" shortly before a round noun that introduces the amount, owns the round. */
    @Test
    void soleNameAfterOfBeforeARoundOwnsIt() {
        assertDeals("it", "Nel frattempo cresce l'attesa per l'arrivo di Cohere al traguardo di un nuovo round da 500 "
                + "milioni di dollari.", List.of(deal("Cohere", null, "500E6", "USD")));
    }

    /** An amount told before the round noun is not given to the name before that noun. */
    @Test
    void amountBeforeTheRoundNounIsNotTheSoleNamesRound() {
        assertDeals("it", "L'importo potrebbe oltrepassare gli 8 miliardi di dollari, il maggiore investimento "
                + "mai fatto da Meta e uno dei più grandi finanziamenti mai visti.", List.of());
    }

    /** "Die gesamte Runde": the total of the round whose share was told before, with that investor as its lead. */
    @Test
    void wholeRoundAfterAShareIsTheRoundWithThatInvestor() {
        assertDeals("de", "Samsung steigt mit 800 Millionen Euro bei Aleph Alpha ein. Die gesamte Finanzierungsrunde "
                + "umfasst rund 1,1 Milliarden Euro.", List.of(deal("Aleph Alpha", "Samsung", "1.1E9", "EUR")));
        assertDeals("it", "Samsung investe 800 milioni di euro in Aleph Alpha. L'intero round ammonta a 1,1 miliardi "
                + "di euro.", List.of(deal("Aleph Alpha", "Samsung", "1.1E9", "EUR")));
    }

    /** The shipped entity table: "il presidente USA" stands for the U.S. government, which pays the grant. */
    @Test
    void italianUsPresidentGrantingSubsidiesIsTheUsGovernment() {
        EntityLinker linker = EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
        String text = "Il presidente USA ha stanziato per Micron circa 8 miliardi di dollari in sovvenzioni.";
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "it", linker.link(text));
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("us-government", deals.get(0).investor().id());
        assertEquals("micron", deals.get(0).target().id());
    }

    /** With the amount before the verb, the described name after it is the subject: it pays, it is not paid. */
    @Test
    void describedNameAfterTheVerbPaysTheFrontedAmount() {
        assertDeals("de", "Allein 20 Milliarden Dollar gibt der japanische Konzern SoftBank.", List.of());
        assertDeals("de", "Zwei Milliarden Dollar investiert der Chipkonzern Nvidia in xAI.",
                List.of(deal("xAI", "Nvidia", "2E9", "USD")));
    }
}
