package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which name in a Spanish deal sentence is the party (session 24): the buyer named right after an acquisition noun
 * before a description of the company bought, a buyer after "por parte de" behind an apposition, a left-out subject
 * after an opening phrase of time, a subjunctive commitment, a price in a relative clause before its verb, and a
 * building's place that takes no party's place. The sentences are written for these tests.
 */
class SpanishPartyBindingTest {

    @Test
    void theNameRightAfterTheAcquisitionNounBuysTheDescribedCompany() {
        // Given a purchase told as "la adquisición de X de la firma ... Y"
        String text = "La adquisición de Salesforce de la firma de datos Informatica tendrá un valor de 8.000 "
                + "millones de dólares.";

        // When the deals are read / Then Salesforce buys Informatica
        assertOneDeal("es", text, "Informatica", "Salesforce", "8E9", "USD");
    }

    @Test
    void theBuyerAfterAnAppositionOfTheCompanyBoughtStillBuys() {
        // Given a buyer named with "por parte de" after the company bought and its apposition
        String text = "Con la compra por 900 millones de dólares de Informatica, la firma de datos de California, "
                + "por parte de Salesforce, el sector vuelve a moverse.";

        // When the deals are read / Then Salesforce pays
        assertOneDeal("es", text, "Informatica", "Salesforce", "9E8", "USD");
    }

    @Test
    void aPaymentAfterAnOpeningPhraseOfTimeHasTheCompanyBeforeAsItsLeftOutSubject() {
        // Given a sentence about Google, then one opening with a year and a paying verb with no subject
        String text = "Google ha cerrado varias compras discretas. En 2021 pagó 700 millones de dólares por "
                + "Poolside, empresa de programación asistida.";

        // When the deals are read / Then Google pays for Poolside
        assertOneDeal("es", text, "Poolside", "Google", "7E8", "USD");
    }

    @Test
    void aCommitmentInTheSubjunctiveIsPaidByItsSubject() {
        // Given "después de que X comprometiera N en Y"
        String text = "Las acciones subieron después de que Nvidia comprometiera en marzo 2.000 millones de "
                + "dólares en Intel.";

        // When the deals are read / Then Nvidia pays Intel
        assertOneDeal("es", text, "Intel", "Nvidia", "2E9", "USD");
    }

    @Test
    void aPriceBeforeARelativeClauseGoesToWhatItsVerbBuys() {
        // Given the amount first, then "que X ofrece/pagó por Y"
        String offered = "Los 6.000 millones de dólares que Qualcomm ofrece por Arm son solo el primer paso.";
        String paid = "Los 6.000 millones de dólares que Qualcomm pagó por Arm sorprendieron al mercado.";

        // When the deals are read / Then Qualcomm pays for Arm in both
        assertOneDeal("es", offered, "Arm", "Qualcomm", "6E9", "USD");
        assertOneDeal("es", paid, "Arm", "Qualcomm", "6E9", "USD");
    }

    @Test
    void aPlaceAfterABuildingTakesNoPartysPlace() {
        // Given money spent on a data centre or a cloud region in a place the table does not know
        String dataCentre = "Oracle gastará 800 millones de euros para construir un centro de datos en Valdelomar, "
                + "junto a la costa.";
        String region = "Oracle abrirá con 1.500 millones de euros su primera región cloud en la Comarca Central.";

        // When the deals are read / Then neither place is paid
        assertDeals("es", dataCentre, List.of());
        assertDeals("es", region, List.of());
    }

    @Test
    void aChequeOfAnAmountIsMoneyPutIntoTheCompanyAfterEn() {
        // Given "un cheque de N para entrar en Y"
        String text = "SoftBank prepara un cheque de 4.000 millones de dólares para entrar en Cohere.";

        // When the deals are read / Then SoftBank pays Cohere
        assertOneDeal("es", text, "Cohere", "SoftBank", "4E9", "USD");
    }

    @Test
    void aPlaceNamedThroughWhereSomethingStandsTakesNoPartysPlace() {
        // Given a campus "ubicado en", a site "cerca de" and land bought "en" a place the table does not know
        String located = "Oracle destinará 900 millones de euros a un campus ubicado en Valdelomar.";
        String near = "Oracle invertirá 600 millones de euros en un nuevo edificio cerca de Valdelomar.";
        String land = "Oracle compró 40.000 metros cuadrados de suelo en Valdelomar con una inversión de 300 millones "
                + "de euros.";

        // When the deals are read / Then no place is paid
        assertDeals("es", located, List.of());
        assertDeals("es", near, List.of());
        assertDeals("es", land, List.of());
    }

    @Test
    void anInfinitiveAfterAPrepositionOfTimeDoesNotTakeTheAmountOfThePurchaseBefore() {
        // Given a purchase whose amount is followed by "tras recibir ..."
        String text = "Salesforce culmina la adquisición de Informatica por 900 millones de euros tras recibir la "
                + "autorización de los reguladores.";

        // When the deals are read / Then Salesforce buys Informatica
        assertOneDeal("es", text, "Informatica", "Salesforce", "9E8", "EUR");
    }
}
