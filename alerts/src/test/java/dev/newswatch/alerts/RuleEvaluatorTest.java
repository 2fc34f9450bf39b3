package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules evaluated on two alerts: ASML investing in Mistral AI (French, $1.5 billion) and a Nvidia rumour. */
class RuleEvaluatorTest {

    private static final Instant SEEN = Instant.parse("2026-11-26T09:30:00Z");
    private static final Entity ASML = new Entity("asml", "ASML", List.of(), "company", null, Map.of("country", "NL"));
    private static final Entity MISTRAL = new Entity("mistral-ai", "Mistral AI", List.of(), "company", null,
            Map.of("country", "FR"));
    private static final Entity NVIDIA = new Entity("nvidia", "Nvidia", List.of(), "company", null, Map.of("country", "US"));
    private static final Entity AWS = new Entity("aws", "AWS", List.of(), "company", "amazon", Map.of("country", "US"));

    private static final Alert ASML_MISTRAL = alert(ASML, MISTRAL, "1500000000", DealType.INVESTMENT, DealStage.ANNOUNCED,
            "ASML investit 1,3 milliard d'euros dans Mistral AI, la pépite française des puces IA",
            new Source("a1", "Les Échos", "ASML mise sur Mistral AI", "https://x.invalid/1", "fr", SEEN, "les-echos"),
            List.of("ai-funding"));
    private static final Alert NVIDIA_RUMOUR = alert(NVIDIA, AWS, null, DealType.ACQUISITION, DealStage.RUMOURED,
            "Nvidia is said to weigh a bid for an AWS chip unit, a rumour that AI chips makers denied",
            new Source("a2", "Reuters", "Rumour: Nvidia eyes AI chips unit", "https://x.invalid/2", "en", SEEN, null),
            List.of("semiconductors"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // query                                                        | ASML-Mistral | Nvidia rumour
            "mistral                                                        | true  | false",
            "MISTRAL-AI                                                     | true  | false",
            "\"ai chips\"                                                   | false | true",
            "\"chips ai\"                                                   | false | false",
            "pepite                                                         | true  | false",
            "rumour                                                         | false | true",
            "rumours                                                        | false | true",   // a plural matches its singular
            "NOT rumour                                                     | true  | false",
            "nvidia OR asml                                                 | true  | true",
            "(nvidia OR \"ai chips\") AND NOT rumour                        | false | false",
            "(nvidia OR mistral) AND NOT rumour                             | true  | false",
            "entity:mistral-ai                                              | true  | false",
            "entity:amazon                                                  | false | true",
            "role:target=mistral-ai                                         | true  | false",
            "role:investor=mistral-ai                                       | false | false",
            "role:target=amazon                                             | false | true",
            "country:fr                                                     | true  | false",
            "country:US                                                     | false | true",
            "NOT country:DE                                                 | true  | true",
            "feed:les-echos                                                 | true  | false",
            "outlet:reuters                                                 | false | true",
            "type:acquisition                                               | false | true",
            "stage:announced                                                | true  | false",
            "category:ai-funding                                            | true  | false",
            "language:en                                                    | false | true",
            "amount>=1.5B                                                   | true  | false",
            "amount>1.5B                                                    | false | false",
            "amount<2B                                                      | true  | false",
            "NOT amount>=1K                                                 | false | true",
            "amount=1500M                                                   | true  | false",
            "mistral AND country:FR AND role:target=mistral-ai AND amount>=500M AND NOT rumour | true | false",
            "nvidia mistral                                                 | false | false"})
    void matches(String query, boolean asmlMistral, boolean nvidiaRumour) {
        var rule = RuleEvaluator.rule(query.strip());
        assertEquals(asmlMistral, RuleEvaluator.matches(rule, ASML_MISTRAL), "ASML-Mistral");
        assertEquals(nvidiaRumour, RuleEvaluator.matches(rule, NVIDIA_RUMOUR), "Nvidia rumour");
    }

    @Test
    void aSubscriptionQueryMustMatchAsWellAsItsOtherFilters() {
        Subscription rule = new Subscription("fr", "console", null, List.of(), null, null, null, null, BigDecimal.ZERO,
                List.of(), List.of(), List.of(), List.of(), List.of(), 0, false, null, null, null, null, null, null, null,
                null, "country:FR AND NOT rumour");
        Subscription ruleAndStage = new Subscription("fr-talks", "console", null, List.of(), null, null, null, null,
                BigDecimal.ZERO, List.of(), List.of(), List.of("in-talks"), List.of(), List.of(), 0, false, null, null,
                null, null, null, null, null, null, "country:FR");

        assertTrue(SubscriptionFilter.wants(rule, ASML_MISTRAL, BigDecimal.ZERO));
        assertFalse(SubscriptionFilter.wants(ruleAndStage, ASML_MISTRAL, BigDecimal.ZERO), "the stage list still applies");
        assertEquals(List.of(rule), SubscriptionFilter.matching(List.of(rule, ruleAndStage), ASML_MISTRAL, BigDecimal.ZERO));
    }

    private static Alert alert(Entity investor, Entity target, String usd, DealType type, DealStage stage, String evidence,
                               Source source, List<String> categories) {
        BigDecimal amount = usd == null ? null : new BigDecimal(usd);
        Deal deal = new Deal(new Party(investor.id(), investor.name(), investor), new Party(target.id(), target.name(), target),
                amount, null, amount == null ? null : "USD", amount, Qualifier.EXACT, type, stage, evidence, 0,
                evidence.length());
        return new Alert("alert-" + investor.id(), Alert.NEW, new TrackedDeal("deal-" + investor.id(), deal, categories,
                List.of(source), SEEN, SEEN, 1, null), SEEN);
    }
}
