package dev.newswatch.core.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.CategoryTag;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Every core record survives the topic serde unchanged; tombstones stay null; bad bytes fail with the type named. */
class JsonSerdeTest {

    private static final String TOPIC = "newswatch.test";
    private static final Instant PUBLISHED = Instant.parse("2026-03-02T10:15:30.123456789Z");
    private static final Instant FETCHED = Instant.parse("2026-03-02T10:20:00Z");

    private static final Entity OPENAI = new Entity("openai", "OpenAI", List.of("Open AI"), "company", null,
            Map.of("country", "US"));
    private static final Article ARTICLE = new Article("c".repeat(64), "techwire", "TechWire",
            "https://example.com/amazon-openai", "Amazon in talks to invest more than $10 billion in OpenAI",
            "The talks are at an early stage.", null, PUBLISHED, FETCHED, "en", List.of(), List.of("AI"));
    private static final Deal DEAL = new Deal(Party.of("amazon", "Amazon"), Party.of("openai", "OpenAI"),
            new BigDecimal("10000000000"), null, "USD", new BigDecimal("10000000000"), Qualifier.MORE_THAN,
            DealType.INVESTMENT, DealStage.IN_TALKS, "Amazon in talks to invest more than $10 billion in OpenAI", 0, 58);
    private static final Entity AWS = new Entity("aws", "Amazon Web Services", List.of("AWS"), "company", "amazon",
            Map.of());

    @Test
    void shouldRoundTripArticleWithUnicodeAndNanoseconds() {
        Article article = new Article("a".repeat(64), "techwire", "TechWire", "https://example.com/a",
                "Amazon in talks to invest more than $10 billion in OpenAI",
                "Città, Straße, «guillemets», 日本語", "<p>body</p>", PUBLISHED, FETCHED, "en",
                List.of("Jane Doe"), List.of("AI", "Deals"));

        assertRoundTrip(Article.class, article);
    }

    @Test
    void shouldRoundTripArticleWithoutOptionalFields() {
        Article article = new Article("b1", "feed", null, null, null, null, null, PUBLISHED, FETCHED, null, null, null);

        Article back = assertRoundTrip(Article.class, article);
        assertNull(back.contentHtml());
        assertEquals("und", back.language());
    }

    @Test
    void shouldRoundTripFeedSpecWithAndWithoutInterval() {
        assertRoundTrip(FeedSpec.class, new FeedSpec("heise", "https://www.heise.de/rss/heise-atom.xml", "heise online",
                "de", Duration.ofMinutes(15)));
        assertRoundTrip(FeedSpec.class, new FeedSpec("plain", "https://example.com/rss", null, null, null));
    }

    @Test
    void shouldWriteFeedIntervalAsIsoDuration() {
        FeedSpec spec = new FeedSpec("x", "https://example.com/rss", null, null, Duration.ofMinutes(15));

        String json = new String(serialize(FeedSpec.class, spec), StandardCharsets.UTF_8);

        assertTrue(json.contains("\"interval\":\"PT15M\""), json);
    }

    @Test
    void shouldRoundTripFeedCheckpointFullAndEmpty() {
        assertRoundTrip(FeedCheckpoint.class, new FeedCheckpoint("techwire", "\"v1\"", "Mon, 02 Mar 2026 10:00:00 GMT",
                List.of("id3", "id2", "id1"), FETCHED, FETCHED.plusSeconds(900), 2));
        assertRoundTrip(FeedCheckpoint.class, FeedCheckpoint.empty("fresh"));
    }

    @Test
    void shouldRoundTripFeedStatusOfEachOutcome() {
        assertRoundTrip(FeedStatus.class, new FeedStatus("f", "Feed", "https://example.com/rss", FETCHED, FeedStatus.OK,
                200, 12_345, 3, 17, 250, null, FETCHED.plusSeconds(900), 0));
        assertRoundTrip(FeedStatus.class, new FeedStatus("f", "Feed", "https://example.com/rss", FETCHED,
                FeedStatus.NOT_MODIFIED, 304, 0, 0, 0, 12, null, FETCHED.plusSeconds(900), 0));
        assertRoundTrip(FeedStatus.class, new FeedStatus("f", "Feed", "https://example.com/rss", FETCHED,
                FeedStatus.FAILED, 503, 0, 0, 0, 40, "HTTP 503 Service Unavailable", FETCHED.plusSeconds(60), 4));
    }

