package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms of the deal verbs in the lexicon (session 18, English): every tense and the progressive of the verbs of
 * paying, raising, buying and selling, the phrasal verbs written with their particle ("reeled in", "forked out",
 * "gobbled up", "put up"), an offer for a company ("offered $N for X"), and the participles of paying verbs in a
 * passive ("has been awarded $N by Y", "$N was poured into X by Y"), in sentences of our own. Verbs of paying
 * given an amount are tied to it ("sank $N into X", "contributed $N to X", "lent $N to X"), so that "shares sank 5%"
 * or "lends itself to" stay no deal.
 */
class DealVerbFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sequoia Capital sank $400 million into Helsing last year.",
        "Sequoia Capital has sunk $400 million into Helsing.",
        "Sequoia Capital channelled $400 million into Helsing in March.",
        "Sequoia Capital is channeling $400 million into Helsing.",
        "Sequoia Capital has contributed $400 million to Helsing.",
        "Sequoia Capital contributed about $400 million to Helsing.",
        "Sequoia Capital bankrolled Helsing with $400 million.",
        "Sequoia Capital is bankrolling Helsing with $400 million.",
        "Sequoia Capital lent $400 million to Helsing.",
        "Sequoia Capital forked out $400 million for Helsing.",
        "Sequoia Capital shelled out $400 million for Helsing.",
        "Sequoia Capital splashed out $400 million on Helsing.",
        "Sequoia Capital put up $400 million for Helsing.",
        "Sequoia Capital has offered $400 million for Helsing.",
        "Sequoia Capital made a $400 million offer for Helsing."})
    void theSubjectOfAPayingVerbPaysTheCompanyAfterIt(String text) {
        assertOneDeal("en", text, "Helsing", "Sequoia Capital", "4E8", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing has gathered $400 million from Sequoia Capital.",
        "Helsing drew in $400 million from Sequoia Capital.",
        "Helsing reeled in $400 million from Sequoia Capital.",
        "Helsing has roped in $400 million from Sequoia Capital.",
        "Helsing is attracting $400 million from Sequoia Capital.",
        "Helsing is obtaining $400 million from Sequoia Capital.",
        "Helsing is bringing in $400 million from Sequoia Capital.",
        "Helsing is pulling in $400 million from Sequoia Capital.",
        "Helsing is hauling in $400 million from Sequoia Capital.",
        "Helsing is raking in $400 million from Sequoia Capital.",
        "Helsing is grabbing $400 million from Sequoia Capital.",
        "Helsing is scoring $400 million from Sequoia Capital."})
    void theSubjectOfARaisingVerbIsPaidByTheNameAfterFrom(String text) {
        assertOneDeal("en", text, "Helsing", "Sequoia Capital", "4E8", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Databricks gobbled up Helsing for $400 million.",
        "Helsing was taken over by Databricks for $400 million.",
        "Helsing has been taken over by Databricks for $400 million."})
    void theBuyerPaysTheCompanyBought(String text) {
        assertOneDeal("en", text, "Helsing", "Databricks", "4E8", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Databricks offloaded its stake to SoftBank for $400 million.",
        "Databricks divested the unit to SoftBank for $400 million."})
    void theSellerIsPaidByTheBuyer(String text) {
        assertOneDeal("en", text, "Databricks", "SoftBank", "4E8", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing has been awarded $400 million by SoftBank.",
        "Helsing was granted $400 million by SoftBank.",
        "Helsing was bankrolled with $400 million by SoftBank.",
        "$400 million was poured into Helsing by SoftBank.",
        "$400 million was channelled into Helsing by SoftBank."})
    void theSubjectOfAPassivePayingVerbIsPaidByItsAgent(String text) {
        assertOneDeal("en", text, "Helsing", "SoftBank", "4E8", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Shares of Helsing sank 12% after the report, wiping $400 million off its value.",
        "The model lends itself to defence work, Helsing said of its $400 million valuation.",
        "Helsing offers its software to armies and is valued at $400 million."})
    void aVerbOfPayingWithoutItsAmountIsNoDeal(String text) {
        DealCases.assertDeals("en", text, java.util.List.of());
    }
}
