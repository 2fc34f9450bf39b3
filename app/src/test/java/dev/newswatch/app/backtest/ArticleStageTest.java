package dev.newswatch.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Source;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.enrich.topology.DealReport;
import dev.newswatch.enrich.topology.EnrichTopology;
import dev.newswatch.testkit.RepoPaths;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/**
 * The per-article part of the enrich topology as the backtest runs it ahead: the deal reports the topology
 * would hand its repartition topic, keyed by party, with the parties joined to the entity table.
 */
class ArticleStageTest {

    private static final NewswatchConfig CONFIG = ConfigLoader.load(RepoPaths.config());
    private static final EnrichTopology.Settings SETTINGS = EnrichWiring.topologySettings(CONFIG);
    private static final List<Entity> ENTITIES = EnrichWiring.entities(CONFIG.enrich().entitiesFile());
    private static final Instant T0 = Instant.parse("2025-11-03T09:00:00Z");

    private final ArticleStage stage = new ArticleStage(SETTINGS.topics(), SETTINGS.enricher(), ENTITIES);

    @Test
    void shouldGiveTheDealReportOfAnArticleKeyedByTheTargetWithItsPartiesJoinedToTheTable() {
        // Given the headline this project started from
        Article article = article("en-amazon-openai-talks", "Amazon in talks to invest more than $10 billion in OpenAI");

        // When
        ArticleStage.Outcome outcome = stage.apply(article);

        // Then one report, keyed by the target, seen at the article's time, its source the article
        assertNull(outcome.failure());
        assertEquals(article, outcome.article());
        KeyValue<String, DealReport> report = single(outcome.reports());
        assertEquals("openai", report.key);
        Deal deal = report.value.deal();
        assertEquals("amazon", deal.investor().id());
        assertEquals(DealStage.IN_TALKS, deal.stage());
        assertEquals(entity("openai"), deal.target().entity());
        assertEquals(entity("amazon"), deal.investor().entity());
        assertEquals(Source.of(article), report.value.source());
        assertEquals(T0, report.value.seenAt());

        // Then the same report after the repartition topic's serde, so the deal book may be given it directly
        var serde = EnrichTopology.dealReportSerde();
        assertEquals(report.value, serde.deserializer().deserialize(EnrichTopology.DEAL_REPORTS_TOPIC,
                serde.serializer().serialize(EnrichTopology.DEAL_REPORTS_TOPIC, report.value)));
    }

    @Test
    void shouldGiveTheSameReportsAsEnrichingDirectlyWithTheRuleSetsEnricher() {
        // Given an article in Italian that reports the same deal
        Article article = article("it-openai-amazon-trattative",
                "OpenAI in trattative con Amazon per un investimento oltre i 10 miliardi di dollari");

        // When
        ArticleStage.Outcome outcome = stage.apply(article);

        // Then what the topology's enrich-article and deal-reports steps give for it
        EntityLinker linker = EntityLinker.of(ENTITIES);
        List<KeyValue<String, DealReport>> direct = DealReport.of(SETTINGS.enricher().enrich(article, linker,
                linker::entity));
        assertEquals(1, direct.size());
        assertEquals(direct, outcome.reports());
    }

    @Test
    void shouldGiveNoReportsForAnArticleWithoutADeal() {
        // Given ordinary news naming two companies
        Article article = article("en-launch", "Microsoft launches a new AI assistant with Nvidia");

        // When
        ArticleStage.Outcome outcome = stage.apply(article);

        // Then
        assertNull(outcome.failure());
        assertEquals(List.of(), outcome.reports());
    }

    private static Article article(String id, String title) {
        return new Article(id, "bench-feed", "Outlet", "https://news.example/" + id, title, "", null, T0,
                T0.plusSeconds(30), id.substring(0, 2), List.of(), List.of());
    }

    private static Entity entity(String id) {
        return ENTITIES.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), "expected one in " + list);
        return list.get(0);
    }
}