    @Test
    void shouldRoundTripEntityAndMention() {
        assertRoundTrip(Entity.class, OPENAI);
        assertRoundTrip(Entity.class, AWS);
        assertRoundTrip(EntityMention.class, new EntityMention("openai", "OpenAI", "Open AI", 48, 55));
    }

    @Test
    void shouldWriteEntityAttributesInTheOrderOfTheirNames() {
        // Map.copyOf would iterate in an order salted per JVM run: the same entity, other bytes in each run
        java.util.LinkedHashMap<String, String> given = new java.util.LinkedHashMap<>();
        for (String key : List.of("ticker", "country", "sector", "hq", "founded", "lei", "isin", "website")) {
            given.put(key, key.toUpperCase(java.util.Locale.ROOT));
        }
        Entity entity = new Entity("zentrix", "Zentrix", List.of(), "company", null, given);
        String json = Json.write(entity);
        List<String> sorted = given.keySet().stream().sorted().toList();
        int last = -1;
        for (String key : sorted) {
            int at = json.indexOf("\"" + key + "\"");
            assertTrue(at > last, key + " out of order in " + json);
            last = at;
        }
        assertRoundTrip(Entity.class, entity);
    }

    @Test
    void shouldRoundTripPartyWithAndWithoutJoinedEntity() {
        assertRoundTrip(Party.class, Party.of("amazon", "Amazon"));
        assertRoundTrip(Party.class, new Party("openai", "OpenAI", OPENAI));
    }

    @Test
    void shouldRoundTripAProvisionalPartyAndMentionWritingTheFlag() {
        // Given a company the entity table does not know, as the deal extractor reports it
        Party zentrix = Party.provisional("Zentrix Robotics");
        EntityMention mention = new EntityMention("zentrix-robotics", "Zentrix Robotics", "Zentrix Robotics", 0, 16, true);

        // When
        String json = new String(serialize(Party.class, zentrix), StandardCharsets.UTF_8);

        // Then
        assertRoundTrip(Party.class, zentrix);
        assertRoundTrip(EntityMention.class, mention);
        assertTrue(json.contains("\"provisional\":true"), json);
    }

    @Test
    void shouldReadAPartyAndAMentionWrittenBeforeTheProvisionalFlagAsKnown() {
        // Given records on the topics before parties could be provisional: no "provisional" property
        byte[] party = "{\"id\":\"openai\",\"name\":\"OpenAI\",\"entity\":null}".getBytes(StandardCharsets.UTF_8);
        byte[] mention = "{\"entityId\":\"openai\",\"name\":\"OpenAI\",\"surface\":\"Open AI\",\"start\":48,\"end\":55}"
                .getBytes(StandardCharsets.UTF_8);

        // When / Then
        assertEquals(Party.of("openai", "OpenAI"), deserialize(Party.class, party));
        assertEquals(new EntityMention("openai", "OpenAI", "Open AI", 48, 55), deserialize(EntityMention.class, mention));
    }

    @Test
    void shouldRoundTripCategoryTag() {
        assertRoundTrip(CategoryTag.class, new CategoryTag("ai", List.of("artificial intelligence", "LLM"), 2.5));
    }

    @Test
    void shouldRoundTripDealKeepingExactAmountsAndEnumWireNames() {
        // Given a deal with a range, a large amount and multi-word enum constants
        Deal deal = new Deal(Party.of("amazon", "Amazon"), new Party("openai", "OpenAI", OPENAI),
                new BigDecimal("10000000000"), new BigDecimal("12500000000.50"), "USD", new BigDecimal("10000000000"),
                Qualifier.BETWEEN, DealType.SECONDARY_SALE, DealStage.IN_TALKS,
                "Amazon in talks to invest more than $10 billion in OpenAI", 0, 58);

        // When
        byte[] bytes = serialize(Deal.class, deal);
        String json = new String(bytes, StandardCharsets.UTF_8);

        // Then
        assertEquals(deal, deserialize(Deal.class, bytes));
        assertTrue(json.contains("\"type\":\"secondary-sale\""), json);
        assertTrue(json.contains("\"stage\":\"in-talks\""), json);
        assertTrue(json.contains("\"qualifier\":\"between\""), json);
    }

