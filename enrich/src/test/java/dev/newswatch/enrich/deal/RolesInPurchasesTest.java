package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parties of a purchase told with the seller named too: the seller is paid but is not the company bought. A
 * second amount of a sentence with its own purchase verb names its seller after "from" ("..., with Nvidia buying Arm
 * for $40bn from SoftBank"): the seller is not a payer of its own; a second amount without a verb of its own keeps
 * the payer named after it ("with $2bn more from Nvidia").
 */
class RolesInPurchasesTest {

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
}
