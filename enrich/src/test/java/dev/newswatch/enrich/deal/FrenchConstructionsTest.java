package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.link.EntityLinker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * French constructions of real news (docs/EXTRACTION.md, session 9, French) in sentences of our own: "collecter"
 * as a raise verb, an adjective between the determiner and the noun of a description ("la jeune entreprise"),
 * amounts counted in tens ("cinquante milliards"), "ce deal, évalué à" (a deal noun keeps "évalué à" a deal and
 * refers to the contract told before), "jeune pousse" as the company word that links a name that is also a
 * letter or a word, the company that accepts or rejects an offer ("X a accepté l'offre de rachat de Y": Y bids for
 * X), and a subject pronoun that stands for a subject named up to six sentences before, past sentences that name
 * none, and investors listed after a first investment with their own verb and no object, or with only their amount
 * ("X a investi 300 millions dans Y, le fonds Z a injecté 450 millions, W, 100 millions"): each pays into Y; a paying verb into
 * the round of a company ("investir N dans le tour de table de X") pays that company; the name right after
 * a raised amount after "de" gives it ("a obtenu 4 milliards d'Amazon"); and a name followed by "qui" and a deal verb
 * is that verb's subject whatever preposition stands before it ("en concurrence avec X, qui a levé"); amounts paid "en actions" or "en espèces" after a larger deal of the
 * same payer are parts of its price; and a round whose company is only described is the round of the name its
 * amount is bracketed after ("celle du champion allemand, X (600 millions d'euros)"); the partner of "un accord avec X pour un
 * investissement de N" invests in the company the sentences before are about.
 */
class FrenchConstructionsTest {

    @Test
    void collecterRaisesMoneyForTheCompanyADescriptionStandsFor() {
        Deal deal = assertOneDeal("fr", "Poolside est née à Paris il y a deux ans. La jeune entreprise avait déjà "
                + "collecté 120 millions d'euros au printemps.", "Poolside", null, "120E6", "EUR");
        assertEquals(DealType.INVESTMENT, deal.type());
    }

    @Test
    void anAmountCountedInTensIsReadAsMoney() {
        Deal deal = assertOneDeal("fr", "Oracle a aussi acheté pour cinquante milliards de dollars de puces AMD "
                + "destinées à xAI.", "AMD", "Oracle", "50E9", "USD");
        assertEquals(DealType.CONTRACT, deal.type());
    }

    @Test
    void aDealNounKeepsEvalueAOnTheContractToldBefore() {
        Deal deal = assertOneDeal("fr", "Le 2 mars, CoreWeave a dévoilé un accord avec Databricks pour lui fournir "
                + "des serveurs. Ce deal, évalué à 3,1 milliards de dollars, court sur six ans.",
                "CoreWeave", "Databricks", "3.1E9", "USD");
        assertEquals(DealType.CONTRACT, deal.type());
    }

    @Test
    void theCompanyThatAnswersAnOfferIsTheOneSoughtAndTheNameAfterDeBids() {
        Deal accepted = assertOneDeal("fr", "Après des mois de refus, Cohere a enfin accepté la nouvelle offre de "
                + "rachat d'Oracle à 9 milliards de dollars.", "Cohere", "Oracle", "9E9", "USD");
        assertEquals(DealType.ACQUISITION, accepted.type());
        assertOneDeal("fr", "Helsing a rejeté l'offre d'acquisition de SAP à 2 milliards d'euros.",
                "Helsing", "SAP", "2E9", "EUR");
        // without a verb that answers it, the subject still bids for the company after "de"
        assertOneDeal("fr", "Oracle a présenté une offre de rachat de Cohere à 9 milliards de dollars.",
                "Cohere", "Oracle", "9E9", "USD");
    }

    @Test
    void aSubjectPronounStandsForTheLastSubjectNamedPastSentencesThatNameNone() {
        assertOneDeal("fr", "Databricks est un spécialiste des données. Ce nom revient souvent dans la presse. La "
                + "start-up française travaille avec lui. Depuis, il est le partenaire favori des banques. En mars, "
                + "l'entreprise annonçait le rachat de Cohere. En juin, il a dévoilé l'acquisition d'Informatica pour "
                + "8 milliards de dollars.", "Informatica", "Databricks", "8E9", "USD");
    }

