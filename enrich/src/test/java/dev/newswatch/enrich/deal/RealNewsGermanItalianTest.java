package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.enrich.link.EntityCatalog;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.testkit.RepoPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German and Italian constructions of real news (docs/EXTRACTION.md, session 11) in sentences of our own: a German
 * raise with the amount fronted and the company after the verb ("Sechs Milliarden Dollar erhielt X"), Italian
 * "assicurarsi" a sum, and running totals written with a pronoun joined to the gerund ("portandolo a un totale di").
 */
class RealNewsGermanItalianTest {

    /** Verb-second: with the amount before a raise verb, the name right after the verb is the one that raised. */
    @Test
    void frontedAmountBeforeARaiseVerbGoesToTheNameAfterTheVerb() {
        assertDeals("de", "Vier Milliarden Dollar erhielt Cohere im vergangenen Quartal.",
                List.of(deal("Cohere", null, "4E9", "USD")));
        assertDeals("de", "Mit 700 Millionen Euro sammelte Helsing die größte Summe des Monats ein.",
                List.of(deal("Helsing", null, "700E6", "EUR")));
        // an article and a short description may stand between the verb and the name
        assertDeals("de", "Mit 1,5 Milliarden Dollar sicherte sich der Cloud-Anbieter CoreWeave die zweitgrößte "
                + "Geldspritze.", List.of(deal("CoreWeave", null, "1.5E9", "USD")));
    }

    /** The subject before the verb still wins: the fronted-amount rule only fills a missing subject. */
    @Test
    void subjectBeforeTheVerbStillRaisesTheFrontedAmount() {
        assertDeals("de", "Helsing hat 700 Millionen Euro von General Catalyst erhalten.",
                List.of(deal("Helsing", "General Catalyst", "700E6", "EUR")));
    }

