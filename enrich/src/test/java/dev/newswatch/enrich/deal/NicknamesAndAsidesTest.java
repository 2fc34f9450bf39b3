package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which name of a French news sentence is the party (docs/EXTRACTION.md, session 24), in sentences of our own: a
 * company's name used as another one's nickname ("X, l'Oracle de la logistique", "la « Nvidia coréenne »") is no
 * party; two names joined by "et" across an aside each take their amount of a "respectivement" list, the unknown one
 * too; a fund whose name begins with a known company's name is that fund; a valuation told right after an amount
 * with "de" is that amount's, not the next one's; a round of an opening phrase led by "depuis" or "fort de" is that of
 * the name after its comma, a short description allowed, and so is the purchase of such a phrase ("Avec son rachat de
 * X pour N, Y ..."); a purchase that "costs" an amount "to" a company is that company's; a value someone estimates is
 * no deal; a lead named many sentences after the only round, in a sentence opened by "L'investissement", is that
 * round's.
 */
class NicknamesAndAsidesTest {

    @Test
    void aNicknameInApositionIsNotTheCompanyThatRaises() {
        // Given a company described as "the Oracle of logistics" in apposition, and a lead named after the amount
        // When the sentence is read
        // Then the company that raises is the one named first, not the nickname's
        assertOneDeal("fr", "Poolside, l'Oracle de la logistique, lève 60 millions d'euros auprès de Sequoia Capital.",
                "Poolside", "Sequoia Capital", "60E6", "EUR");
        assertOneDeal("fr", "La start-up Corvanel, le Salesforce des artisans, a levé 75 millions d'euros.",
                "Corvanel", null, "75E6", "EUR");
    }

    @Test
    void aQuotedNicknameSubjectGivesTheAmountToNoCompanyNamedBefore() {
        // Given a raise by a named company, then a sentence whose subject is a quoted nickname
        // When the sentences are read
        // Then only the named company's raise is a deal: the nickname is neither Nvidia nor the company before it
        assertOneDeal("fr", "Helsing lève 40 millions d'euros pour ses drones. La « Nvidia coréenne » amasse près de "
                + "80 millions de dollars.", "Helsing", null, "40E6", "EUR");
    }

    @Test
    void namesJoinedAcrossAnAsideTakeTheirRespectiveAmounts() {
        // Given a known and an unknown company, each with a short description between commas, and two amounts
        // When the sentence is read
        // Then each company takes the amount of its rank
        assertDeals("fr", "Helsing, spécialiste des drones militaires, et Brontivo, éditeur de logiciels comptables, "
                + "ont levé respectivement 210 et 90 millions d'euros.", List.of(
                        deal("Helsing", null, "210E6", "EUR"), deal("Brontivo", null, "90E6", "EUR")));
    }

    @Test
    void aFundNamedAfterAKnownCompanyIsThatFund() {
        // Given a round raised from a fund whose name begins with a company of the table
        // When the sentence is read
        // Then the investor is the fund, not the company its name begins with
        assertOneDeal("fr", "Poolside a conclu un tour de table de 50 millions de dollars auprès de Samsung Horizon "
                + "Partners.", "Poolside", "Samsung Horizon Partners", "50E6", "USD");
    }

    @Test
    void aValuationToldWithDeAfterAnAmountIsThatAmountsOnly() {
        // Given a first round priced at a valuation told as "N de valorisation", then a second round after a comma
        // When the sentence is read
        // Then both rounds are deals and the valuation is none
        assertDeals("fr", "Après un tour de 30 millions d'euros en avril à 1 milliard d'euros de valorisation, "
                + "Poolside a levé 450 millions d'euros en novembre.", List.of(
                        deal("Poolside", null, "30E6", "EUR"), deal("Poolside", null, "450E6", "EUR")));
    }

    @Test
    void aRoundOfAnOpeningPhraseIsThatOfTheNameAfterItsComma() {
        // Given a sentence opened by "depuis" or "fort de" and a possessive round, the company after the comma
        // When the sentence is read
        // Then that company raised the round, a short description before its name or not
        assertOneDeal("fr", "Depuis sa levée de 120 millions d'euros en série C, la fintech Brontivo recrute à tour de "
                + "bras.", "Brontivo", null, "120E6", "EUR");
        assertOneDeal("fr", "Fort de sa levée de 45 millions d'euros, Helsing ouvre un bureau à Munich.", "Helsing", null,
                "45E6", "EUR");
    }

    @Test
    void aValueSomeoneEstimatesIsNoDeal() {
        // Given a raise, then a source that estimates the company's value
        // When the sentence is read
        // Then the raise is the only deal
        assertOneDeal("fr", "Corvanel a levé 300 millions d'euros, d'après un cabinet qui estime la valeur de "
                + "l'entreprise à 4 milliards d'euros.", "Corvanel", null, "300E6", "EUR");
    }

    @Test
    void aPurchaseOfAnOpeningPhraseIsMadeByTheNameAfterItsComma() {
        // Given a sentence opened by "avec" and a possessive purchase with its price, the buyer after the comma
        // When the sentence is read
        // Then the company after the comma buys the company named in the phrase
        Deal deal = assertOneDeal("fr", "Avec son rachat prévu de Corvanel pour 2 milliards de dollars, Oracle signe le "
                + "plus gros achat de son exercice.", "Corvanel", "Oracle", "2E9", "USD");
        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @Test
    void aPurchaseThatCostsACompanyAnAmountIsThatCompanysPurchase() {
        // Given a purchase noun as the subject of "coûter", the amount, then "à" and a company
        // When the sentence is read
        // Then that company is the buyer
        assertOneDeal("fr", "Le rachat de Brontivo aura finalement coûté 900 millions d'euros à Salesforce, selon ses "
                + "comptes annuels.", "Brontivo", "Salesforce", "900E6", "EUR");
    }

    @Test
    void aLeadNamedFarAfterTheOnlyRoundInASentenceReferringToItIsThatRoundsLead() {
        // Given a round, seven sentences about the company, then "L'investissement est mené par" a fund
        // When the text is read
        // Then the fund leads the round
        assertOneDeal("fr", "Poolside a annoncé jeudi une levée de 70 millions d'euros. Elle vend des logiciels de paie. "
                + "Ses clients sont des PME. L'équipe compte 80 personnes. Le siège est à Lille. Un bureau ouvrira à "
                + "Madrid. Les recrutements reprendront en mars. L'investissement est mené par le fonds américain "
                + "Sequoia Capital.", "Poolside", "Sequoia Capital", "70E6", "EUR");
    }
}
