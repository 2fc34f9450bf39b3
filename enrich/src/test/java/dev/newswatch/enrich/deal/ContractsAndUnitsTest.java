package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EntityMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contracts of compute named by their two sides (session 15): the two names before a contract word that is not the
 * first contract word of the clause ("The deal came after X widened its Y contract by $N"), and a list of possessive
 * owners before one contract noun ("X's $N and Y's $M Z deals"), each amount a contract between its own owner and Z;
 * the seller of compute of the pair is paid, and a pair with no seller says nothing about who pays. A company that
 * sells a unit of its own ("X sells its Lumen division to Y", "la vente de sa filiale Z"): the unit is bought, not the
 * seller.
 */
class ContractsAndUnitsTest {

    /** CoreWeave sells compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "coreweave"::equals;

    private static List<Deal> deals(String language, String text) {
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
    }

    private static void assertContract(Deal deal, String context, String target, String investor, String amount) {
        assertEquals(target, deal.target().name(), context);
        assertNotNull(deal.investor(), context);
        assertEquals(investor, deal.investor().name(), context);
        assertEquals(0, deal.amount().compareTo(new BigDecimal(amount)), context);
        assertEquals(DealType.CONTRACT, deal.type(), context);
    }

    private static String context(String language, String text, List<Deal> deals) {
        return language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The news came a week after CoreWeave enlarged its OpenAI agreement by $4.2 billion.",
        "en|That contract follows by days CoreWeave's $4.2 billion OpenAI deal.",
        "en|The deal comes after CoreWeave grew its OpenAI contract by $4.2 billion, bringing that total "
                + "to $15.1 billion."})
    void theTwoNamesBeforeALaterContractWordAreItsSides(String language, String text) {
        List<Deal> deals = deals(language, text);
        String context = context(language, text, deals);
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "OpenAI", "4.2E9");
    }

    @Test
    void eachAmountOfAListOfPossessiveOwnersIsTheContractOfItsOwner() {
        String text = "The figure trails CoreWeave's $12 billion and Microsoft's $80 billion OpenAI deals.";
        List<Deal> deals = deals("en", text);
        String context = context("en", text, deals);
        // Microsoft sells no compute here: its amount says nothing about who pays, and is no deal of CoreWeave's
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "OpenAI", "12E9");
    }

    @Test
    void threeOwnersInAListEachGetTheirOwnAmount() {
        String text = "It is smaller than Microsoft's $80 billion, CoreWeave's $12 billion and Meta's $5 billion "
                + "OpenAI contracts.";
        List<Deal> deals = deals("en", text);
        String context = context("en", text, deals);
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "OpenAI", "12E9");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the unit's name after the unit noun, or between the determiner and the noun: the seller's name with it
        "en|Samsung agreed to sell its Lumora division to SoftBank for $2.4 billion.",
        "en|Samsung will sell its Lumora unit to SoftBank for $2.4 billion.",
        "it|Samsung cederà la divisione Lumora a SoftBank per 2,4 miliardi di dollari.",
        "it|Samsung venderà la sua controllata Lumora al gruppo SoftBank per 2,4 miliardi di dollari.",
        "fr|Samsung va céder sa division Lumora à SoftBank pour 2,4 milliards de dollars.",
        "fr|Samsung a fait savoir que la vente de sa filiale Lumora à SoftBank pour 2,4 milliards de dollars.",
        "es|Samsung venderá su división Lumora a SoftBank por 2.400 millones de dólares.",
        "es|Samsung anunció la venta de su división Lumora a SoftBank por 2.400 millones de dólares."})
    void aUnitSoldIsBoughtNotItsSeller(String language, String text) {
        assertOneDeal(language, text, "Samsung Lumora", "SoftBank", "2.4E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the unit named later in the article by a name that begins with the seller's
        "fr|Telefónica confirme la vente de sa filiale au groupe SoftBank pour 900 millions de dollars. SoftBank "
                + "reprendra ainsi Telefónica Deutschland.",
        "es|Telefónica acordó vender su filial a SoftBank por 900 millones de dólares. La venta de Telefónica "
                + "Deutschland se cerrará en junio.",
        "en|Telefónica agreed to sell its subsidiary to SoftBank for $900 million. The sale of Telefónica "
                + "Deutschland will close in June."})
    void aUnitNamedLaterByTheSellersNameIsTheOneBought(String language, String text) {
        // the unit as an entity of the table would name it, in place of the seller's name inside it
        String unit = "Telefónica Deutschland";
        int at = text.indexOf(unit);
        List<EntityMention> mentions = new ArrayList<>(DealCases.FINDER.find(text).stream()
                .filter(m -> m.end() <= at || m.start() >= at + unit.length()).toList());
        mentions.add(new EntityMention("telefonica-de", unit, unit, at, at + unit.length()));
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, mentions);
        String context = context(language, text, deals);
        assertEquals(1, deals.size(), context);
        assertEquals(unit, deals.get(0).target().name(), context);
        assertNotNull(deals.get(0).investor(), context);
        assertEquals("SoftBank", deals.get(0).investor().name(), context);
        assertEquals(DealType.ACQUISITION, deals.get(0).type(), context);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a company named right after the unit noun is the unit; the side of the agreement buys it
        "en|Samsung signed an agreement with Salesforce for the sale of its subsidiary Informatica for $750 million.",
        "it|Samsung ha firmato un accordo con Salesforce per la vendita della sua filiale Informatica per 750 milioni "
                + "di dollari.",
        "fr|Samsung a signé avec Salesforce un accord pour céder sa filiale Informatica pour 750 millions de "
                + "dollars.",
        "es|Samsung firmó un acuerdo con Salesforce para la venta de su filial Informatica por 750 millones de "
                + "dólares.",
        "de|Samsung hat mit Salesforce eine Vereinbarung über den Verkauf seiner Tochter Informatica für 750 Millionen "
                + "Dollar unterzeichnet."})
    void theSideOfAnAgreementForTheSaleOfAUnitBuysIt(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "7.5E8", "USD");
    }

    @Test
    void aStakeOrAWholeCompanySoldStaysASale() {
        // no unit noun after the sale word: the readings of before
        assertOneDeal("en", "Samsung sold its stake in Scale AI for $2 billion.", "Scale AI", null, "2E9", "USD");
        assertOneDeal("fr", "Samsung a cédé sa participation dans Scale AI pour 2 milliards de dollars.", "Scale AI",
                null, "2E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Meta has agreed a deal of up to $9 billion with CoreWeave. Its shares rose. CoreWeave said the contract "
                + "was worth $8.1 billion over five years.",
        "it|Meta ha firmato un accordo fino a 9 miliardi di dollari con CoreWeave. Le azioni sono salite. CoreWeave ha "
                + "precisato che il contratto vale 8,1 miliardi di dollari.",
        "fr|Meta a signé un accord pouvant atteindre 9 milliards de dollars avec CoreWeave. Le titre a bondi. CoreWeave "
                + "a précisé que le contrat valait 8,1 milliards de dollars.",
        "es|Meta cerró un acuerdo de hasta 9.000 millones de dólares con la neonube CoreWeave. Las acciones subieron. CoreWeave "
                + "indicó que el contrato asciende a 8.100 millones de dólares.",
        "de|Meta hat mit CoreWeave einen Vertrag über bis zu 9 Milliarden Dollar geschlossen. Die Aktie stieg. "
                + "CoreWeave bezifferte den Vertrag auf 8,1 Milliarden Dollar."})
    void theContractASellerOfComputeSpeaksOfIsPaidByThePayerOfItsEarlierContract(String language, String text) {
        List<Deal> deals = deals(language, text);
        String context = context(language, text, deals);
        assertEquals(2, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "Meta", "9E9");
        assertContract(deals.get(1), context, "CoreWeave", "Meta", "8.1E9");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // what is supplied is for a description of a company or the subject: the side after "with" supplies
        "en|Meta has agreed a deal of up to $9 billion with CoreWeave to provide compute capacity for the social "
                + "media giant's AI work.",
        "en|Meta signed a $9 billion deal with CoreWeave to provide compute capacity for the group."})
    void theSideAfterWithSuppliesWhatIsForTheSubject(String language, String text) {
        List<Deal> deals = deals(language, text);
        String context = context(language, text, deals);
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "CoreWeave", "Meta", "9E9");
    }

    @Test
    void theSubjectThatSuppliesWithNoBeneficiaryStaysTheSupplier() {
        String text = "AMD signed a $9 billion deal with Meta to supply accelerator chips.";
        List<Deal> deals = deals("en", text);
        String context = context("en", text, deals);
        assertEquals(1, deals.size(), context);
        assertContract(deals.get(0), context, "AMD", "Meta", "9E9");
    }
}
