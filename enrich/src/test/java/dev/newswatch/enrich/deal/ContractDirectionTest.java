package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who pays in sales and contracts of goods and services (docs/EXTRACTION.md, session 12), in sentences of our own in
 * the five languages: the supplier who is paid is the target, the buyer is the investor. A sale word with goods and a
 * recipient (the recipient pays the seller); a contract whose other side buys goods in a relative clause (that side
 * pays); a purchase of goods whose maker is named (the maker is paid); a contract between a seller of compute and
 * another company, German compounds included (the seller is paid); goods bought or rented from a named seller; money
 * spent on goods of a maker; goods supplied with no contract word; an order that comes from a company; a contract of a
 * seller of compute whose customer is not named; contracts of a buyer with several sellers of compute.
 */
class ContractDirectionTest {

    /** CoreWeave sells compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "coreweave"::equals;

    private static Deal onlyDeal(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
        assertEquals(1, deals.size(), language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList()));
        return deals.get(0);
    }

    private static void assertPaid(String language, String text, String target, String investor, String amount) {
        Deal deal = onlyDeal(language, text);
        String context = language + " \"" + text + "\" -> " + EvaluationReport.summary(deal);
        assertEquals(target, deal.target().name(), context);
        assertNotNull(deal.investor(), context);
        assertEquals(investor, deal.investor().name(), context);
        assertEquals(0, deal.amount().compareTo(new BigDecimal(amount)), context);
        assertEquals(DealType.CONTRACT, deal.type(), context);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the buyer as the bare object before the goods (English, German) or after "to", "à", "a", "an"
        "en|AMD has agreed to sell Meta accelerator chips worth up to $45 billion over six years.|45E9",
        "en|AMD will sell custom processors worth $45 billion to Meta by 2030.|45E9",
        "it|AMD venderà a Meta processori per data center per un valore di 45 miliardi di dollari.|45E9",
        "fr|AMD a décidé de vendre à Meta des processeurs pour un montant de 45 milliards de dollars.|45E9",
        "de|AMD verkauft Meta bis 2030 Prozessoren im Wert von 45 Milliarden Dollar.|45E9",
        "de|AMD will an Meta Rechenzentrums-Chips für 45 Milliarden Dollar verkaufen.|45E9",
        "es|AMD se comprometió a vender a Meta procesadores por valor de 45.000 millones de dólares.|45E9"})
    void theRecipientOfASaleOfGoodsPaysTheSeller(String language, String text, String amount) {
        assertPaid(language, text, "AMD", "Meta", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Broadcom unveiled a $70 billion agreement with OpenAI, which will purchase Broadcom's custom chips.|70E9",
        "it|Broadcom ha siglato un accordo da 70 miliardi di dollari con OpenAI, che comprerà processori di Broadcom.|70E9",
        "fr|Broadcom a signé un accord de 70 milliards de dollars avec OpenAI, qui achètera des puces de Broadcom.|70E9",
        "es|Broadcom firmó un acuerdo de 70.000 millones de dólares con OpenAI, que comprará procesadores de Broadcom.|70E9",
        "de|Broadcom hat eine Vereinbarung über 70 Milliarden Dollar mit OpenAI, die Broadcom-Chips kaufen wird.|70E9"})
    void aContractWhoseOtherSideBuysTheGoodsInARelativeClauseIsPaidByThatSide(String language, String text,
                                                                              String amount) {
        assertPaid(language, text, "Broadcom", "OpenAI", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|With its purchase of 300,000 Nvidia GPUs worth $25 billion, Oracle leads the cloud race.|25E9",
        "en|Oracle's purchase of Nvidia processors worth $25 billion was confirmed on Monday.|25E9",
        "de|Mit dem Kauf von 300.000 Nvidia-Prozessoren im Wert von 25 Milliarden Dollar stellt sich Oracle neu "
                + "auf.|25E9",
        "it|Con l'acquisto di 300.000 processori Nvidia per 25 miliardi di dollari, Oracle si rafforza.|25E9",
        "fr|Grâce à l'achat de processeurs Nvidia pour 25 milliards de dollars, Oracle prend de l'avance.|25E9",
        "es|Mediante la compra de procesadores de Nvidia por 25.000 millones de dólares, Oracle toma ventaja.|25E9"})
    void aPurchaseOfGoodsMadeByACompanyPaysTheMaker(String language, String text, String amount) {
        assertPaid(language, text, "Nvidia", "Oracle", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|CoreWeave has signed a four-year contract worth $8 billion with Anthropic.|8E9",
        "de|CoreWeave hat mit Anthropic einen Vierjahresvertrag im Umfang von etwa 8 Mrd. USD unterzeichnet.|8E9",
        "de|Im Juni hatte CoreWeave einen Cloud-Deal über 8 Mrd. USD mit Anthropic bekanntgegeben.|8E9",
        "it|CoreWeave ha firmato con Anthropic un contratto quadriennale da 8 miliardi di dollari.|8E9",
        "fr|CoreWeave a conclu avec Anthropic un contrat de quatre ans de 8 milliards de dollars.|8E9",
        "es|CoreWeave ha cerrado con Anthropic un contrato a cuatro años por 8.000 millones de dólares.|8E9"})
    void aContractBetweenASellerOfComputeAndAnotherCompanyPaysTheSeller(String language, String text, String amount) {
        assertPaid(language, text, "CoreWeave", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Anthropic signed a four-year agreement worth $8 billion to train its models at CoreWeave.|8E9",
        "en|Anthropic has signed an $8 billion contract to use data centres operated by CoreWeave.|8E9",
        "it|Anthropic ha firmato un accordo da 8 miliardi di dollari per addestrare i suoi modelli nei centri di CoreWeave.|8E9",
        "fr|Anthropic a signé un accord de 8 milliards de dollars pour entraîner ses modèles dans les centres de CoreWeave.|8E9",
        "es|Anthropic firmó un acuerdo de 8.000 millones de dólares para entrenar sus modelos en los centros de CoreWeave.|8E9",
        "de|Anthropic hat eine Vereinbarung über 8 Milliarden Dollar zur Nutzung der Rechenzentren von CoreWeave unterzeichnet.|8E9"})
    void aContractOfASellerOfComputeAndABuyerNamedApartInItsClausePaysTheSeller(String language, String text,
                                                                                String amount) {
        assertPaid(language, text, "CoreWeave", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Anthropic has pledged to buy $12 billion of computing capacity from Microsoft.|12E9",
        "it|Anthropic si è impegnata ad acquistare capacità di calcolo da Microsoft per 12 miliardi di dollari.|12E9",
        "fr|Anthropic s'est engagé à acheter pour 12 milliards de dollars de capacité de calcul à Microsoft.|12E9",
        "es|Anthropic se compromete a comprar 12.500 millones de dólares en capacidad de cómputo a Microsoft.|12.5E9",
        "en|Anthropic spends $12 billion to rent GPU servers from Microsoft over five years.|12E9",
        "de|Anthropic gibt 12 Milliarden Dollar aus, um GPU-Server von Microsoft zu mieten.|12E9"})
    void goodsBoughtOrRentedFromASellerPayTheSeller(String language, String text, String amount) {
        assertPaid(language, text, "Microsoft", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Broadcom and OpenAI signed a $70 billion deal under which OpenAI will buy Broadcom processors.|70E9",
        "en|Broadcom signed a $70 billion agreement with OpenAI under which OpenAI will purchase Broadcom's chips.|70E9",
        "de|Broadcom hat mit OpenAI einen Vertrag über 70 Milliarden Dollar geschlossen, wonach OpenAI Broadcom-Chips kauft.|70E9"})
    void aContractUnderWhichTheOtherSideBuysIsPaidByThatSide(String language, String text, String amount) {
        assertPaid(language, text, "Broadcom", "OpenAI", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the company after "with" is the other side, not the buyer of the infinitive
        "en|Oracle entered into a $5 billion agreement with Nvidia to buy processors for its data centres.|5E9"})
    void aContractToBuyGoodsWithACompanyPaysThatCompany(String language, String text, String amount) {
        assertPaid(language, text, "Nvidia", "Oracle", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle plans to spend $25 billion on Nvidia processors next year.|25E9",
        "it|Oracle spenderà 25 miliardi di dollari in processori Nvidia.|25E9",
        "fr|Oracle dépensera 25 milliards de dollars en processeurs Nvidia.|25E9",
        "es|Oracle gastará 25.000 millones de dólares en procesadores de Nvidia.|25E9",
        "de|Oracle gibt 25 Milliarden Dollar für Nvidia-Prozessoren aus.|25E9"})
    void moneySpentOnGoodsOfAMakerPaysTheMaker(String language, String text, String amount) {
        assertPaid(language, text, "Nvidia", "Oracle", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle will invest $25 billion in Nvidia superchips for its new data centre.|25E9",
        "fr|Oracle a conclu un contrat de 25 milliards d'euros pour l'achat de puces Nvidia.|25E9",
        "it|Oracle ha firmato un accordo da 25 miliardi di dollari per l'acquisto di processori Nvidia.|25E9",
        "es|Oracle cerró un pacto de 25.000 millones de dólares para la compra de procesadores de Nvidia.|25E9"})
    void aContractOrAnInvestmentThatBuysGoodsOfAMakerPaysTheMaker(String language, String text, String amount) {
        assertPaid(language, text, "Nvidia", "Oracle", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Broadcom is to supply OpenAI with custom processors worth $18 billion.|18E9",
        "en|Broadcom will deliver processors worth $18 billion to OpenAI.|18E9",
        "it|Broadcom fornirà a OpenAI processori per 18 miliardi di dollari.|18E9",
        "fr|Broadcom livrera à OpenAI des processeurs pour 18 milliards de dollars.|18E9",
        "es|Broadcom suministrará a OpenAI procesadores por valor de 18.000 millones de dólares.|18E9",
        "de|Broadcom liefert OpenAI Prozessoren im Wert von 18 Milliarden Dollar.|18E9"})
    void goodsSuppliedWithNoContractWordArePaidByTheCustomer(String language, String text, String amount) {
        assertPaid(language, text, "Broadcom", "OpenAI", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Anthropic's $8 billion CoreWeave deal is the largest of its kind.|8E9",
        "en|The $8 billion Anthropic-CoreWeave contract runs for four years.|8E9",
        "fr|Le contrat Anthropic-CoreWeave de 8 milliards de dollars court sur quatre ans.|8E9",
        "it|Il contratto Anthropic-CoreWeave da 8 miliardi di dollari dura quattro anni.|8E9",
        "es|El contrato Anthropic-CoreWeave de 8.000 millones de dólares dura cuatro años.|8E9",
        "de|Der Anthropic-CoreWeave-Vertrag über 8 Milliarden Dollar läuft vier Jahre.|8E9"})
    void aContractNamedByItsTwoSidesPaysTheSellerOfCompute(String language, String text, String amount) {
        assertPaid(language, text, "CoreWeave", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Broadcom won an order for custom processors worth $3 billion from Anthropic.|3E9",
        "fr|Anthropic achètera à Broadcom pour 3 milliards de dollars de processeurs.|3E9",
        "de|Anthropic kauft bei Broadcom Prozessoren für 3 Milliarden Dollar.|3E9"})
    void theSellerNamedBeforeTheGoodsIsPaid(String language, String text, String amount) {
        assertPaid(language, text, "Broadcom", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|CoreWeave will provide Anthropic with $5 billion of compute capacity.|5E9",
        "it|CoreWeave fornirà ad Anthropic capacità di calcolo per 5 miliardi di dollari.|5E9",
        "fr|CoreWeave fournira à Anthropic de la capacité de calcul pour 5 milliards de dollars.|5E9",
        "es|CoreWeave proporcionará a Anthropic capacidad de cómputo por 5.000 millones de dólares.|5E9",
        // separable "stellt ... bereit", and the singular "Kapazität"
        "de|CoreWeave stellt Anthropic Rechenkapazität im Wert von 5 Milliarden Dollar bereit.|5E9",
        "de|CoreWeave liefert Anthropic Cloud-Kapazität für 5 Milliarden Dollar.|5E9"})
    void capacitySuppliedToACustomerIsPaidByTheCustomer(String language, String text, String amount) {
        assertPaid(language, text, "CoreWeave", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|CoreWeave reported an order worth at least $3 billion from Anthropic.|3E9",
        "en|CoreWeave won a $3 billion contract from Anthropic for cloud capacity.|3E9"})
    void theCompanyAnOrderComesFromPays(String language, String text, String amount) {
        assertPaid(language, text, "CoreWeave", "Anthropic", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|CoreWeave has signed a $2 billion multi-year lease with a large US hyperscaler.",
        "it|CoreWeave ha firmato un contratto da 2 miliardi di dollari con un grande hyperscaler americano.",
        "fr|CoreWeave a signé un contrat de 2 milliards de dollars avec un grand hyperscaler américain.",
        "es|CoreWeave firmó un contrato de 2.000 millones de dólares con un gran hiperescalador estadounidense.",
        "de|CoreWeave hat einen Vertrag über 2 Mrd. USD mit einem großen US-Hyperscaler geschlossen."})
    void aContractOfASellerOfComputeWithAnUnnamedCustomerPaysTheSeller(String language, String text) {
        Deal deal = onlyDeal(language, text);
        assertEquals("CoreWeave", deal.target().name(), EvaluationReport.summary(deal));
        assertEquals(null, deal.investor(), EvaluationReport.summary(deal));
        assertEquals(0, deal.amount().compareTo(new BigDecimal("2E9")), EvaluationReport.summary(deal));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Meta has signed deals worth more than $20 billion with cloud firms such as CoreWeave and Oracle.",
        "es|Meta ha firmado acuerdos por más de 20.000 millones de dólares con proveedores como CoreWeave y Oracle.",
        "it|Meta ha firmato accordi per oltre 20 miliardi di dollari con società come CoreWeave e Oracle.",
        "fr|Meta a signé des contrats de plus de 20 milliards de dollars avec des sociétés comme CoreWeave et Oracle.",
        "de|Meta hat Verträge über mehr als 20 Milliarden Dollar mit Anbietern wie CoreWeave und Oracle geschlossen."})
    void contractsOfABuyerWithSeveralSellersOfComputeAreNoDealPaidToTheBuyer(String language, String text) {
        Predicate<String> twoSellers = id -> id.equals("coreweave") || id.equals("oracle");
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), twoSellers);
        assertEquals(0, deals.stream().filter(d -> d.target().name().equals("Meta")).count(),
                deals.stream().map(EvaluationReport::summary).toList().toString());
    }

    @ParameterizedTest(name = "{0}: {1}|{2}")
    @CsvSource(delimiter = '|', value = {
        // goods that only describe the company paid or bought: no goods trade
        "es|Nvidia se comprometió a aportar 5.000 millones de dólares al fabricante de chips Intel.|INVESTMENT",
        "it|Nvidia ha reso nota l'acquisizione di Arm, il grande progettista di semiconduttori, per 40 miliardi di dollari.|ACQUISITION",
        "en|Nvidia agreed to acquire Arm, the designer of processors, for $40 billion.|ACQUISITION"})
    void goodsThatDescribeACompanyMakeNoContract(String language, String text, DealType type) {
        Deal deal = onlyDeal(language, text);
        assertEquals(type, deal.type(), EvaluationReport.summary(deal));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the company the money goes to stands between the paying word and someone else's goods
        "en|SoftBank will invest $20 billion in OpenAI to buy Nvidia chips.",
        "en|SoftBank invested $20 billion in OpenAI, which buys Nvidia chips.",
        "fr|SoftBank investira 22 milliards de dollars dans OpenAI pour acheter des puces Nvidia.",
        "de|SoftBank investiert 20 Milliarden Dollar in OpenAI, um Nvidia-Chips zu kaufen.",
        "it|SoftBank investirà 20 miliardi di dollari in OpenAI per comprare chip Nvidia.",
        "es|SoftBank invertirá 20.000 millones de dólares en OpenAI para comprar chips de Nvidia."})
    void moneyPaidToACompanyThatBuysGoodsPaysThatCompanyNotTheMaker(String language, String text) {
        Deal deal = onlyDeal(language, text);
        assertEquals("OpenAI", deal.target().name(), EvaluationReport.summary(deal));
        assertEquals("SoftBank", deal.investor().name(), EvaluationReport.summary(deal));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The fundraise will value CoreWeave at about $3 billion, according to people with knowledge of the deal."})
    void aValuationWithAContractWordFarFromItIsNoContract(String language, String text) {
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
        assertEquals(List.of(), deals);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|SoftBank sold all of its Nvidia shares for $5.8 billion.",
        "it|SoftBank ha venduto l'intera partecipazione in Nvidia per 5,8 miliardi di dollari.",
        "es|SoftBank vendió toda su participación en Nvidia por 5.800 millones de dólares."})
    void aSaleOfSharesIsNoSaleOfGoods(String language, String text) {
        Deal deal = onlyDeal(language, text);
        assertEquals(DealType.SECONDARY_SALE, deal.type(), EvaluationReport.summary(deal));
    }
}
