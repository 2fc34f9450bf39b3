package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.CategoryTag;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.rule.KeywordForms;
import dev.newswatch.core.serde.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Language-aware keywords ({@link KeywordForms} from a taxonomy {@code forms} section written here) and article
 * alerts ({@code alert-on: articles}), on sentences written for this test.
 */
class KeywordFormsRuleTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Entity CISCO = new Entity("cisco", "Cisco", List.of(), "company", null, Map.of("country", "US"));
    private static final Entity SPLINE = new Entity("spline-ai", "Spline AI", List.of(), "company", null,
            Map.of("country", "IT"));
    private static final Entity AWS = new Entity("aws", "AWS", List.of(), "company", "amazon", Map.of("country", "US"));

    @TempDir
    static Path dir;
    private static KeywordForms forms;

    @BeforeAll
    static void writeTheForms() throws IOException {
        Path taxonomy = dir.resolve("taxonomy.yml");
        Files.writeString(taxonomy, """
                categories: {}
                forms:
                  acquisition:
                    en: [acquisition, takeover]
                    it: [acquisizione, acquisizioni]
                    de: [Übernahme, Übernahmen]
                    fr: [rachat]
                    es: [adquisición]
                  ai chips:
                    en: [ai chips]
                    fr: [puces IA]
                    de: [KI-Chips]
                """);
        forms = KeywordForms.load(taxonomy);
    }

    /** A deal alert whose only source is {@code title} in {@code language}; the evidence is the title too. */
    private static Alert deal(String title, String language) {
        Deal deal = new Deal(new Party("cisco", "Cisco", CISCO), new Party("spline-ai", "Spline AI", SPLINE),
                new BigDecimal("900000000"), null, "USD", new BigDecimal("900000000"), Qualifier.EXACT,
                DealType.ACQUISITION, DealStage.ANNOUNCED, title, 0, title.length());
        Source source = new Source("a-" + language, "Wire " + language, title, "https://x.invalid/" + language, language,
                AT, "wire-" + language);
        return new Alert("deal-1-v1", Alert.NEW, new TrackedDeal("deal-1", deal, List.of("m-and-a"), List.of(source), AT,
                AT, 1, "new"), AT);
    }

    private static Alert article(String title, String summary, String language, List<Entity> entities) {
        Article a = new Article("art-" + Math.abs(title.hashCode()), "wire-" + language, "Wire " + language,
                "https://x.invalid/a", title, summary, "<p>html</p>", AT, AT, language, List.of(), List.of(),
                "a long page text that rules do not read");
        return Alert.ofArticle(new EnrichedArticle(a.id(), a, List.of(new CategoryTag("chips", List.of("chip"), 1)),
                List.of(), entities, List.of()), AT);
    }

    @ParameterizedTest(name = "{0} on \"{1}\" ({2})")
    @CsvSource(delimiter = '|', value = {
            // query         | title                                                         | language | matches
            "acquisition     | Cisco annuncia l'acquisizione di Spline AI                    | it | true",
            "acquisition     | Cisco kündigt die Übernahme von Spline AI an                  | de | true",
            "acquisition     | Cisco annonce le rachat de Spline AI                          | fr | true",
            "acquisition     | Cisco anuncia la adquisición de Spline AI                     | es | true",
            "ACQUISITIONS    | Cisco anuncia la ADQUISICIÓN de Spline AI                     | es | true",   // plural, case, accent
            "acquisition     | Cisco completes its takeover of Spline AI                     | en | true",
            "takeover        | Cisco kündigt die Übernahme von Spline AI an                  | de | true",   // any form names the term
            "uebernahme      | Cisco kündigt die Übernahme von Spline AI an                  | de | false",  // no such form
            "ubernahme       | Cisco kündigt die Übernahme von Spline AI an                  | de | true",   // accents folded
            // a form of another language does not count: "rachat" is French, this article Italian
            "acquisition     | Il rachat di Spline AI, scrive la stampa francese             | it | false",
            "\"ai chips\"    | Spline AI vend ses puces IA à Cisco                            | fr | true",
            "\"ai chips\"    | Spline AI verkauft KI-Chips an Cisco                           | de | true",
            "\"ai chip\"     | Spline AI sells its AI chips to Cisco                          | en | true",   // plural in a phrase
            "\"ai chips\"    | Spline AI sells chips and AI software to Cisco                 | en | false",  // not next to each other
            "acquisition AND NOT rachat | Cisco annonce le rachat de Spline AI              | fr | false",
            "news            | Cisco buys new Spline AI chips                                | en | false"}) // "new" is no plural of it
    void shouldMatchAKeywordThroughTheFormsOfTheArticlesLanguage(String query, String title, String language,
                                                                 boolean expected) {
        var rule = RuleEvaluator.rule(query.strip());

        assertEquals(expected, RuleEvaluator.matches(rule, deal(title.strip(), language.strip()), forms), "deal alert");
        assertEquals(expected, RuleEvaluator.matches(rule, article(title.strip(), "", language.strip(), List.of()), forms),
                "article alert");
    }

    @Test
    void shouldMatchEveryLanguagesFormsWhenTheLanguageIsUnknown() {
        var rule = RuleEvaluator.rule("acquisition");

        assertTrue(RuleEvaluator.matches(rule, article("Cisco: rachat de Spline AI", "", "und", List.of()), forms));
        assertFalse(RuleEvaluator.matches(rule, article("Cisco: rachat de Spline AI", "", "und", List.of()),
                KeywordForms.NONE), "without forms only the word itself");
    }

    @Test
    void shouldFoldTheSameWayUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            // Lower-casing "ACQUISITION" in Turkish would give a dotless i and miss the form.
            assertTrue(RuleEvaluator.matches(RuleEvaluator.rule("ACQUISITION"),
                    deal("Cisco completes the ACQUISITION of Spline AI", "en"), forms));
            assertTrue(RuleEvaluator.matches(RuleEvaluator.rule("INTEL"),
                    deal("Intel and Cisco", "en"), forms));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldEvaluateFieldsOnAnArticleAlertWithoutADeal() {
        Alert alert = article("AWS pairs with Spline AI on chips", "Spline AI, the Turin start-up, will design chips.",
                "en", List.of(AWS, SPLINE));

        assertTrue(RuleEvaluator.matches(RuleEvaluator.rule("entity:amazon AND country:IT AND category:chips"), alert, forms));
        assertTrue(RuleEvaluator.matches(RuleEvaluator.rule("turin AND feed:wire-en AND language:en"), alert, forms),
                "the summary is read");
        assertFalse(RuleEvaluator.matches(RuleEvaluator.rule("page"), alert, forms), "the page text is not kept");
        assertFalse(RuleEvaluator.matches(RuleEvaluator.rule("chips AND amount>=1"), alert, forms), "no deal, no amount");
        assertFalse(RuleEvaluator.matches(RuleEvaluator.rule("chips AND (stage:announced OR type:acquisition"
                + " OR role:target=spline-ai)"), alert, forms), "no deal, no stage, type or role");
    }

    @Test
    void shouldSendArticleAlertsOnlyToSubscriptionsThatAskForThem() {
        Subscription deals = subscription("deals", null, "acquisition");
        Subscription articles = subscription("articles", "articles", "acquisition");
        Subscription both = subscription("both", "both", "acquisition");
        Alert italianArticle = article("Cisco annuncia l'acquisizione di Spline AI", "", "it", List.of(CISCO, SPLINE));
        Alert italianDeal = deal("Cisco annuncia l'acquisizione di Spline AI", "it");
        List<Subscription> all = List.of(deals, articles, both);

        assertEquals(List.of(articles, both), SubscriptionFilter.matching(all, italianArticle, BigDecimal.ONE, forms));
        assertEquals(List.of(deals, both), SubscriptionFilter.matching(all, italianDeal, BigDecimal.ONE, forms));
        assertEquals(List.of(), SubscriptionFilter.matching(all,
                article("Cisco opens an office in Turin", "", "en", List.of(CISCO)), BigDecimal.ONE, forms));
    }

    @Test
    void shouldRefuseArticleAlertsWithoutAQuery() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> subscription("all-news", "articles", null));
        assertTrue(e.getMessage().contains("alert-on articles needs a query"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> subscription("bad", "everything", "x"));
    }

    @Test
    void shouldKeyAnArticleAlertApartFromDealAlertsAndShowItAsAnArticle() {
        Alert alert = article("Cisco annuncia l'acquisizione di Spline AI", "Una sintesi.", "it", List.of());
        AlertView view = AlertViews.of(alert);

        assertTrue(alert.alertId().startsWith(Alert.ARTICLE_ID_PREFIX), alert.alertId());
        assertNotEquals(DeliveryIds.forAlert(alert.alertId(), "s"), DeliveryIds.forAlert("deal-1-v1", "s"));
        assertEquals(AlertView.KIND_ARTICLE, view.kind());
        assertEquals("Cisco annuncia l'acquisizione di Spline AI", view.headline());
        assertEquals("Una sintesi.", view.evidence());
        assertEquals(null, view.amountUsd());
        assertEquals("", alert.article().article().pageText(), "the page text stays out of the alert");
    }

    @Test
    void shouldReadAnArticleAlertAndADealAlertBackFromTheirJson() throws IOException {
        Alert articleAlert = article("Cisco annuncia l'acquisizione di Spline AI", "Una sintesi.", "it", List.of(CISCO));
        Alert dealAlert = deal("Cisco completes its takeover of Spline AI", "en");

        assertEquals(articleAlert, Json.mapper().readValue(Json.write(articleAlert), Alert.class));
        assertEquals(dealAlert, Json.mapper().readValue(Json.write(dealAlert), Alert.class));
    }

    private static Subscription subscription(String id, String alertOn, String query) {
        return new Subscription(id, "console", null, List.of(), null, null, null, null, BigDecimal.ZERO, List.of(),
                List.of(), List.of(), List.of(), List.of(), 0, false, null, null, null, null, null, null, null, null, query,
                alertOn);
    }
}
