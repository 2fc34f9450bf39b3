package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French borrowing and the rank lines of weekly round-ups, in sentences of our own: a company that borrows
 * ("emprunter", "un emprunt de N", "un prêt de N") raises the amount from the lender named after "auprès de" or
 * "accordé par"; "une opération de N" is one round of a round-up ("X se classe deuxième avec une opération de N
 * réalisée auprès de Y"); "prêt à" (ready to) is no loan.
 */
class FrenchBorrowingAndRoundUpRankTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing a emprunté 150 millions d'euros auprès de SAP pour ses nouveaux sites.",
        "En 2021, Helsing empruntait 150 millions d'euros auprès de SAP.",
        "Le 4 avril, Helsing obtenait un prêt de 150 millions d'euros accordé par SAP.",
        "Helsing a contracté un emprunt bancaire de 150 millions d'euros auprès de SAP.",
        "Cette semaine, Helsing se classe deuxième avec une opération de 150 millions d'euros réalisée auprès de SAP.",
        "Helsing rafle la deuxième place avec une levée de 150 millions d'euros menée par SAP."})
    void theBorrowerOrTheRankedCompanyRaisesFromTheLender(String text) {
        assertEquals(DealType.INVESTMENT, assertOneDeal("fr", text, "Helsing", "SAP", "150E6", "EUR").type());
    }

    @Test
    void readyToIsNoLoan() {
        assertEquals(List.of(), extract("fr", "Selon son patron, Helsing est prêt à 150 millions d'euros "
                + "de dépenses nouvelles si le marché le permet."));
    }
}
