package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parties of a purchase told with the seller named too: the seller is paid but is not the company bought. "pay
 * the seller N for X" (the recipient of a verb of paying, bare or after "to", then a company after "for" past the
 * amount), "buy from the seller N% of X" (the part of the company right after the seller), "agreed to a takeover
 * of X" (a noun of the purchase itself after a verb of answering an offer: the subject buys) and a second amount of
 * a sentence with its own purchase verb, whose name after "from" is the seller, not a payer of its own. The frames that keep
 * their reading: a payment for something that is no company, "paid N for X", a takeover accepted "by" a buyer, an
 * offer accepted, a company bought "from" its seller and a company sold "to" its buyer.
 */
class RolesInPurchasesTest {

    static Stream<Arguments> shouldBuyTheCompanyAndNotTheSeller() {
        return Stream.of(
                // paying the seller for the company
                Arguments.of("en", "Salesforce will pay SoftBank $700 million for Informatica, the two said."),
                Arguments.of("fr", "Salesforce versera 700 millions de dollars à SoftBank pour Informatica."),
                Arguments.of("it", "Salesforce pagherà a SoftBank 700 milioni di dollari per Informatica."),
                Arguments.of("de", "Salesforce zahlt SoftBank 700 Millionen Dollar für Informatica."),
                Arguments.of("es", "Salesforce pagará a SoftBank 700 millones de dólares por Informatica."),
                // a part of the company bought right after the seller
                Arguments.of("it", "Salesforce compra da SoftBank il 100% di Informatica per 700 milioni di dollari."),
                Arguments.of("it", "Salesforce acquista da SoftBank il 60% di Informatica per 700 milioni di dollari."),
                Arguments.of("fr", "Salesforce rachète à SoftBank 100 % de Informatica pour 700 millions de dollars."),
                Arguments.of("en", "Salesforce buys from SoftBank 100% of Informatica for $700 million."),
                // agreeing to a takeover of a company: the subject buys it
                Arguments.of("en", "Salesforce has agreed to a $700 million takeover of Informatica."),
                Arguments.of("en", "Salesforce agreed to a $700 million acquisition of Informatica on Monday."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldBuyTheCompanyAndNotTheSeller(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "700000000", "USD");
    }

    static Stream<Arguments> shouldNotTakeTheSellerOfASecondAmountForItsPayer() {
        return Stream.of(
                Arguments.of("en", "Chip deals were worth $90 billion this year, with Nvidia buying Arm for $40 billion "
                        + "from SoftBank."),
                Arguments.of("it", "Le operazioni dei chip valgono 90 miliardi di dollari, con Nvidia che ha comprato "
                        + "Arm per 40 miliardi di dollari da SoftBank."),
                Arguments.of("it", "Le operazioni dei chip valgono 90 miliardi di dollari, e Nvidia ha rilevato Arm per "
                        + "40 miliardi di dollari da SoftBank."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldNotTakeTheSellerOfASecondAmountForItsPayer(String language, String text) {
        List<Deal> deals = DealCases.extract(language, text);
        Deal forty = deals.stream().filter(d -> d.amount().compareTo(new BigDecimal("40000000000")) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no deal of 40 billion in " + DealCases.summary(deals)));
        assertEquals("Arm", forty.target().name(), DealCases.summary(deals));
        assertEquals("Nvidia", forty.investor() == null ? null : forty.investor().name(), DealCases.summary(deals));
    }

    static Stream<Arguments> shouldKeepASecondAmountFromItsOwnPayer() {
        return Stream.of(
                Arguments.of("en", "Salesforce pledged $4 billion to Anthropic, with $2 billion more from Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldKeepASecondAmountFromItsOwnPayer(String language, String text) {
        List<Deal> deals = DealCases.extract(language, text);
        Deal two = deals.stream().filter(d -> d.amount().compareTo(new BigDecimal("2000000000")) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no deal of 2 billion in " + DealCases.summary(deals)));
        assertEquals("Nvidia", two.investor() == null ? null : two.investor().name(), DealCases.summary(deals));
    }

    static Stream<Arguments> shouldKeepTheReadingOfOtherFrames() {
        return Stream.of(
                Arguments.of("en", "Salesforce paid $700 million for Informatica.", "Informatica"),
                Arguments.of("en", "Salesforce will pay SoftBank $700 million for the licence.", "SoftBank"),
                Arguments.of("it", "Salesforce pagherà 700 milioni di dollari a SoftBank per la licenza.", "SoftBank"),
                Arguments.of("de", "Salesforce zahlt SoftBank 700 Millionen Dollar für die Lizenz.", "SoftBank"),
                Arguments.of("it", "Salesforce compra Informatica da SoftBank per 700 milioni di dollari.",
                        "Informatica"),
                Arguments.of("fr", "Salesforce rachète Informatica à SoftBank pour 700 millions de dollars.",
                        "Informatica"),
                Arguments.of("en", "Salesforce bought 60% of Informatica for $700 million.", "Informatica"),
                Arguments.of("en", "SoftBank sold Informatica to Salesforce for $700 million.", "Informatica"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldKeepTheReadingOfOtherFrames(String language, String text, String target) {
        assertOneDeal(language, text, target, "Salesforce", "700000000", "USD");
    }

    static Stream<Arguments> shouldKeepTheBidderOfATakeoverAccepted() {
        return Stream.of(
                Arguments.of("en", "Informatica agreed to a $700 million takeover by Salesforce."),
                Arguments.of("fr", "Informatica a accepté l'offre de rachat de Salesforce pour 700 millions de "
                        + "dollars."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldKeepTheBidderOfATakeoverAccepted(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "700000000", "USD");
    }
}
