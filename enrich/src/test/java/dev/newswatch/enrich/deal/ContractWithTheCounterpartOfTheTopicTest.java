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
 * A contract told with one side only, after "with" ("a contract with Meta worth $19bn", "un contrato de N con
 * Oracle"), in a clause with no subject of its own: its other side is the company the sentences before are about,
 * or else the company the article names most often. The seller of compute of the two is paid; when neither or both
 * sell compute, nobody is; contracts brought to a total value are no contract of that amount. A contract signed by a
 * buyer, the one company its clause names, after sentences about a seller of compute pays that seller; a commitment
 * does not. Sentences of our own in the five languages.
 */
class ContractWithTheCounterpartOfTheTopicTest {

    /** Oracle is taken here as the seller of compute, as the shipped entity table says of the clouds. */
    private static final Predicate<String> SELLS_COMPUTE = "oracle"::equals;

    private static List<Deal> deals(String language, String text) {
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), SELLS_COMPUTE);
    }

    private static void assertPaid(String language, String text, String target, String investor, String amount) {
        List<Deal> deals = deals(language, text);
        String context = language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
        assertEquals(1, deals.size(), context);
        Deal deal = deals.get(0);
        assertEquals(target, deal.target().name(), context);
        assertNotNull(deal.investor(), context);
        assertEquals(investor, deal.investor().name(), context);
        assertEquals(0, deal.amount().compareTo(new BigDecimal(amount)), context);
        assertEquals(DealType.CONTRACT, deal.type(), context);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle closed a new loan on Monday. Its contracts with Meta, valued at no less than $15 billion, "
            + "guarantee it.|15E9",
        "en|Oracle closed a new loan on Tuesday. A contract with Meta worth $17 billion backs the financing.|17E9",
        "it|Oracle ha chiuso un nuovo prestito. Lo garantisce un contratto con Meta da 17 miliardi di dollari.|17E9",
        "es|Oracle cerró un nuevo préstamo. Lo respalda un contrato con Meta por 17.000 millones de "
            + "dólares.|17E9",
        "fr|Oracle a obtenu un nouveau prêt. Un contrat avec Meta de 17 milliards de dollars le garantit.|17E9",
        "de|Oracle hat einen neuen Kredit erhalten. Ihn sichert ein Vertrag mit Meta über 17 Milliarden "
            + "Dollar.|17E9"})
    void aContractOfTheSellerOfComputeTheArticleIsAboutIsPaidByTheCompanyAfterWith(String language, String text,
                                                                                 String amount) {
        assertPaid(language, text, "Oracle", "Meta", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|OpenAI keeps buying capacity. Among its deals is a $21 billion contract with Oracle.|21E9",
        "es|OpenAI sigue comprando capacidad. Entre sus acuerdos destaca un contrato de 21.000 millones de dólares "
            + "con Oracle.|21E9",
        "it|OpenAI continua a comprare capacità. Tra i suoi accordi spicca un contratto da 21 miliardi di dollari con "
            + "Oracle.|21E9",
        "fr|OpenAI continue d'acheter de la capacité. Parmi ses accords figure un contrat de 21 milliards de dollars "
            + "avec Oracle.|21E9",
        "de|OpenAI kauft weiter Rechenleistung ein. Dazu gehört ein Vertrag über 21 Milliarden Dollar mit "
            + "Oracle.|21E9"})
    void aContractOfTheBuyerTheArticleIsAboutPaysTheSellerOfComputeAfterWith(String language, String text,
                                                                           String amount) {
        assertPaid(language, text, "Oracle", "OpenAI", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle relies on one large customer. In March, OpenAI signed a first agreement for $12 billion.|12E9",
        "es|Oracle depende de un gran cliente. En marzo, OpenAI firmó un primer acuerdo por 12.000 millones de "
            + "dólares.|12E9",
        "it|Oracle dipende da un grande cliente. A marzo OpenAI ha firmato un primo contratto da 12 miliardi di "
            + "dollari.|12E9",
        "fr|Oracle dépend d'un gros client. En mars, OpenAI a signé un premier contrat de 12 milliards de "
            + "dollars.|12E9",
        "de|Oracle hängt von einem großen Kunden ab. Im März unterzeichnete OpenAI einen ersten Vertrag über 12 "
            + "Milliarden Dollar.|12E9"})
    void aBuyerThatSignsAContractAfterSentencesAboutASellerOfComputePaysThatSeller(String language, String text,
                                                                                  String amount) {
        assertPaid(language, text, "Oracle", "OpenAI", amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle relies on large customers. Microsoft announced a new $80 billion commitment to its own sites.",
        "it|Oracle dipende da grandi clienti. Microsoft ha annunciato un nuovo impegno da 80 miliardi di dollari "
            + "per i suoi centri."})
    void aCommitmentOfABuyerIsNoContractWithTheSellerBefore(String language, String text) {
        List<Deal> deals = deals(language, text);
        assertEquals(List.of(), deals.stream().filter(d -> d.target().name().equals("Oracle"))
                .map(EvaluationReport::summary).toList(), language + " \"" + text + "\"");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce is growing fast. Its contract with Meta, worth $3 billion, runs for five years.",
        "it|Salesforce cresce in fretta. Il suo contratto con Meta, da 3 miliardi di dollari, dura cinque anni.",
        "es|Salesforce crece deprisa. Su contrato con Meta, de 3.000 millones de dólares, dura cinco años.",
        "fr|Salesforce croît vite. Son contrat avec Meta, de 3 milliards de dollars, court sur cinq ans.",
        "de|Salesforce wächst schnell. Sein Vertrag mit Meta über 3 Milliarden Dollar läuft fünf Jahre."})
    void aContractBetweenTwoCompaniesThatSellNoComputeSaysNotWhoPays(String language, String text) {
        List<Deal> deals = deals(language, text);
        assertEquals(List.of(), deals.stream().map(EvaluationReport::summary).toList(), language + " \"" + text + "\"");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle grew fast. Earlier contracts, like the one with OpenAI, brought that partnership to a total "
            + "value of $23 billion.",
        "it|Oracle è cresciuta. Contratti firmati in passato, per esempio quello con OpenAI, hanno portato la "
            + "partnership a un valore complessivo di 26 miliardi di dollari.",
        "es|Oracle creció. Contratos anteriores, como el firmado con OpenAI, llevaron la alianza a un valor total "
            + "de 23.000 millones de dólares.",
        "fr|Oracle a grandi. Des contrats antérieurs, comme celui avec OpenAI, ont porté ce partenariat à une "
            + "valeur totale de 23 milliards de dollars.",
        "de|Oracle wuchs. Frühere Verträge, etwa der mit OpenAI, brachten die Partnerschaft auf einen Gesamtwert "
            + "von 23 Milliarden Dollar."})
    void contractsBroughtToATotalValueAreNoContractOfThatAmount(String language, String text) {
        List<Deal> deals = deals(language, text);
        assertEquals(List.of(), deals.stream().map(EvaluationReport::summary).toList(), language + " \"" + text + "\"");
    }
}