    @Test
    void investorsListedWithTheirOwnVerbOrAmountPayIntoTheCompanyOfTheFirst() {
        List<DealCases.Expected> expected = List.of(deal("Cohere", "Google", "350E6", "USD"),
                deal("Cohere", "Sequoia Capital", "420E6", "USD"), deal("Cohere", "Samsung", "120E6", "USD"));
        assertDeals("fr", "En avril, Google avait investi 350 millions de dollars dans Cohere, le fonds Sequoia "
                + "Capital a versé 420 millions de dollars au printemps, Samsung, 120 millions de dollars en "
                + "septembre.",
                expected);
        assertDeals("en", "In April Google invested $350 million in Cohere, Sequoia Capital injected $420 million in "
                + "June, and Samsung $120 million in September.", expected);
    }

    @Test
    void aPayingVerbIntoTheRoundOfACompanyPaysThatCompany() {
        assertOneDeal("fr", "Samsung va investir 700 millions d'euros dans le tour de table de Cohere, d'après la "
                + "presse coréenne.", "Cohere", "Samsung", "700E6", "EUR");
        assertOneDeal("fr", "Oracle compte investir 2 milliards de dollars dans la levée de fonds d'xAI.",
                "xAI", "Oracle", "2E9", "USD");
    }

    @Test
    void theNameRightAfterARaisedAmountGivesIt() {
        assertOneDeal("fr", "Cohere a récemment obtenu deux milliards de dollars d'Oracle.", "Cohere", "Oracle",
                "2E9", "USD");
        // "d'un coup" names nobody: the raise keeps no investor
        assertOneDeal("fr", "Cohere a levé 550 millions de dollars d'un coup.", "Cohere", null, "550E6", "USD");
    }

    @Test
    void aNameBeforeQuiRaisesWhateverPrepositionStandsBeforeIt() {
        assertOneDeal("fr", "Amazon travaille avec Anthropic. La start-up est en concurrence avec Mistral AI, qui a "
                + "levé au moins 10 milliards de dollars en 2025.", "Mistral AI", null, "10E9", "USD");
        assertOneDeal("en", "Amazon works with Anthropic. The start-up competes with Mistral AI, which raised more "
                + "than $10 billion last year.", "Mistral AI", null, "10E9", "USD");
    }

    @Test
    void amountsPaidInSharesOrCashArePartsOfTheEarlierPriceOfTheSamePayer() {
        assertOneDeal("fr", "Oracle a annoncé le rachat de Cohere pour 30 milliards de dollars. Oracle versera à "
                + "SoftBank 19 milliards de dollars en actions et 11 milliards de dollars en espèces (soit près de dix "
                + "milliards d'euros).", "Cohere", "Oracle", "30E9", "USD");
    }

    @Test
    void aRoundWithoutItsCompanyIsTheRoundOfTheNameItsAmountIsBracketedAfter() {
        assertOneDeal("fr", "Le trimestre n'a connu qu'une seule levée de fonds notable, celle du spécialiste "
                + "allemand de la défense, Helsing (600 millions d'euros en juin).", "Helsing", null, "600E6", "EUR");
        assertOneDeal("en", "The quarter saw only one large funding round, that of the German defence specialist "
                + "Helsing (€600 million in June).", "Helsing", null, "600E6", "EUR");
    }

    @Test
    void thePartnerOfAnAgreementForAnInvestmentInvestsInTheCompanyToldBefore() {
        assertDeals("fr", "Cohere va recevoir 500 millions de dollars d'Oracle. L'annonce arrive deux mois après un "
                + "accord avec Samsung pour un investissement de 300 millions de dollars.",
                List.of(deal("Cohere", "Oracle", "500E6", "USD"), deal("Cohere", "Samsung", "300E6", "USD")));
    }

    @Test
    void jeunePousseIsACompanyWordForANameThatIsAlsoALetter() {
        EntityLinker linker = EntityLinker.of(List.of(
                new Entity("q-labs", "Q Labs", List.of("Q"), "company", null, Map.of("cue-aliases", "Q"))));

        List<String> got = linker.link("La jeune pousse Q a séduit ses clients. Le plan Q reste secret.").stream()
                .map(m -> m.entityId() + ":" + m.start()).toList();

        // the first Q stands next to "pousse"; the second has no company word near it
        assertEquals(List.of("q-labs:16"), got);
    }
}
