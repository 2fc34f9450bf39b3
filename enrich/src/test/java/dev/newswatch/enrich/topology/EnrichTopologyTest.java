package dev.newswatch.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.deal.DealExtractor;
import dev.newswatch.enrich.deal.UsdRates;
import dev.newswatch.enrich.link.EntityCatalog;
import dev.newswatch.enrich.tag.CategoryTagger;
import dev.newswatch.enrich.tag.Taxonomy;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production enrich topology ({@link EnrichTopology#build}) on a {@link TopologyTestDriver}, with the
 * shipped {@code config/newswatch.yml}, {@code config/taxonomy.yml} and {@code config/entities/}. Each
 * test pipes the entity table first, then articles, and asserts every output topic: what came out, and that
 * nothing else did. The driver handles errors like {@code EnrichRunner} (log-and-continue handlers, the
 * dead-letter topic).
 */
class EnrichTopologyTest {

    private static final Path REPO_ROOT = RepoPaths.root();
    private static final NewswatchConfig CONFIG = ConfigLoader.load(REPO_ROOT.resolve("config"));
    /** The enrichment function built the way {@code EnrichWiring.enricher} builds it in production. */
    private static final ArticleEnricher ENRICHER = productionEnricher(CONFIG.enrich());
    /** The shipped entity table, in file order. */
    private static final List<Entity> ENTITIES = EntityCatalog.load(CONFIG.enrich().entitiesFile());
    private static final Map<String, Entity> ENTITY_BY_ID = ENTITIES.stream()
            .collect(Collectors.toMap(Entity::id, Function.identity()));
    private static final Instant T0 = Instant.parse("2025-11-03T09:00:00Z");

    /** The headline this project started from, and the deal it reports. */
    private static final String AMAZON_OPENAI_TALKS_EN = "Amazon in talks to invest more than $10 billion in OpenAI";
    private static final String AMAZON_OPENAI_TALKS_IT =
            "OpenAI in trattative con Amazon per un investimento oltre i 10 miliardi di dollari";
    private static final String AMAZON_OPENAI_ANNOUNCED =
            "Amazon announced it will invest more than $10 billion in OpenAI";
    private static final BigDecimal TEN_BILLION = new BigDecimal("10000000000");

    @TempDir
    Path stateDir;

    private final Topics topics = CONFIG.topics();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Entity> entities;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<byte[], byte[]> rawArticles;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, TrackedDeal> deals;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        EnrichSettings s = CONFIG.enrich();
        Topology topology = EnrichTopology.build(new EnrichTopology.Settings(topics, ENRICHER, s.alertFloorUsd(),
                s.dedupWindow(), s.dealMemory()));
        driver = new TopologyTestDriver(topology, driverProperties(), T0);
        entities = driver.createInputTopic(topics.entities.name(), topics.entities.keySerde().serializer(),
                topics.entities.valueSerde().serializer());
        articles = driver.createInputTopic(topics.articles.name(), topics.articles.keySerde().serializer(),
                topics.articles.valueSerde().serializer());
        rawArticles = driver.createInputTopic(topics.articles.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        enriched = driver.createOutputTopic(topics.enriched.name(), topics.enriched.keySerde().deserializer(),
                topics.enriched.valueSerde().deserializer());
        deals = driver.createOutputTopic(topics.deals.name(), topics.deals.keySerde().deserializer(),
                topics.deals.valueSerde().deserializer());
        alerts = driver.createOutputTopic(topics.alerts.name(), topics.alerts.keySerde().deserializer(),
                topics.alerts.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.enrichDlq.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void shouldEnrichLinkTrackAndAlertWhenTheEntitiesArePipedBeforeTheArticle() {
        // Given
        givenEntityTable(ENTITIES);
        Article article = article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0);

        // When
        pipe(article);

        // Then: one enriched record, the two companies joined with their full records
        EnrichedArticle result = single(enriched);
        assertEquals(article.id(), result.id());
        assertEquals(article, result.article());
        assertTrue(result.categoryNames().contains("ai-funding"), "categories: " + result.categoryNames());
        assertEquals(List.of(ENTITY_BY_ID.get("amazon"), ENTITY_BY_ID.get("openai")),
                sortedById(result.entities()));
        assertEquals(1, result.deals().size(), "deals: " + result.deals());
        Deal deal = result.deals().get(0);
        assertAmazonInvestsInOpenAi(deal, DealStage.IN_TALKS);
        assertEquals(ENTITY_BY_ID.get("amazon"), deal.investor().entity());
        assertEquals(ENTITY_BY_ID.get("openai"), deal.target().entity());

        // Then: one new deal, one source
        TestRecord<String, TrackedDeal> dealRecord = deals.readRecord();
        TrackedDeal tracked = dealRecord.value();
        assertEquals(tracked.dealId(), dealRecord.key());
        assertEquals(deal, tracked.deal());
        assertEquals(1, tracked.version());
        assertEquals("new", tracked.change());
        assertEquals(List.of(Source.of(article)), tracked.sources());
        assertEquals(article.published(), tracked.firstSeen());

        // Then: one alert of kind new, keyed by its stable id
        TestRecord<String, Alert> alertRecord = alerts.readRecord();
        Alert alert = alertRecord.value();
        assertEquals(tracked.dealId() + "-v1", alert.alertId());
        assertEquals(alert.alertId(), alertRecord.key());
        assertEquals(Alert.NEW, alert.kind());
        assertEquals(tracked, alert.deal());
        assertNothingElseCameOut();
    }

    @Test
    void shouldEnrichWithoutEntitiesDealsOrAlertsWhenTheEntityTableIsEmpty() {
        // Given: no entity was ever written to the entities topic
        Article article = article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0);

        // When
        pipe(article);

        // Then: categories still come from the taxonomy; nothing is linked to the table. The company an amount is
        // invested in ("invest more than $10 billion in OpenAI") is still read, as a provisional party only
        EnrichedArticle result = single(enriched);
        assertTrue(result.categoryNames().contains("ai-funding"), "categories: " + result.categoryNames());
        assertTrue(result.mentions().stream().allMatch(EntityMention::provisional), "mentions: " + result.mentions());
        assertEquals(List.of(), result.entities());
        assertTrue(result.deals().stream().allMatch(d -> unlinked(d.investor()) && unlinked(d.target())),
                "deals with linked parties: " + result.deals());
        assertTrue(deals.readValuesToList().stream().allMatch(t -> unlinked(t.deal().investor())
                && unlinked(t.deal().target())), "a deal with a linked party was tracked");
        alerts.readValuesToList();
        assertNothingElseCameOut();
    }

    @Test
    void shouldLinkAnEntityAddedAtRuntimeFromTheNextArticle() {
        // Given: the shipped table, which does not know the (fictional) start-up Quillfire
        givenEntityTable(ENTITIES);
        Entity quillfire = new Entity("quillfire", "Quillfire", List.of(), "company", null, Map.of("country", "US"));
        // the first article names it in no company place of company-cues.yml: only the table can make it a party
        pipe(article("en-quillfire-1", "techcrunch", "TechCrunch", "en", "Nvidia and Quillfire in $200 million deal", T0));
        EnrichedArticle before = single(enriched);
        assertFalse(ids(before.entities()).contains("quillfire"), "entities: " + ids(before.entities()));
        assertTrue(before.deals().stream().noneMatch(d -> names(d, "quillfire")), "deals: " + before.deals());
        assertTrue(deals.isEmpty(), "a deal without its target was tracked");

        // When: the entity is added, then a second article names it
        entities.pipeInput(quillfire.id(), quillfire);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        pipe(article("en-quillfire-2", "the-information", "The Information", "en",
                "Quillfire raises $200 million in a round led by Nvidia", T0.plusSeconds(60)));

        // Then
        EnrichedArticle after = single(enriched);
        assertTrue(after.entities().contains(quillfire), "entities: " + ids(after.entities()));
        Deal deal = single(after.deals());
        assertParties(deal, "nvidia", "quillfire");
        assertEquals(quillfire, deal.target().entity());
        assertAmount(new BigDecimal("200000000"), deal.amountUsd());
        TrackedDeal tracked = deals.readValue();
        assertEquals(deal, tracked.deal());
        assertEquals(tracked.dealId() + "-v1", alerts.readValue().alertId());
        assertNothingElseCameOut();
    }

    @Test
    void shouldUseANewAliasForTheNextArticleWhenAnEntityChangesAtRuntime() {
        // Given: xAI as shipped, without the (fictional) rebrand "SpaceXAI"
        givenEntityTable(ENTITIES);
        Entity shipped = ENTITY_BY_ID.get("xai");
        List<String> aliases = new ArrayList<>(shipped.aliases());
        aliases.add("SpaceXAI");
        Entity renamed = new Entity(shipped.id(), shipped.name(), aliases, shipped.type(), shipped.parent(),
                shipped.attributes());
        // the first article names it in no company place of company-cues.yml: only the table can make it a party
        pipe(article("en-spacexai-1", "techcrunch", "TechCrunch", "en", "Nvidia and SpaceXAI in $2 billion deal", T0));
        EnrichedArticle before = single(enriched);
        assertFalse(ids(before.entities()).contains("xai"), "entities: " + ids(before.entities()));
        assertTrue(deals.isEmpty(), "a deal without its target was tracked");

        // When: the entity gains the alias (same number of entities), and five seconds later an article uses it
        entities.pipeInput(renamed.id(), renamed);
        driver.advanceWallClockTime(Duration.ofMillis(5500));
        pipe(article("en-spacexai-2", "the-verge", "The Verge", "en", "Nvidia invests $2 billion in SpaceXAI",
                T0.plusSeconds(60)));

        // Then: linked, and joined with the changed record
        EnrichedArticle after = single(enriched);
        assertTrue(after.entities().contains(renamed), "entities: " + after.entities());
        Deal deal = single(after.deals());
        assertParties(deal, "nvidia", "xai");
        assertEquals(renamed, deal.target().entity());
        assertEquals(deal, deals.readValue().deal());
        assertEquals(Alert.NEW, alerts.readValue().kind());
        assertNothingElseCameOut();
    }

    @Test
    void shouldNoLongerLinkAnEntityDeletedWithATombstone() {
        // Given: OpenAI is linked while it is in the table
        givenEntityTable(ENTITIES);
        pipe(article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0));
        assertTrue(ids(single(enriched).entities()).contains("openai"));
        String trackedId = single(deals.readValuesToList()).dealId();
        assertEquals(1, alerts.readValuesToList().size());

        // When: the entity is deleted, and another outlet reports the same story
        entities.pipeInput("openai", null);
        pipe(article("en-amazon-openai-talks-bbc", "bbc-business", "BBC", "en", AMAZON_OPENAI_TALKS_EN,
                T0.plusSeconds(60)));

        // Then: OpenAI is no entity any more, nor a party linked to one (it may still be read as a provisional
        // company, from the place where the sentence names it)
        EnrichedArticle after = single(enriched);
        assertEquals(List.of("amazon"), ids(after.entities()));
        assertTrue(after.mentions().stream().noneMatch(m -> m.entityId().equals("openai") && !m.provisional()),
                "mentions: " + after.mentions());
        assertTrue(after.deals().stream().noneMatch(d -> linksTo(d, "openai")), "deals: " + after.deals());
        // the provisional OpenAI has the id of the deleted entity: the report is a new source of the deal tracked
        // before, not a new deal
        List<TrackedDeal> tracked = deals.readValuesToList();
        assertTrue(tracked.stream().allMatch(t -> t.dealId().equals(trackedId) || !linksTo(t.deal(), "openai")),
                "a new deal linked to the deleted entity was tracked: " + tracked);
        alerts.readValuesToList();
        assertNothingElseCameOut();
    }

    @Test
    void shouldEnrichOnceWhenTheSameArticleArrivesTwiceAndFromTwoFeeds() {
        // Given
        givenEntityTable(ENTITIES);
        Article first = article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0);
        // the same story (same id: same canonical URL) re-delivered, and found in a second feed of the outlet
        Article redelivered = first;
        Article fromSecondFeed = article(first.id(), "reuters-business", "Reuters", "en", AMAZON_OPENAI_TALKS_EN,
                T0.plusSeconds(300));

        // When
        pipe(first);
        pipe(redelivered);
        pipe(fromSecondFeed);

        // Then
        assertEquals(first, single(enriched).article());
        assertEquals(1, single(deals.readValuesToList()).version());
        assertEquals(Alert.NEW, single(alerts.readValuesToList()).kind());
        assertNothingElseCameOut();
    }

    @Test
    void shouldAlertOnceWhenTwoOutletsReportTheSameDeal() {
        // Given
        givenEntityTable(ENTITIES);
        Article english = article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0);
        Article italian = article("it-openai-amazon-trattative", "sole24ore", "Il Sole 24 Ore", "it",
                AMAZON_OPENAI_TALKS_IT, T0.plusSeconds(600));

        // When
        pipe(english);
        pipe(italian);

        // Then: both articles are enriched with the same deal
        List<EnrichedArticle> results = enriched.readValuesToList();
        assertEquals(2, results.size());
        for (EnrichedArticle result : results) {
            assertAmazonInvestsInOpenAi(single(result.deals()), DealStage.IN_TALKS);
        }

        // Then: one deal, recorded as new and then with a second source, same id and version
        List<TestRecord<String, TrackedDeal>> records = deals.readRecordsToList();
        assertEquals(2, records.size(), "deal records: " + records);
        TrackedDeal created = records.get(0).value();
        TrackedDeal withSecondSource = records.get(1).value();
        assertEquals(created.dealId(), records.get(1).key());
        assertEquals(created.dealId(), withSecondSource.dealId());
        assertEquals(1, created.version());
        assertEquals(1, withSecondSource.version(), "a second source is not a material change");
        assertEquals(List.of(Source.of(english), Source.of(italian)), withSecondSource.sources());
        assertEquals("new source: Il Sole 24 Ore", withSecondSource.change());
        assertEquals(english.published(), withSecondSource.firstSeen());
        assertEquals(italian.published(), withSecondSource.lastSeen());

        // Then: exactly one alert, for the first report
        Alert alert = single(alerts.readValuesToList());
        assertEquals(Alert.NEW, alert.kind());
        assertEquals(created, alert.deal());
        assertNothingElseCameOut();
    }

    @Test
    void shouldSendAnUpdateAlertWhenARumourIsAnnounced() {
        // Given
        givenEntityTable(ENTITIES);
        pipe(article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0));

        // When: a week later the deal is announced
        pipe(article("en-amazon-openai-announced", "cnbc-tech", "CNBC", "en", AMAZON_OPENAI_ANNOUNCED,
                T0.plus(Duration.ofDays(7))));

        // Then
        assertEquals(2, enriched.readValuesToList().size());
        List<TrackedDeal> versions = deals.readValuesToList();
        assertEquals(2, versions.size(), "deal records: " + versions);
        TrackedDeal rumour = versions.get(0);
        TrackedDeal announced = versions.get(1);
        assertEquals(rumour.dealId(), announced.dealId());
        assertEquals(2, announced.version());
        assertEquals(DealStage.ANNOUNCED, announced.deal().stage());
        assertEquals("stage in-talks → announced", announced.change());
        assertEquals(2, announced.sources().size());

        List<Alert> raised = alerts.readValuesToList();
        assertEquals(List.of(Alert.NEW, Alert.UPDATE), raised.stream().map(Alert::kind).toList());
        assertEquals(rumour.dealId() + "-v1", raised.get(0).alertId());
        assertEquals(rumour.dealId() + "-v2", raised.get(1).alertId());
        assertEquals(announced, raised.get(1).deal());
        assertNothingElseCameOut();
    }

    @Test
    void shouldTrackDealsAloneAsTheWholeTopologyDoesWhenPipedTheSameDealReports() {
        // Given the whole topology's enriched records, deals and alerts for a rumour, a second outlet and the
        // announcement a week later
        givenEntityTable(ENTITIES);
        pipe(article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0));
        pipe(article("it-openai-amazon-trattative", "sole24ore", "Il Sole 24 Ore", "it", AMAZON_OPENAI_TALKS_IT,
                T0.plusSeconds(600)));
        pipe(article("en-amazon-openai-announced", "cnbc-tech", "CNBC", "en", AMAZON_OPENAI_ANNOUNCED,
                T0.plus(Duration.ofDays(7))));
        List<TestRecord<String, EnrichedArticle>> enrichedRecords = enriched.readRecordsToList();
        List<TestRecord<String, TrackedDeal>> wholeDeals = deals.readRecordsToList();
        List<TestRecord<String, Alert>> wholeAlerts = alerts.readRecordsToList();
        assertEquals(3, enrichedRecords.size());

        // When the deal-tracking topology alone is piped the deal reports of those enriched records
        EnrichSettings s = CONFIG.enrich();
        Topology tracking = EnrichTopology.buildDealTracking(new EnrichTopology.Settings(topics, ENRICHER,
                s.alertFloorUsd(), s.dedupWindow(), s.dealMemory()));
        try (TopologyTestDriver alone = new TopologyTestDriver(tracking, driverProperties(stateDir.resolve("alone")),
                T0)) {
            TestInputTopic<String, DealReport> reports = alone.createInputTopic(EnrichTopology.DEAL_REPORTS_TOPIC,
                    new StringSerializer(), EnrichTopology.dealReportSerde().serializer());
            for (TestRecord<String, EnrichedArticle> record : enrichedRecords) {
                for (KeyValue<String, DealReport> report : DealReport.of(record.value())) {
                    reports.pipeInput(report.key, report.value, record.getRecordTime());
                }
            }

            // Then the same deal records and alerts come out, with the same keys and times
            assertEquals(wholeDeals, alone.createOutputTopic(topics.deals.name(), topics.deals.keySerde().deserializer(),
                    topics.deals.valueSerde().deserializer()).readRecordsToList());
            assertEquals(wholeAlerts, alone.createOutputTopic(topics.alerts.name(),
                    topics.alerts.keySerde().deserializer(), topics.alerts.valueSerde().deserializer())
                    .readRecordsToList());
            assertEquals(List.of(Alert.NEW, Alert.UPDATE), wholeAlerts.stream().map(r -> r.value().kind()).toList());
        }
        assertNothingElseCameOut();
    }

    @Test
    void shouldJoinAProvisionalPartyFromTheNextArticleOnceTheEntityIsAddedAtRuntime() {
        // Given the shipped table, which knows neither Zentrix Robotics nor Halvora Capital, and a first report
        givenEntityTable(ENTITIES);
        String sentence = zentrixRound(null, null).evidence();
        Article first = article("en-zentrix-1", "techwire", "TechWire", "en", sentence, T0);
        pipe(first);
        Deal before = single(single(enriched).deals());
        assertParties(before, "halvora-capital", "zentrix-robotics");
        assertTrue(before.investor().provisional() && before.target().provisional(), "before: " + describe(before));
        TrackedDeal created = deals.readValue();
        Alert alert = single(alerts.readValuesToList());
        assertEquals(created.dealId() + "-v1", alert.alertId());

        // When the start-up is added with the id it was given, and another outlet reports the round
        Entity zentrix = new Entity("zentrix-robotics", "Zentrix Robotics", List.of(), "company", null,
                Map.of("country", "DE"));
        entities.pipeInput(zentrix.id(), zentrix);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        pipe(article("en-zentrix-2", "handelsblatt", "Handelsblatt", "en", sentence, T0.plusSeconds(600)));

        // Then the article's target is joined to its record, no longer provisional; the investor still is
        EnrichedArticle after = single(enriched);
        assertTrue(after.entities().contains(zentrix), "entities: " + ids(after.entities()));
        Deal joined = single(after.deals());
        assertEquals(new Party(zentrix.id(), zentrix.name(), zentrix), joined.target());
        assertTrue(joined.investor().provisional(), "investor: " + joined.investor());

        // Then the same tracked deal takes the joined target, with no new version and no second alert
        TrackedDeal promoted = deals.readValue();
        assertEquals(created.dealId(), promoted.dealId());
        assertEquals(joined.target(), promoted.deal().target());
        assertEquals(1, promoted.version());
        assertEquals(2, promoted.sources().size());
        assertNothingElseCameOut();
    }

    @Test
    void shouldTrackAProvisionalPartyAndTheSameCompanyPromotedAsOneDealAlertedOnce() {
        // Given the deal-tracking part alone and two reports of one round: the first enriched while the entity
        // table did not know Zentrix Robotics (a provisional party), the second after
        // `newswatch entities add zentrix-robotics "Zentrix Robotics"` (the same id, joined to its record)
        EnrichSettings s = CONFIG.enrich();
        Topology tracking = EnrichTopology.buildDealTracking(new EnrichTopology.Settings(topics, ENRICHER,
                s.alertFloorUsd(), s.dedupWindow(), s.dealMemory()));
        Entity zentrix = new Entity("zentrix-robotics", "Zentrix Robotics", List.of(), "company", null, Map.of());
        Party halvora = Party.provisional("Halvora Capital");
        Deal provisional = zentrixRound(halvora, Party.provisional("Zentrix Robotics"));
        Deal joined = zentrixRound(halvora, new Party(zentrix.id(), zentrix.name(), zentrix));
        Article first = article("en-zentrix-1", "techwire", "TechWire", "en", provisional.evidence(), T0);
        Article second = article("de-zentrix-2", "handelsblatt", "Handelsblatt", "de", joined.evidence(),
                T0.plusSeconds(600));
        assertEquals(DealReport.partyKey(provisional), DealReport.partyKey(joined), "both reports meet in one task");

        try (TopologyTestDriver alone = new TopologyTestDriver(tracking, driverProperties(stateDir.resolve("alone")),
                T0)) {
            TestInputTopic<String, DealReport> reports = alone.createInputTopic(EnrichTopology.DEAL_REPORTS_TOPIC,
                    new StringSerializer(), EnrichTopology.dealReportSerde().serializer());
            TestOutputTopic<String, TrackedDeal> trackedDeals = alone.createOutputTopic(topics.deals.name(),
                    topics.deals.keySerde().deserializer(), topics.deals.valueSerde().deserializer());
            TestOutputTopic<String, Alert> raised = alone.createOutputTopic(topics.alerts.name(),
                    topics.alerts.keySerde().deserializer(), topics.alerts.valueSerde().deserializer());

            // When
            reports.pipeInput(DealReport.partyKey(provisional), new DealReport(provisional, Source.of(first),
                    List.of("ai-funding"), first.published()), first.published());
            reports.pipeInput(DealReport.partyKey(joined), new DealReport(joined, Source.of(second),
                    List.of("ai-funding"), second.published()), second.published());

            // Then one deal: new with the provisional parties, then with the second source and the joined target
            List<TestRecord<String, TrackedDeal>> records = trackedDeals.readRecordsToList();
            assertEquals(2, records.size(), "deal records: " + records);
            TrackedDeal created = records.get(0).value();
            TrackedDeal promoted = records.get(1).value();
            assertEquals(created.dealId(), records.get(1).key());
            assertTrue(created.deal().target().provisional(), "first record: " + created.deal().target());
            assertFalse(promoted.deal().target().provisional(), "second record: " + promoted.deal().target());
            assertEquals(zentrix, promoted.deal().target().entity());
            assertTrue(promoted.deal().investor().provisional(), "Halvora Capital is still unknown");
            assertEquals(1, promoted.version());
            assertEquals("new source: Handelsblatt; target Zentrix Robotics now in the entity table", promoted.change());
            assertEquals(List.of(Source.of(first), Source.of(second)), promoted.sources());

            // Then one alert, for the first report, which names both companies as new
            Alert alert = single(raised.readValuesToList());
            assertEquals(created.dealId() + "-v1", alert.alertId());
            assertEquals(Alert.NEW, alert.kind());
            assertTrue(alert.deal().deal().investor().provisional() && alert.deal().deal().target().provisional(),
                    "alerted parties: " + alert.deal().deal());
        }
        assertNothingElseCameOut();
    }

    @Test
    void shouldTrackButNotAlertADealBelowTheAlertFloor() {
        // Given: the shipped floor is $100 million
        givenEntityTable(ENTITIES);
        assertEquals(0, new BigDecimal("100000000").compareTo(CONFIG.enrich().alertFloorUsd()));

        // When
        pipe(article("en-mistral-seed", "techcrunch", "TechCrunch", "en", "Mistral AI raises $20 million seed round", T0));

        // Then
        Deal deal = single(single(enriched).deals());
        assertNull(deal.investor());
        assertEquals("mistral", deal.target().id());
        assertAmount(new BigDecimal("20000000"), deal.amountUsd());
        assertEquals(deal, single(deals.readValuesToList()).deal());
        assertTrue(alerts.isEmpty(), "alerted below the floor");
        assertNothingElseCameOut();
    }

    @Test
    void shouldTrackButNotAlertABackgroundDeal() {
        // Given
        givenEntityTable(ENTITIES);

        // When
        pipe(article("en-msft-openai-background", "reuters-tech", "Reuters", "en",
                "Microsoft has invested $13 billion in OpenAI since 2019", T0));

        // Then
        Deal deal = single(single(enriched).deals());
        assertParties(deal, "microsoft", "openai");
        assertEquals(DealStage.BACKGROUND, deal.stage());
        assertAmount(new BigDecimal("13000000000"), deal.amountUsd());
        assertEquals(deal, single(deals.readValuesToList()).deal());
        assertTrue(alerts.isEmpty(), "alerted a background deal");
        assertNothingElseCameOut();
    }

    @Test
    void shouldFindNoDealInAValuationOnlyStory() {
        // Given
        givenEntityTable(ENTITIES);

        // When
        pipe(article("en-openai-valuation", "bloomberg-tech", "Bloomberg", "en", "OpenAI is valued at $500 billion", T0));

        // Then
        EnrichedArticle result = single(enriched);
        assertEquals(List.of("openai"), ids(result.entities()));
        assertEquals(List.of(), result.deals());
        assertNothingElseCameOut();
    }

    @Test
    void shouldSendPoisonRecordsToTheDeadLetterTopicAndKeepProcessing() throws IOException {
        // Given: bytes that are not JSON, and a JSON article with a blank id (Article rejects it)
        givenEntityTable(ENTITIES);
        byte[] notJson = "<rss><item>not JSON</item></rss>".getBytes(StandardCharsets.UTF_8);
        ObjectNode blankId = Json.mapper().valueToTree(
                article("en-valid-shape", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN, T0));
        blankId.put("id", " ");
        byte[] invalidArticle = Json.mapper().writeValueAsBytes(blankId);
        Article valid = article("en-amazon-openai-talks", "reuters-tech", "Reuters", "en", AMAZON_OPENAI_TALKS_EN,
                T0.plusSeconds(60));

        // When
        rawArticles.pipeInput("poison-1".getBytes(StandardCharsets.UTF_8), notJson, T0);
        rawArticles.pipeInput("poison-2".getBytes(StandardCharsets.UTF_8), invalidArticle, T0.plusSeconds(1));
        pipe(valid);

        // Then: both poison records are in the dead-letter topic, as they were, with the error in the headers
        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertEquals(2, dead.size(), "dead letters: " + dead.size());
        assertDeadLetter(dead.get(0), "poison-1", notJson, 0);
        assertDeadLetter(dead.get(1), "poison-2", invalidArticle, 1);
        assertTrue(header(dead.get(1).headers(), "__streams.errors.message").contains("Article.id must not be blank"),
                "message: " + header(dead.get(1).headers(), "__streams.errors.message"));

        // Then: the valid article that followed went all the way through
        assertEquals(valid, single(enriched).article());
        assertAmazonInvestsInOpenAi(single(deals.readValuesToList()).deal(), DealStage.IN_TALKS);
        assertEquals(Alert.NEW, single(alerts.readValuesToList()).kind());
        assertNothingElseCameOut();
    }

    @Test
    void shouldExtractTheEightDealsOfTheSeedArticleAndAlertOnlyTheNewsworthyOnes() throws IOException {
        // Given: the Italian article this project started from, and its labelled deals
        givenEntityTable(ENTITIES);
        Path samples = RepoPaths.shared("samples").orElse(REPO_ROOT.resolve("../shared/samples").normalize());
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(samples.resolve("openai-amazon-talks.it.txt")),
                "the shared samples are not next to this checkout: " + samples);
        String text = Files.readString(samples.resolve("openai-amazon-talks.it.txt"));
        JsonNode seed = labelledItem(samples.resolve("deals_dev.jsonl"), "seed-it");
        Article article = new Article("it-seed-openai-amazon", "milanofinanza", "Milano Finanza",
                "https://news.example/it-seed-openai-amazon", seed.get("title").asText(), text, null, T0,
                T0.plusSeconds(30), "it", List.of(), List.of());

        // When
        pipe(article);

        // Then: the enriched record carries exactly the eight labelled deals, and the categories
        EnrichedArticle result = single(enriched);
        for (JsonNode category : seed.get("expect").get("categories")) {
            assertTrue(result.categoryNames().contains(category.asText()),
                    "missing " + category.asText() + " in " + result.categoryNames());
        }
        List<String> found = result.deals().stream().map(EnrichTopologyTest::describe).toList();
        List<JsonNode> expected = new ArrayList<>();
        seed.get("expect").get("deals").forEach(expected::add);
        assertEquals(expected.size(), result.deals().size(), "deals found: " + found);
        for (JsonNode want : expected) {
            assertTrue(result.deals().stream().anyMatch(d -> matches(d, want)), "missing " + want + " in " + found);
        }
        assertTrue(result.deals().stream().noneMatch(d -> d.amountUsd() != null
                        && d.amountUsd().compareTo(new BigDecimal("500000000000")) == 0),
                "the $500 billion valuation was taken for a deal: " + found);

        // Then: every deal is tracked, one record each
        List<TrackedDeal> tracked = deals.readValuesToList();
        assertEquals(result.deals(), tracked.stream().map(TrackedDeal::deal).toList());
        assertTrue(tracked.stream().allMatch(t -> t.version() == 1 && t.sources().size() == 1));

        // Then: alerts for the deals that are news and at least $100 million; the two past deals cited as
        // background (Microsoft's $13bn in OpenAI since 2019, Amazon's $8bn already in Anthropic) raise none
        List<Alert> raised = alerts.readValuesToList();
        assertTrue(raised.stream().allMatch(a -> a.kind().equals(Alert.NEW)), "kinds: " + raised);
        assertEquals(List.of(
                        "Amazon → OpenAI 10000000000 investment in-talks",
                        "null → OpenAI 1400000000000 contract announced",
                        "null → OpenAI 6600000000 secondary-sale completed",
                        "Microsoft → Anthropic 5000000000 investment announced",
                        "Nvidia → Anthropic 10000000000 investment announced",
                        "OpenAI → AWS 38000000000 contract announced").stream().sorted().toList(),
                raised.stream().map(a -> describe(a.deal().deal())).sorted().toList());
        assertNothingElseCameOut();
    }

    @Test
    void shouldNameEveryProcessorStoreAndInternalTopic() {
        // Given
        EnrichSettings s = CONFIG.enrich();
        Topology topology = EnrichTopology.build(new EnrichTopology.Settings(topics, ENRICHER, s.alertFloorUsd(),
                s.dedupWindow(), s.dealMemory()));

        // When
        String description = topology.describe().toString();

        // Then: no generated name, and the names the code promises
        Matcher generated = Pattern.compile("\\b(KSTREAM|KTABLE)-[A-Z-]+-\\d+").matcher(description);
        List<String> generatedNames = new ArrayList<>();
        while (generated.find()) {
            generatedNames.add(generated.group());
        }
        assertEquals(List.of(), generatedNames.stream().distinct().toList(), "generated names in\n" + description);
        for (String name : List.of("entities-source", "articles-source", "dedup-articles", "enrich-article",
                "enriched-sink", "deal-reports", "deal-reports-by-party-repartition", "track-deals", "deal-record",
                "deals-sink", "alert-due", "alert-record", "alerts-sink", EnrichTopology.ENTITIES_STORE,
                EnrichTopology.SEEN_ARTICLES_STORE, EnrichTopology.DEAL_BOOK_STORE)) {
            assertTrue(description.contains(name), "no " + name + " in\n" + description);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private Properties driverProperties() {
        return driverProperties(stateDir);
    }

    private Properties driverProperties(Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newswatch-enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // The error handling as EnrichRunner sets it. Not its exactly_once_v2: under it the driver clears its
        // mock producer's open transaction before committing when a record is skipped while being read, so
        // the dead letters written by the deserialization handler never reach the output (measured, 4.3.1).
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.enrichDlq.name());
        return props;
    }

    private void givenEntityTable(List<Entity> table) {
        for (Entity entity : table) {
            entities.pipeInput(entity.id(), entity, T0.minus(Duration.ofDays(1)));
        }
    }

    private void pipe(Article article) {
        articles.pipeInput(article.id(), article, article.published());
    }

    private void assertNothingElseCameOut() {
        assertTrue(enriched.isEmpty(), "unexpected enriched records: " + enriched.readValuesToList());
        assertTrue(deals.isEmpty(), "unexpected deal records: " + deals.readValuesToList());
        assertTrue(alerts.isEmpty(), "unexpected alerts: " + alerts.readValuesToList());
        assertTrue(deadLetters.isEmpty(), "unexpected dead letters: " + deadLetters.readRecordsToList().size());
    }

    private void assertDeadLetter(TestRecord<byte[], byte[]> dead, String key, byte[] value, long offset) {
        Headers headers = dead.headers();
        String context = "dead letter " + key + " with headers " + headerNames(headers);
        assertEquals(key, new String(dead.key(), StandardCharsets.UTF_8), context);
        assertEquals(new String(value, StandardCharsets.UTF_8), new String(dead.value(), StandardCharsets.UTF_8), context);
        assertEquals("org.apache.kafka.common.errors.SerializationException",
                header(headers, "__streams.errors.exception"), context);
        assertTrue(header(headers, "__streams.errors.message").startsWith("cannot read Article from topic "
                + topics.articles.name()), context + ": " + header(headers, "__streams.errors.message"));
        assertTrue(header(headers, "__streams.errors.stacktrace").contains("SerializationException"), context);
        assertEquals(topics.articles.name(), header(headers, "__streams.errors.topic"), context);
        assertEquals("0", header(headers, "__streams.errors.partition"), context);
        assertEquals(String.valueOf(offset), header(headers, "__streams.errors.offset"), context);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        assertNotNull(header, "no header " + name + " among " + headerNames(headers));
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> headerNames(Headers headers) {
        List<String> names = new ArrayList<>();
        headers.forEach(h -> names.add(h.key()));
        return names;
    }

    private static void assertAmazonInvestsInOpenAi(Deal deal, DealStage stage) {
        assertParties(deal, "amazon", "openai");
        assertAmount(TEN_BILLION, deal.amount());
        assertEquals("USD", deal.currency());
        assertAmount(TEN_BILLION, deal.amountUsd());
        assertEquals(Qualifier.MORE_THAN, deal.qualifier());
        assertEquals(DealType.INVESTMENT, deal.type());
        assertEquals(stage, deal.stage());
    }

    private static void assertParties(Deal deal, String investorId, String targetId) {
        assertEquals(investorId, deal.investor() == null ? null : deal.investor().id(), "investor of " + describe(deal));
        assertEquals(targetId, deal.target() == null ? null : deal.target().id(), "target of " + describe(deal));
    }

    private static void assertAmount(BigDecimal expected, BigDecimal actual) {
        assertNotNull(actual, "no amount");
        assertEquals(0, expected.compareTo(actual), "expected " + expected.toPlainString() + " but was "
                + actual.toPlainString());
    }

    /** No party, or one that the entity table does not know. */
    private static boolean unlinked(Party party) {
        return party == null || party.entity() == null;
    }

    /** Whether a party of the deal is linked to the table's entity {@code entityId}. */
    private static boolean linksTo(Deal deal, String entityId) {
        return names(deal, entityId) && (!unlinked(deal.investor()) && deal.investor().id().equals(entityId)
                || !unlinked(deal.target()) && deal.target().id().equals(entityId));
    }

    private static boolean names(Deal deal, String entityId) {
        return (deal.investor() != null && deal.investor().id().equals(entityId))
                || (deal.target() != null && deal.target().id().equals(entityId));
    }

    /** Whether {@code deal} is the labelled deal {@code want}, scored as the samples README says. */
    private static boolean matches(Deal deal, JsonNode want) {
        String investor = want.get("investor").isNull() ? null : want.get("investor").asText();
        if (deal.target() == null || !deal.target().name().equals(want.get("target").asText())
                || !Objects.equals(investor, deal.investor() == null ? null : deal.investor().name())
                || deal.amountUsd() == null) {
            return false;
        }
        BigDecimal usd = new BigDecimal(want.get("usd").asText());
        BigDecimal tolerance = "USD".equals(deal.currency()) ? new BigDecimal("0.02") : new BigDecimal("0.20");
        return deal.amountUsd().subtract(usd).abs().divide(usd, MathContext.DECIMAL64).compareTo(tolerance) <= 0;
    }

    private static String describe(Deal deal) {
        return (deal.investor() == null ? "null" : deal.investor().name()) + " → "
                + (deal.target() == null ? "null" : deal.target().name()) + " "
                + (deal.amountUsd() == null ? "?" : deal.amountUsd().stripTrailingZeros().toPlainString()) + " "
                + deal.type().wireName() + " " + deal.stage().wireName();
    }

    private static <T> T single(TestOutputTopic<String, T> topic) {
        return single(topic.readValuesToList());
    }

    private static <T> T single(List<T> values) {
        assertEquals(1, values.size(), "expected exactly one, got " + values);
        return values.get(0);
    }

    private static List<String> ids(List<Entity> list) {
        return list.stream().map(Entity::id).toList();
    }

    private static List<Entity> sortedById(List<Entity> list) {
        return list.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** The round of the issue "open-world parties": $300 million for Zentrix Robotics, led by {@code investor}. */
    private static Deal zentrixRound(Party investor, Party target) {
        String evidence = "Zentrix Robotics, a Munich-based robotics start-up, has raised $300 million in a Series C"
                + " round led by Halvora Capital.";
        BigDecimal amount = new BigDecimal("300000000");
        return new Deal(investor, target, amount, null, "USD", amount, Qualifier.EXACT, DealType.INVESTMENT,
                DealStage.ANNOUNCED, evidence, 0, evidence.length());
    }

    private static Article article(String id, String feedId, String outlet, String language, String title,
                                   Instant published) {
        return new Article(id, feedId, outlet, "https://news.example/" + id, title, "", null, published,
                published.plusSeconds(30), language, List.of(), List.of());
    }

    private static JsonNode labelledItem(Path jsonl, String id) throws IOException {
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                JsonNode item = Json.mapper().readTree(line);
                if (id.equals(item.get("id").asText())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("no item " + id + " in " + jsonl);
    }

    private static ArticleEnricher productionEnricher(EnrichSettings s) {
        return new ArticleEnricher(new CategoryTagger(Taxonomy.load(s.taxonomyFile())),
                new DealExtractor(UsdRates.defaults().withOverrides(s.usdRates())));
    }
}
