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

/** Which subscriptions want which alert: the threshold (own or default), each filter list, disabled. */
class SubscriptionFilterTest {

    private static final BigDecimal DEFAULT_MIN = new BigDecimal("100000000");
    private static final Instant SEEN = Instant.parse("2026-11-26T09:30:00Z");

    private static final Entity AMAZON = new Entity("amazon", "Amazon", List.of(), "company", null, Map.of());
    private static final Entity AWS = new Entity("aws", "AWS", List.of("Amazon Web Services"), "company", "amazon", Map.of());
    private static final Entity OPENAI = new Entity("openai", "OpenAI", List.of(), "company", null, Map.of());
    private static final Entity ANTHROPIC = new Entity("anthropic", "Anthropic", List.of(), "company", null, Map.of());

    /** The running example: Amazon in talks to invest more than $10 billion in OpenAI, reported in Italian. */
    private static final Alert AMAZON_OPENAI = alert(party(AMAZON), party(OPENAI), "10000000000",
            DealType.INVESTMENT, DealStage.IN_TALKS, List.of("ai-funding", "cloud"), List.of("it"));

    // ---- threshold ----

    @Test
    void shouldWantAnAlertAtOrAboveTheDefaultThresholdWhenTheSubscriptionHasNone() {
        // Given a subscription without its own threshold and a deal of exactly the default
        Subscription any = subscription("any", null);
        Alert atDefault = withAmount("100000000");
        Alert belowDefault = withAmount("99999999.99");

        // Then the default is inclusive
        assertTrue(SubscriptionFilter.wants(any, atDefault, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(any, belowDefault, DEFAULT_MIN));
    }

    @Test
    void shouldUseItsOwnThresholdInsteadOfTheDefault() {
        // Given a subscription asking for $1 billion and up, and another for $1 million and up
        Subscription bigOnly = subscription("big-only", new BigDecimal("1000000000"));
        Subscription small = subscription("small", new BigDecimal("1000000"));
        Alert halfBillion = withAmount("500000000");
        Alert fiveMillion = withAmount("5000000");

        // Then its own threshold wins over the default, above and below it
        assertFalse(SubscriptionFilter.wants(bigOnly, halfBillion, DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(bigOnly, AMAZON_OPENAI, DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(small, fiveMillion, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(subscription("default", null), fiveMillion, DEFAULT_MIN));
    }

    @Test
    void shouldNotWantADealWithoutAUsdAmountEvenWithAZeroThreshold() {
        // Given an undisclosed amount and a subscription that takes every amount
        Alert undisclosed = alert(party(AMAZON), party(OPENAI), null, DealType.INVESTMENT, DealStage.IN_TALKS,
                List.of("ai-funding"), List.of("en"));

        // Then there is nothing to compare: no alert
        assertFalse(SubscriptionFilter.wants(subscription("all", BigDecimal.ZERO), undisclosed, DEFAULT_MIN));
    }

    // ---- filters ----

    @Test
    void shouldMatchAnyOfItsCategories() {
        assertTrue(SubscriptionFilter.wants(filtered(List.of("cloud", "chips"), List.of(), List.of(), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of("chips"), List.of(), List.of(), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldMatchAnEntityOnEitherSideOfTheDeal() {
        // investor side, target side, neither
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of("amazon"), List.of(), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of("openai"), List.of(), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of("anthropic"), List.of(), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldMatchAParentEntityFilterWhenTheDealNamesItsSubsidiary() {
        // Given AWS investing in Anthropic, with the party carrying its entity record (parent amazon)
        Alert awsDeal = alert(party(AWS), party(ANTHROPIC), "4000000000", DealType.INVESTMENT, DealStage.ANNOUNCED,
                List.of("ai-funding"), List.of("en"));

        // Then a filter on amazon matches through Party.entity().parent()
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of("amazon"), List.of(), List.of(), List.of()),
                awsDeal, DEFAULT_MIN));
        // and a filter on the child does not match a deal by the parent
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of("aws"), List.of(), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldNotMatchTheParentWhenThePartyHasNoEntityRecord() {
        // Given the same AWS deal before the join to the entity table (Party.of: no entity, so no parent known)
        Alert unjoined = alert(Party.of("aws", "AWS"), party(ANTHROPIC), "4000000000", DealType.INVESTMENT,
                DealStage.ANNOUNCED, List.of("ai-funding"), List.of("en"));

        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of("amazon"), List.of(), List.of(), List.of()),
                unjoined, DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of("aws"), List.of(), List.of(), List.of()),
                unjoined, DEFAULT_MIN));
    }

    @Test
    void shouldMatchAnEntityFilterWhenOnlyOneSideIsKnown() {
        // Given "OpenAI raises $6.6 billion" with no investor named
        Alert noInvestor = alert(null, party(OPENAI), "6600000000", DealType.INVESTMENT, DealStage.COMPLETED,
                List.of("ai-funding"), List.of("en"));

        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of("openai"), List.of(), List.of(), List.of()),
                noInvestor, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of("amazon"), List.of(), List.of(), List.of()),
                noInvestor, DEFAULT_MIN));
    }

    @Test
    void shouldAlertAProvisionalPartyToAnAmountSubscriberAndMatchItByTheIdItWillBeAddedUnder() {
        // Given a deal between two companies the entity table does not know
        Alert open = alert(Party.provisional("Halvora Capital"), Party.provisional("Zentrix Robotics"), "300000000",
                DealType.INVESTMENT, DealStage.ANNOUNCED, List.of(), List.of("en"));

        // Then a subscriber with min-amount-usd: 100000000 wants it, and an entity filter matches the provisional id
        assertTrue(SubscriptionFilter.wants(subscription("hundred-million", new BigDecimal("100000000")), open,
                DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of("zentrix-robotics"), List.of(), List.of(),
                List.of()), open, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of("amazon"), List.of(), List.of(), List.of()),
                open, DEFAULT_MIN));
    }

    @Test
    void shouldMatchStagesByTheirWireNames() {
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of("in-talks", "announced"), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of("completed"), List.of(), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldMatchTypesByTheirWireNames() {
        Alert secondary = alert(party(AMAZON), party(OPENAI), "1500000000", DealType.SECONDARY_SALE, DealStage.ANNOUNCED,
                List.of("ai-funding"), List.of("en"));

        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of(), List.of("secondary-sale"), List.of()),
                secondary, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of(), List.of("acquisition"), List.of()),
                AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldMatchALanguageOfAnySource() {
        // Given one deal reported in Italian and in German
        Alert twoLanguages = alert(party(AMAZON), party(OPENAI), "10000000000", DealType.INVESTMENT, DealStage.IN_TALKS,
                List.of("ai-funding"), List.of("it", "de"));

        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of(), List.of(), List.of("de")),
                twoLanguages, DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of(), List.of(), List.of("en", "it")),
                twoLanguages, DEFAULT_MIN));
        assertFalse(SubscriptionFilter.wants(filtered(List.of(), List.of(), List.of(), List.of(), List.of("fr")),
                twoLanguages, DEFAULT_MIN));
    }

    @Test
    void shouldRequireEveryFilterItSetsToMatch() {
        // Given a subscription whose category and entity match but whose stage does not
        Subscription strict = filtered(List.of("ai-funding"), List.of("openai"), List.of("completed"), List.of(), List.of());
        Subscription loose = filtered(List.of("ai-funding"), List.of("openai"), List.of("in-talks"), List.of("investment"),
                List.of("it"));

        assertFalse(SubscriptionFilter.wants(strict, AMAZON_OPENAI, DEFAULT_MIN));
        assertTrue(SubscriptionFilter.wants(loose, AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldNotWantAnythingWhenDisabled() {
        // Given a subscription that would match, then answered 410 Gone
        Subscription gone = subscription("gone", null).disable("HTTP 410 Gone from https://example.com/hook");

        assertFalse(SubscriptionFilter.wants(gone, AMAZON_OPENAI, DEFAULT_MIN));
    }

    @Test
    void shouldListOnlyTheMatchingSubscriptionsInTheirOrder() {
        // Given four subscriptions, two of which want the alert
        Subscription all = subscription("all", null);
        Subscription chips = filtered(List.of("chips"), List.of(), List.of(), List.of(), List.of());
        Subscription amazon = new Subscription("amazon-watch", Subscription.CONSOLE, null, null, null, null, null, null, null,
                null, List.of("amazon"), null, null, null, 0, false, null);
        Subscription disabled = subscription("off", null).disable("unsubscribed by the recipient");

        List<Subscription> matching = SubscriptionFilter.matching(List.of(all, chips, amazon, disabled), AMAZON_OPENAI,
                DEFAULT_MIN);

        assertEquals(List.of("all", "amazon-watch"), matching.stream().map(Subscription::id).toList());
    }

    // ---- fixtures ----

    private static Party party(Entity e) {
        return new Party(e.id(), e.name(), e);
    }

    private static Alert withAmount(String usd) {
        return alert(party(AMAZON), party(OPENAI), usd, DealType.INVESTMENT, DealStage.IN_TALKS, List.of("ai-funding"),
                List.of("en"));
    }

    private static Alert alert(Party investor, Party target, String usd, DealType type, DealStage stage,
                               List<String> categories, List<String> languages) {
        BigDecimal amount = usd == null ? null : new BigDecimal(usd);
        Deal deal = new Deal(investor, target, amount, null, amount == null ? null : "USD", amount, Qualifier.MORE_THAN,
                type, stage, "evidence", 0, 8);
        List<Source> sources = languages.stream()
                .map(l -> new Source("article-" + l, "outlet-" + l, "title", "https://news.example.test/" + l, l, SEEN))
                .toList();
        TrackedDeal tracked = new TrackedDeal("deal-1", deal, categories, sources, SEEN, SEEN, 1, "new");
        return new Alert("deal-1-v1", Alert.NEW, tracked, SEEN);
    }

    private static Subscription subscription(String id, BigDecimal min) {
        return new Subscription(id, Subscription.CONSOLE, null, null, null, null, null, null, min, null, null, null, null,
                null, 0, false, null);
    }

    private static Subscription filtered(List<String> categories, List<String> entities, List<String> stages,
                                         List<String> types, List<String> languages) {
        return new Subscription("filtered", Subscription.CONSOLE, null, null, null, null, null, null, null, categories,
                entities, stages, types, languages, 0, false, null);
    }
}