    @Test
    void shouldRoundTripDealWithoutAmountOrParties() {
        assertRoundTrip(Deal.class, new Deal(null, null, null, null, null, null, null, DealType.PARTNERSHIP,
                DealStage.ANNOUNCED, null, 3, 9));
    }

    @Test
    void shouldRoundTripSourceTrackedDealAndAlert() {
        // Given a deal reported by two outlets, the second one in Italian
        Source first = Source.of(ARTICLE);
        Source second = new Source("d".repeat(64), "Economia Digitale", "Amazon tratta per investire 10 miliardi in OpenAI",
                "https://example.it/amazon-openai", "it", PUBLISHED.plusSeconds(3600));
        TrackedDeal tracked = new TrackedDeal("amazon-openai-investment", DEAL, List.of("ai", "cloud"),
                List.of(first, second), PUBLISHED, PUBLISHED.plusSeconds(3600), 2, "stage in-talks → announced");

        // When / Then
        assertRoundTrip(Source.class, first);
        assertRoundTrip(TrackedDeal.class, tracked);
        assertRoundTrip(Alert.class, new Alert("amazon-openai-investment-v2", Alert.UPDATE, tracked, FETCHED));
    }

    @Test
    void shouldRoundTripEnrichedArticleWithEveryFinding() {
        EnrichedArticle enriched = new EnrichedArticle(ARTICLE.id(), ARTICLE,
                List.of(new CategoryTag("ai", List.of("OpenAI"), 1.0)),
                List.of(new EntityMention("amazon", "Amazon", "Amazon", 0, 6),
                        new EntityMention("openai", "OpenAI", "OpenAI", 51, 57)),
                List.of(OPENAI, AWS), List.of(DEAL));

        assertRoundTrip(EnrichedArticle.class, enriched);
    }

    @Test
    void shouldKeepTombstoneNullBothWays() {
        JsonSerde<FeedSpec> serde = JsonSerde.of(FeedSpec.class);

        assertNull(serde.serializer().serialize(TOPIC, null));
        assertNull(serde.deserializer().deserialize(TOPIC, null));
    }

    @Test
    void shouldNameTypeAndTopicWhenBytesAreNotJson() {
        byte[] garbage = {(byte) 0xff, 0x00, 0x13, 'n', 'o', 't'};

        SerializationException e = assertThrows(SerializationException.class,
                () -> JsonSerde.of(Article.class).deserializer().deserialize(TOPIC, garbage));

        assertTrue(e.getMessage().contains("Article"), e.getMessage());
        assertTrue(e.getMessage().contains(TOPIC), e.getMessage());
    }

    @Test
    void shouldNameTypeWhenJsonBreaksRecordInvariant() {
        // Given valid JSON whose outcome the FeedStatus constructor refuses
        byte[] json = "{\"feedId\":\"f\",\"time\":\"2026-03-02T10:20:00Z\",\"outcome\":\"exploded\"}"
                .getBytes(StandardCharsets.UTF_8);

        SerializationException e = assertThrows(SerializationException.class,
                () -> JsonSerde.of(FeedStatus.class).deserializer().deserialize(TOPIC, json));

        assertTrue(e.getMessage().contains("FeedStatus"), e.getMessage());
    }

    @Test
    void shouldIgnoreUnknownPropertiesFromNewerWriters() {
        byte[] json = "{\"id\":\"x\",\"url\":\"https://example.com/rss\",\"addedInV2\":true}".getBytes(StandardCharsets.UTF_8);

        FeedSpec spec = JsonSerde.of(FeedSpec.class).deserializer().deserialize(TOPIC, json);

        assertEquals(new FeedSpec("x", "https://example.com/rss", null, null, null), spec);
    }

    private static <T> T assertRoundTrip(Class<T> type, T value) {
        T back = deserialize(type, serialize(type, value));
        assertEquals(value, back, () -> type.getSimpleName() + " changed on the way: "
                + new String(serialize(type, value), StandardCharsets.UTF_8));
        return back;
    }

    private static <T> byte[] serialize(Class<T> type, T value) {
        return JsonSerde.of(type).serializer().serialize(TOPIC, value);
    }

    private static <T> T deserialize(Class<T> type, byte[] bytes) {
        return JsonSerde.of(type).deserializer().deserialize(TOPIC, bytes);
    }
}
