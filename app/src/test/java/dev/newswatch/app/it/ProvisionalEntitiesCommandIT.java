package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswatch entities provisional} on a real embedded broker: deals written to the deals topic, entities
 * added with {@code newswatch entities add}, the command line run in-process with its output captured.
 */
@Tag("integration")
class ProvisionalEntitiesCommandIT {

    private static final String SENTENCE = "Zentrix Robotics, a Munich-based robotics start-up, has raised $300 million"
            + " in a Series C round led by Halvora Capital.";

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldListProvisionalEntitiesMostSeenFirstWithTheCommandThatAddsOne(@TempDir Path dir) throws Exception {
        // Given deals in the deals topic: Zentrix Robotics in two (three reports), Halvora Capital in one, and
        // Quillfire in one but added to the entity table since
        Path config = AlertsFixtures.config(dir.resolve("config"), "listing.", List.of(), List.of(),
                "subscriptions: []\n");
        NewswatchConfig loaded = load(config);
        KafkaClients clients = KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers());
        TopicAdmin.ensureTopics(clients.admin("it"), loaded.topics(), (short) 1);
        AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), loaded.topics());
        Instant t0 = Instant.parse("2026-11-30T08:00:00Z");
        Party zentrix = Party.provisional("Zentrix Robotics");
        Party halvora = Party.provisional("Halvora Capital");
        Party nvidia = Party.of("nvidia", "Nvidia");
        produceDeals(loaded, List.of(
                TrackedDeals.announced("deal-1", halvora, zentrix, SENTENCE, t0, 2),
                TrackedDeals.announced("deal-2", nvidia, zentrix, "Nvidia invests $150 million in Zentrix Robotics, the company said.",
                        t0.plusSeconds(3600), 1),
                TrackedDeals.announced("deal-3", nvidia, Party.provisional("Quillfire"), "Nvidia invests $200 million in Quillfire.",
                        t0.plusSeconds(60), 1)));
        CliRun added = cli(config, "entities", "add", "quillfire", "Quillfire");
        assertEquals(0, added.exit(), added.err());

        // When
        CliRun table = cli(config, "entities", "provisional");

        // Then a table, most seen first, without Quillfire, and the exact command that adds the first one
        assertEquals(0, table.exit(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(5, lines.size(), table.out());
        assertTrue(lines.get(0).matches("ID +NAME +DEALS +REPORTS +LAST SEEN +EXAMPLE"), lines.get(0));
        assertTrue(lines.get(1).matches("zentrix-robotics +Zentrix Robotics +2 +3 +2026-11-30 09:00 +“Nvidia invests"
                + " \\$150 million in Zentrix Robotics, the company said\\.”"), lines.get(1));
        assertTrue(lines.get(2).matches("halvora-capital +Halvora Capital +1 +2 +2026-11-30 08:00 +“Zentrix Robotics,"
                + " a Munich-based .*…”"), lines.get(2));
        assertEquals("2 provisional entities: companies named in deals that the entity table does not know.",
                lines.get(3));
        assertEquals("Promote one with: newswatch entities add zentrix-robotics \"Zentrix Robotics\"", lines.get(4));

        // When the JSON is asked for, and only the first
        CliRun json = cli(config, "entities", "provisional", "--json");
        CliRun limited = cli(config, "entities", "provisional", "--limit", "1");

        // Then one object per entity, and one row that says there are more
        assertEquals(0, json.exit(), json.err());
        List<JsonNode> objects = new ArrayList<>();
        for (String line : json.out().lines().toList()) {
            objects.add(Json.mapper().readTree(line));
        }
        assertEquals(List.of("zentrix-robotics", "halvora-capital"), objects.stream().map(o -> o.get("id").asText())
                .toList(), json.out());
        JsonNode first = objects.get(0);
        assertEquals("Zentrix Robotics", first.get("name").asText());
        assertEquals(2, first.get("deals").asInt());
        assertEquals(3, first.get("reports").asInt());
        assertEquals("2026-11-30T09:00:00Z", first.get("lastSeen").asText());
        assertEquals("target", first.get("roles").get(0).asText());
        assertEquals("Nvidia invests $150 million in Zentrix Robotics, the company said.", first.get("example").asText());
        assertEquals("newswatch entities add zentrix-robotics \"Zentrix Robotics\"", first.get("promote").asText());
        assertEquals(0, limited.exit(), limited.err());
        assertEquals(4, limited.out().lines().count(), limited.out());
        assertTrue(limited.out().contains("The 1 seen most often of 2 provisional entities (--limit shows more).\n"),
                limited.out());

        // When the suggested command is run
        CliRun promoted = cli(config, "entities", "add", "zentrix-robotics", "Zentrix Robotics");
        CliRun afterwards = cli(config, "entities", "provisional");

        // Then the company is no longer provisional
        assertEquals(0, promoted.exit(), promoted.err());
        assertEquals(0, afterwards.exit(), afterwards.err());
        assertFalse(afterwards.out().contains("zentrix-robotics "), afterwards.out());
        assertTrue(afterwards.out().contains("1 provisional entity: "), afterwards.out());
    }

    @Test
    void shouldRefuseALimitBelowOne(@TempDir Path dir) throws Exception {
        Path config = AlertsFixtures.config(dir.resolve("config"), "limit.", List.of(), List.of(), "subscriptions: []\n");

        CliRun run = cli(config, "entities", "provisional", "--limit", "0");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("--limit must be at least 1, got 0"), run.err());
    }

    // ---- fixtures -------------------------------------------------------------------------------------

    private static NewswatchConfig load(Path config) {
        NewswatchConfig loaded = ConfigLoader.load(config);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }


    private static CliRun cli(Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--bootstrap-servers", KAFKA.bootstrapServers()));
        return AlertsFixtures.newswatch(all.toArray(String[]::new));
    }


    private static void produceDeals(NewswatchConfig config, List<TrackedDeal> deals) {
        Topic<String, TrackedDeal> t = config.topics().deals;
        try (KafkaProducer<String, TrackedDeal> producer = new KafkaProducer<>(KafkaClients.of(config.kafka(),
                KAFKA.bootstrapServers()).producer("it-deals", null), t.keySerde().serializer(),
                t.valueSerde().serializer())) {
            for (TrackedDeal deal : deals) {
                producer.send(new ProducerRecord<>(t.name(), deal.dealId(), deal)).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("producing deals failed", e);
        }
    }
}