    /**
     * The shipped entity table and name reader: "des Milliardärs Elon Musk" in the apposition of the company names a
     * person, no investor; "Künstlicher Intelligenz" is no company.
     */
    @Test
    void billionaireInTheAppositionIsNoInvestor() {
        EntityLinker linker = EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
        String text = "Geldgeber haben viel in Entwickler Künstlicher Intelligenz gesteckt. Mit vier Milliarden Dollar "
                + "erhielt xAI, ein Labor des reichen Unternehmers und Milliardärs Elon Musk, am meisten.";
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "de", linker.link(text));
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("xai", deals.get(0).target().id());
        assertNull(deals.get(0).investor(), deals.toString());
    }

    /** Italian "assicurarsi" a sum is raising it; "assicurarsi i talenti" or "si assicura che" is not. */
    @Test
    void securingASumIsARaise() {
        assertDeals("it", "Cohere starebbe per assicurarsi altri 600 milioni di dollari da investitori guidati da "
                + "Sequoia Capital.", List.of(deal("Cohere", "Sequoia Capital", "600E6", "USD")));
        assertDeals("it", "Perplexity si assicura 200 milioni di dollari in un nuovo round.",
                List.of(deal("Perplexity", null, "200E6", "USD")));
        assertDeals("it", "Apple ha firmato un accordo da 1,2 miliardi di dollari per assicurarsi le licenze e il "
                + "personale della startup Poolside.", List.of(deal("Poolside", "Apple", "1.2E9", "USD")));
    }

    /** "portandolo a un totale di": what the investments in a company add up to, no new deal. */
    @Test
    void bringingItToATotalIsNoDeal() {
        assertDeals("it", "Microsoft ha aumentato la sua partecipazione in Mistral AI, portandola a un totale di 3 "
                + "miliardi di dollari.", List.of());
        assertDeals("it", "Nvidia ha rafforzato il suo investimento in xAI, arrivando a un totale di 4 miliardi di "
                + "dollari.", List.of());
    }

    /** "Respectively": names joined by "and" take the amounts that follow in order, a bare number sharing the scale. */
    @Test
    void respectivelyPairsTheNamesWithTheAmountsInOrder() {
        assertDeals("it", "Le startup Poolside e Perplexity hanno raccolto rispettivamente 500 e 250 milioni di dollari.",
                List.of(deal("Poolside", null, "500E6", "USD"), deal("Perplexity", null, "250E6", "USD")));
        assertDeals("de", "Die Start-ups Helsing und Aleph Alpha sammelten 450 beziehungsweise 300 Millionen Euro ein.",
                List.of(deal("Helsing", null, "450E6", "EUR"), deal("Aleph Alpha", null, "300E6", "EUR")));
        assertDeals("de", "Helsing und Aleph Alpha erhielten 450 bzw. 300 Millionen Euro.",
                List.of(deal("Helsing", null, "450E6", "EUR"), deal("Aleph Alpha", null, "300E6", "EUR")));
        assertDeals("en", "Poolside and Perplexity raised $500 million and $250 million, respectively.",
                List.of(deal("Poolside", null, "500E6", "USD"), deal("Perplexity", null, "250E6", "USD")));
    }

    /** Without "respectively" a bare number before an amount is no money: "160 e 70 milioni" stays one amount. */
    @Test
    void bareNumberWithoutRespectivelyIsNoAmount() {
        assertEquals(1, new MoneyParser().find("Hanno assunto 180 e 90 milioni di euro di debito.", "it").size());
        assertEquals(2, new MoneyParser().find("Hanno incassato rispettivamente 180 e 90 milioni di euro.", "it").size());
    }

    /** Verb forms real news uses that the lexicons missed: each one alone carries the deal. */
    @Test
    void moreFormsOfTheDealVerbs() {
        assertDeals("de", "Qualcomm akquiriert Arm für 40 Milliarden Dollar.", List.of(deal("Arm", "Qualcomm", "40E9", "USD")));
        assertDeals("de", "Nvidia schnappt sich Run:ai für 700 Millionen Dollar.",
                List.of(deal("Run:ai", "Nvidia", "700E6", "USD")));
        assertDeals("de", "Cohere war zuletzt mehr wert, nachdem das Unternehmen 500 Millionen Dollar einnahm.",
                List.of(deal("Cohere", null, "500E6", "USD")));
        assertDeals("it", "La startup Poolside ottiene 500 milioni di dollari da Nvidia.",
                List.of(deal("Poolside", "Nvidia", "500E6", "USD")));
        assertDeals("it", "Secondo le fonti Perplexity riceverà 250 milioni di dollari da SoftBank.",
                List.of(deal("Perplexity", "SoftBank", "250E6", "USD")));
        assertDeals("it", "Apple sborsa 1,5 miliardi di dollari per Perplexity.",
                List.of(deal("Perplexity", "Apple", "1.5E9", "USD")));
        assertDeals("it", "Helsing attira 600 milioni di euro da General Catalyst.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
    }

    /** "Einnahmen" is revenue, and "attira l'attenzione" draws no money. */
    @Test
    void revenueNounAndAttentionAreNoDeals() {
        assertDeals("de", "Die Einnahmen von Cohere stiegen auf 500 Millionen Dollar.", List.of());
        assertDeals("it", "Helsing attira l'attenzione degli investitori con un fatturato di 600 milioni di euro.",
                List.of());
    }

    /** "den" after a dative preposition ("Laut den Berichten") is no accusative: the name after the modal pays. */
    @Test
    void denAfterADativePrepositionMarksNoObject() {
        assertDeals("de", "Laut den Berichten könnte Nvidia 3 Milliarden Dollar in Mistral AI investieren.",
                List.of(deal("Mistral AI", "Nvidia", "3E9", "USD")));
        assertDeals("de", "Seit den Gesprächen will Microsoft 2 Milliarden Dollar in Cohere stecken.",
                List.of(deal("Cohere", "Microsoft", "2E9", "USD")));
    }

    /** With the verb at the end of its clause, the name after "in" before the verb is paid, not one after a comma. */
    @Test
    void verbFinalClauseKeepsItsOwnTarget() {
        assertDeals("de", "Oracle will 4 Milliarden Dollar in Cohere investieren, zusätzlich zu den Zusagen für "
                + "Stargate.", List.of(deal("Cohere", "Oracle", "4E9", "USD")));
    }

    /** A lead told after a second, earlier round of the same company belongs to the round its sentence names. */
    @Test
    void leadAfterAnotherRoundOfTheSameCompanyIsNotItsLead() {
        assertDeals("it", "Cohere ha chiuso un round da 500 milioni di dollari. L'anno scorso la società aveva raccolto "
                        + "270 milioni di dollari.\nEcco chi ha finanziato il round da 500 milioni di Cohere.\nA guidare "
                        + "l'operazione è Sequoia Capital.",
                List.of(deal("Cohere", "Sequoia Capital", "500E6", "USD"), deal("Cohere", null, "270E6", "USD")));
    }

    /** A lead phrase in a sentence that reports another round of the company is that round's, not the next one's. */
    @Test
    void leadOfTheRoundBeforeIsNotTheLeadOfTheNextRound() {
        assertDeals("en", "Cohere closed a $500 million round led by Sequoia Capital. Last year the company had raised "
                        + "$270 million.",
                List.of(deal("Cohere", "Sequoia Capital", "500E6", "USD"), deal("Cohere", null, "270E6", "USD")));
    }

    /** "35 miliardi di OpenAI": an amount owned by a name after "di" is money in the text's currency. */
    @Test
    void amountOwnedByANameAfterOfIsMoney() {
        MoneyParser parser = new MoneyParser();
        assertEquals(2, parser.find("Un round da 35 miliardi di dollari. Chi ha finanziato il round da 35 miliardi di "
                + "OpenAI?", "it").size());
        assertEquals(1, parser.find("Un round da 35 miliardi di dollari per 2 milioni di GPU e 5 milioni di utenti.",
                "it").size());
    }

    /** An investment told only as a noun, with no payer in its clause, is made by the company told just before. */
    @Test
    void investmentNounWithNoPayerIsTheTopicsInvestment() {
        assertDeals("it", "Questa settimana Microsoft ha annunciato due accordi. Il primo riguarda l'investimento di tre "
                + "miliardi di dollari nel capitale di Mistral AI.", List.of(deal("Mistral AI", "Microsoft", "3E9", "USD")));
        assertDeals("de", "Microsoft hat zwei Deals angekündigt. Der erste ist eine Investition von drei Milliarden Dollar "
                + "in Mistral AI.", List.of(deal("Mistral AI", "Microsoft", "3E9", "USD")));
        // the company itself before is no payer, and a total of investments stays none
        assertDeals("it", "Mistral AI cresce in fretta. L'investimento di tre miliardi di dollari in Mistral AI è il più "
                + "grande in Europa.", List.of(deal("Mistral AI", null, "3E9", "USD")));
        assertDeals("it", "Microsoft ha investito ancora. L'investimento complessivo in Mistral AI ammonta ora a 4 miliardi "
                + "di dollari.", List.of());
    }

    /** A valuation verb stays a valuation across a part set off by commas before its amount. */
    @Test
    void valuationVerbAcrossAPartSetOffByCommasIsNoDeal() {
        assertDeals("de", "Microsoft bewertet Mistral AI in dem Geschäft, bei dem es 20% übernimmt, dabei mit rund 12 "
                + "Milliarden Euro.", List.of());
        // a deal word after the part still makes its amount a deal
        assertDeals("de", "Microsoft bewertet Mistral AI hoch, wie Insider sagen, und investiert 2 Milliarden Euro in "
                + "Mistral AI.", List.of(deal("Mistral AI", "Microsoft", "2E9", "EUR")));
    }

    /** German main clauses joined by a comma: the second one's subject pays, not a name of the first one. */
    @Test
    void mainClauseAfterACommaHasItsOwnSubject() {
        assertDeals("de", "Oracle kauft viele Chips, Nvidia hatte sich an Cohere mit 500 Millionen Dollar beteiligt.",
                List.of(deal("Cohere", "Nvidia", "500E6", "USD")));
        assertDeals("de", "Meta mietet Rechenzentren, Microsoft wiederum steckt zwei Milliarden Dollar in Mistral AI.",
                List.of(deal("Mistral AI", "Microsoft", "2E9", "USD")));
        // names joined by "und" before the verb stay one subject, whose first name pays (session 31)
        assertDeals("de", "Nvidia, Microsoft und Samsung haben zusammen 2 Milliarden Dollar in Mistral AI investiert.",
                List.of(deal("Mistral AI", "Nvidia", "2E9", "USD")));
    }

    /** "il mezzo miliardo raccolto ad agosto": money raised before by the company of the round just told. */
    @Test
    void amountRaisedBeforeBelongsToTheCompanyOfTheRoundJustTold() {
        assertDeals("it", "Poolside ha chiuso un round da 200 milioni di dollari. Il nuovo round segue il mezzo miliardo "
                        + "raccolto a marzo, quando Poolside valeva meno.",
                List.of(deal("Poolside", null, "200E6", "USD"), deal("Poolside", null, "500E6", "USD")));
        assertDeals("en", "Poolside closed a $200 million round. It comes on top of the $500 million raised in March.",
                List.of(deal("Poolside", null, "200E6", "USD"), deal("Poolside", null, "500E6", "USD")));
    }

    /** "L'azienda di Alexa": a name after "of" owns the company described; it is no company of its own. */
    @Test
    void nameAfterOfInADescriptionIsNoNewCompany() {
        EntityLinker linker = EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
        String text = "L'azienda di Zorbulon è il primo investitore di Anthropic. Ad oggi Amazon ha versato 8 miliardi "
                + "di dollari nell'azienda.";
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "it", linker.link(text));
        assertTrue(deals.stream().noneMatch(d -> d.target().name().equals("Zorbulon")), deals.toString());
    }

    /** A first tranche of a round told before is part of it, not a deal of its own; a larger amount still is one. */
    @Test
    void firstTrancheOfARoundToldBeforeIsNoDeal() {
        assertDeals("de", "Cohere sammelte 2 Milliarden Dollar ein. Dem Bericht zufolge soll Cohere anfänglich 500 "
                + "Millionen Dollar erhalten.", List.of(deal("Cohere", null, "2E9", "USD")));
        assertDeals("it", "Cohere ha raccolto 2 miliardi di dollari. Cohere riceverà 500 milioni di dollari in una prima "
                + "tranche.", List.of(deal("Cohere", null, "2E9", "USD")));
        assertDeals("it", "Cohere ha raccolto 2 miliardi di dollari. Poolside riceverà 500 milioni di dollari in una prima "
                + "tranche.", List.of(deal("Cohere", null, "2E9", "USD"), deal("Poolside", null, "500E6", "USD")));
    }

    /** "Respectively" on the paying side: the names before the verb pay the amounts in order. */
    @Test
    void respectivelyPairsThePayersWithTheAmountsInOrder() {
        assertDeals("it", "Nvidia e Microsoft hanno investito rispettivamente 2 e 3 miliardi di dollari in Mistral AI.",
                List.of(deal("Mistral AI", "Nvidia", "2E9", "USD"), deal("Mistral AI", "Microsoft", "3E9", "USD")));
        assertDeals("de", "Nvidia und Microsoft investierten 2 beziehungsweise 3 Milliarden Dollar in Mistral AI.",
                List.of(deal("Mistral AI", "Nvidia", "2E9", "USD"), deal("Mistral AI", "Microsoft", "3E9", "USD")));
    }

    /**
     * The shipped name reader: "das israelische Softwarehaus X" describes X, which is bought; "entra nel capitale di X"
     * buys into X.
     */
    @Test
    void softwareHouseAndBuyingIntoTheCapitalNameTheCompany() {
        EntityLinker linker = EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
        String german = "Für 1,5 Milliarden Dollar übernimmt SAP das israelische Softwarehaus Zorbulon.";
        List<Deal> bought = DealCases.EXTRACTOR.extract(german, "de", linker.link(german));
        assertEquals(1, bought.size(), bought.toString());
        assertEquals("Zorbulon", bought.get(0).target().name());
        assertEquals("sap", bought.get(0).investor().id());
        String italian = "Con un assegno da 2 miliardi di dollari, SoftBank entra nel capitale di Zorbulon.";
        List<Deal> stake = DealCases.EXTRACTOR.extract(italian, "it", linker.link(italian));
        assertEquals(1, stake.size(), stake.toString());
        assertEquals("Zorbulon", stake.get(0).target().name());
        assertEquals("softbank", stake.get(0).investor().id());
    }

    /** German separable contributions and price idioms: "steuert N zur Runde von X bei", "legt für X N auf den Tisch". */
    @Test
    void contributingAndPuttingOnTheTableArePayments() {
        assertDeals("de", "ASML steuert 1,3 Milliarden Euro zur Finanzierungsrunde von Mistral AI bei.",
                List.of(deal("Mistral AI", "ASML", "1.3E9", "EUR")));
        assertDeals("de", "Salesforce legt für Informatica rund 8 Milliarden Dollar auf den Tisch.",
                List.of(deal("Informatica", "Salesforce", "8E9", "USD")));
    }

    /** "Il round di X è stato guidato da Y": passive, Y leads X's round; X does not join it. */
    @Test
    void passiveLedRoundIsTheNamedCompanysRound() {
        assertDeals("it", "Il round da 600 milioni di euro di Helsing è stato guidato da General Catalyst.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
    }

    /** "N wert": what a company is worth is no deal; "im Wert von N" is still the deal's amount. */
    @Test
    void worthIsNoDealButWorthOfIs() {
        assertDeals("de", "Cohere ist nach der jüngsten Runde 7 Milliarden Dollar wert.", List.of());
        assertDeals("de", "Nvidia kauft Aktien von Cohere im Wert von 500 Millionen Dollar.",
                List.of(deal("Cohere", "Nvidia", "500E6", "USD")));
    }

    /** Compound round words of headlines: "maxi-round", "Mega-Runde", "Rekordrunde"; "Gesprächsrunde" is none. */
    @Test
    void compoundRoundWordsOfHeadlines() {
        assertDeals("it", "Nuovo maxi-round per Helsing: 600 milioni di euro guidati da General Catalyst.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
        assertDeals("de", "Rekordrunde für Helsing: 600 Millionen Euro von General Catalyst.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
        assertDeals("de", "Gesprächsrunde für Helsing: 600 Millionen Euro Umsatz erwartet.", List.of());
    }

    /** Headlines: "Geld für X: Y investiert N", the name before the colon after "for" is paid. */
    @Test
    void nameForWhomTheHeadlineSaysTheMoneyIsIsPaid() {
        assertDeals("de", "Milliardenspritze für Helsing: General Catalyst investiert 600 Millionen Euro.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
        assertDeals("it", "Nuovi fondi per Helsing: General Catalyst investe 600 milioni di euro.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
    }

    /** "raddoppia su X": doubles its bet on X, a payment; "raddoppia i ricavi" is none. */
    @Test
    void doublingDownOnACompanyIsAPayment() {
        assertDeals("it", "Nvidia raddoppia su Cohere: altri 500 milioni di dollari nella startup.",
                List.of(deal("Cohere", "Nvidia", "500E6", "USD")));
        assertDeals("it", "Cohere raddoppia i ricavi a 500 milioni di dollari.", List.of());
    }

    /** A phrase fronted before the German auxiliary ("Nach Angaben des Unternehmens hat X") is no preposition of X. */
    @Test
    void frontedPhraseBeforeTheAuxiliaryMarksNoName() {
        assertDeals("de", "Nach Angaben des Unternehmens hat Helsing 600 Millionen Euro eingesammelt.",
                List.of(deal("Helsing", null, "600E6", "EUR")));
        assertDeals("de", "Laut Angaben der Investoren hat Helsing 600 Millionen Euro von General Catalyst erhalten.",
                List.of(deal("Helsing", "General Catalyst", "600E6", "EUR")));
    }
}
