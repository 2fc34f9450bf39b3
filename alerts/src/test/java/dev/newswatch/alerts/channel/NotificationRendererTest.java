package dev.newswatch.alerts.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.serde.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationRendererTest {

    private static final URI UNSUBSCRIBE = URI.create("https://newswatch.example.test/unsubscribe?t=abc");
    private final NotificationRenderer renderer = new NotificationRenderer();

    @Test
    void shouldPutTheFactsOfTheDealInTheTextBody() {
        Notification n = renderer.render("dlv_1", TestAlerts.amazonOpenAi(), UNSUBSCRIBE, null);

        assertEquals("New deal: Amazon in talks to invest more than $10 billion in OpenAI", n.subject());
        assertTrue(n.text().contains("Investor: Amazon\n"), n.text());
        assertTrue(n.text().contains("Target: OpenAI\n"), n.text());
        assertTrue(n.text().contains("Amount: more than $10 billion (USD 10,000,000,000)\n"), n.text());
        assertTrue(n.text().contains("Categories: AI, Cloud\n"), n.text());
        assertTrue(n.text().contains("https://news.example.test/amazon-openai"), n.text());
        assertTrue(n.text().contains("Unsubscribe: " + UNSUBSCRIBE), n.text());
        assertEquals("alert-amazon-openai", n.alertId());
    }

    @Test
    void shouldEscapeScriptQuotesAndAmpersandsFromTheFeedInHtml() {
        Notification n = renderer.render("dlv_1", TestAlerts.hostile(), null, null);

        assertFalse(n.html().contains("<script>"), n.html());
        assertFalse(n.html().contains("<img"), n.html());
        assertFalse(n.html().contains("<b>Target</b>"), n.html());
        assertTrue(n.html().contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"), n.html());
        assertTrue(n.html().contains("Evil &quot;Quotes&quot; &amp; Co"), n.html());
        assertTrue(n.html().contains("M&amp;A, &lt;i&gt;AI&lt;/i&gt;"), n.html());
    }

    @Test
    void shouldNeverLinkAJavascriptUrlFromTheFeed() {
        Notification n = renderer.render("dlv_1", TestAlerts.hostile(), null, null);

        assertFalse(n.html().toLowerCase(Locale.ROOT).contains("javascript:"), n.html());
    }

    @Test
    void shouldKeepAQuoteInAFeedUrlInsideTheHrefAttribute() {
        Notification n = renderer.render("dlv_1", TestAlerts.hostile(), null, null);

        assertTrue(n.html().contains("href=\"https://news.example.test/a&#39;onmouseover=&#39;alert(1)\""), n.html());
        assertFalse(n.html().contains("'onmouseover='"), n.html());
    }

    @Test
    void shouldFlattenAMultiLineHeadlineIntoAOneLineSubject() {
        Notification n = renderer.render("dlv_1", TestAlerts.withHeadline("a1", "Deal\r\nBcc: x@evil.test"), null,
                null);

        assertEquals("New deal: Deal Bcc: x@evil.test", n.subject());
    }

    @Test
    void shouldSummarisePartiesAndAmountWhenThereIsNoHeadline() {
        Notification n = renderer.render("dlv_1", TestAlerts.withHeadline("a1", null), null, null);

        assertEquals("New deal: Amazon \u2192 OpenAI, more than $10 billion", n.subject());
    }

    @Test
    void shouldWriteEveryFieldOfTheAlertToTheWebhookJson() throws Exception {
        AlertView alert = TestAlerts.hostile();

        JsonNode json = Json.mapper().readTree(renderer.json(alert));

        assertEquals("alert-hostile", json.get("alertId").asText());
        assertEquals("update", json.get("kind").asText());
        assertEquals(alert.headline(), json.get("headline").asText());
        assertEquals("Evil \"Quotes\" & Co", json.get("investor").asText());
        assertEquals("<b>Target</b>", json.get("target").asText());
        assertEquals("more than $5 billion", json.get("amountText").asText());
        assertEquals(new BigDecimal("5000000000"), json.get("amountUsd").decimalValue());
        assertEquals("acquisition", json.get("type").asText());
        assertEquals("announced", json.get("stage").asText());
        assertEquals(2, json.get("categories").size());
        assertEquals(alert.evidence(), json.get("evidence").asText());
        assertEquals("javascript:alert(document.cookie)", json.get("sources").get(0).get("url").asText());
        assertTrue(json.get("sources").get(0).get("published").isNull());
        assertEquals("2026-11-26T09:30:00Z", json.get("firstSeen").asText());
        assertEquals("evil-quotes-co", json.get("parties").get("investor").get("id").asText());
        assertEquals("<b>Target</b>", json.get("parties").get("target").get("name").asText());
    }

    @Test
    void shouldMarkEachNewCompanyProvisionalInTheWebhookPartiesAndKeepThePlainNames() throws Exception {
        // Given a deal between two companies the entity table does not know, and one between known ones
        JsonNode zentrix = Json.mapper().readTree(renderer.json(TestAlerts.zentrixHalvora()));
        JsonNode amazon = Json.mapper().readTree(renderer.json(TestAlerts.amazonOpenAi()));

        // Then the names stay plain, and each party object says whether it is provisional
        assertEquals("Halvora Capital", zentrix.get("investor").asText());
        assertEquals("Zentrix Robotics", zentrix.get("target").asText());
        JsonNode target = zentrix.get("parties").get("target");
        assertEquals("zentrix-robotics", target.get("id").asText());
        assertEquals("Zentrix Robotics", target.get("name").asText());
        assertTrue(target.get("provisional").asBoolean(), zentrix.toString());
        assertTrue(zentrix.get("parties").get("investor").get("provisional").asBoolean(), zentrix.toString());
        assertTrue(amazon.get("parties").get("investor").get("provisional").isBoolean(), amazon.toString());
        assertFalse(amazon.get("parties").get("investor").get("provisional").asBoolean(), amazon.toString());
    }

    @Test
    void shouldWriteANullPartyObjectForAnUndisclosedInvestor() throws Exception {
        AlertView base = TestAlerts.amazonOpenAi();
        AlertView undisclosed = new AlertView(base.alertId(), base.kind(), null, null, base.target(), base.amountText(),
                base.amountUsd(), base.type(), base.stage(), base.categories(), base.evidence(), base.sources(),
                base.firstSeen());

        JsonNode json = Json.mapper().readTree(renderer.json(undisclosed));

        assertTrue(json.get("investor").isNull(), json.toString());
        assertTrue(json.get("parties").get("investor").isNull(), json.toString());
        assertEquals("openai", json.get("parties").get("target").get("id").asText());
        assertEquals("New deal: OpenAI, more than $10 billion", renderer.subject(undisclosed));
    }

    @Test
    void shouldSayNewCompanyInTheSubjectTextAndHtmlOfAMail() {
        Notification n = renderer.render("dlv_1", TestAlerts.zentrixHalvora(), UNSUBSCRIBE, null);

        assertEquals("New deal: Halvora Capital (new company) to invest in Zentrix Robotics (new company): $300 million"
                + " (announced)", n.subject());
        assertTrue(n.text().contains("Investor: Halvora Capital (new company)\n"), n.text());
        assertTrue(n.text().contains("Target: Zentrix Robotics (new company)\n"), n.text());
        assertTrue(n.html().contains("<th align=\"left\">Target</th><td>Zentrix Robotics (new company)</td>"), n.html());
    }

    @Test
    void shouldSayNewCompanyInTheSummaryWhenThereIsNoHeadline() {
        AlertView base = TestAlerts.zentrixHalvora();
        AlertView noHeadline = new AlertView(base.alertId(), base.kind(), null, base.investor(), base.target(),
                base.amountText(), base.amountUsd(), base.type(), base.stage(), base.categories(), base.evidence(),
                base.sources(), base.firstSeen());

        assertEquals("New deal: Halvora Capital (new company) \u2192 Zentrix Robotics (new company), $300 million",
                renderer.subject(noHeadline));
    }

    @Test
    void shouldEscapeTheNameOfANewCompanyInHtml() {
        // Given a hostile alert whose target, "<b>Target</b>", is provisional
        Notification n = renderer.render("dlv_1", TestAlerts.hostile(), null, null);

        assertTrue(n.html().contains("<td>&lt;b&gt;Target&lt;/b&gt; (new company)</td>"), n.html());
        assertFalse(n.html().contains("<b>Target</b>"), n.html());
    }

    @Test
    void shouldWriteTheUsdAmountAsPlainDigits() {
        String json = renderer.json(TestAlerts.amazonOpenAi());

        assertTrue(json.contains("\"amountUsd\":10000000000,"), json);
    }

    @Test
    void shouldRenderTheSameBytesForTheSameAlert() {
        Notification first = renderer.render("dlv_1", TestAlerts.amazonOpenAi(), UNSUBSCRIBE, null);
        Notification again = renderer.render("dlv_1", TestAlerts.amazonOpenAi(), UNSUBSCRIBE, null);

        assertEquals(first, again);
    }

    @Test
    void shouldListEachAlertOnceInADigest() throws Exception {
        AlertView a = TestAlerts.withHeadline("a", "Alpha raises $1 billion");
        AlertView b = TestAlerts.withHeadline("b", "Beta buys Gamma");

        Notification digest = renderer.renderDigest("dig_1", List.of(a, b, a), null, "mailto:unsub@example.test");

        assertEquals("2 new deals", digest.subject());
        assertNull(digest.alertId());
        assertEquals(1, count(digest.text(), "Alpha raises $1 billion"));
        assertEquals(1, count(digest.text(), "Beta buys Gamma"));
        assertEquals(1, count(digest.html(), "Alpha raises $1 billion"));
        assertEquals(2, Json.mapper().readTree(digest.jsonBody()).size());
        assertTrue(digest.text().contains("Unsubscribe: mailto:unsub@example.test"), digest.text());
    }

    @Test
    void shouldCountArticleAlertsApartFromDealsInADigestSubject() {
        // Given two article alerts (no deal) and one deal alert, and a deal update
        AlertView deal = TestAlerts.withHeadline("deal-1-v1", "Alpha raises $1 billion");
        AlertView update = new AlertView("deal-1-v2", AlertView.KIND_UPDATE, "Alpha raises $1.2 billion", null, null,
                null, null, null, null, List.of(), null, List.of(), TestAlerts.FIRST_SEEN);
        AlertView article1 = article("article-1", "Cisco opens a lab in Turin");
        AlertView article2 = article("article-2", "Mistral hires a chief scientist");

        // Then the subject counts each kind, in singular where there is one
        assertEquals("2 new articles", renderer.renderDigest("dig_1", List.of(article1, article2), null, null).subject());
        assertEquals("1 new article", renderer.renderDigest("dig_2", List.of(article1), null, null).subject());
        assertEquals("1 new deal and 2 articles",
                renderer.renderDigest("dig_3", List.of(article1, deal, article2, article1), null, null).subject());
        assertEquals("2 new deals and 1 article",
                renderer.renderDigest("dig_4", List.of(deal, update, article2), null, null).subject());
        assertEquals("2 new deals", renderer.renderDigest("dig_5", List.of(deal, update), null, null).subject());
    }

    private static AlertView article(String id, String headline) {
        return new AlertView(id, AlertView.KIND_ARTICLE, headline, null, null, null, null, null, null, List.of(), null,
                List.of(), TestAlerts.FIRST_SEEN);
    }

    @Test
    void shouldSaySingularForADigestOfOne() {
        Notification digest = renderer.renderDigest("dig_1", List.of(TestAlerts.amazonOpenAi()), null, null);

        assertEquals("1 new deal", digest.subject());
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}
