package dev.newswatch.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.app.Newswatch;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.serde.Json;
import dev.newswatch.enrich.deal.LabelReader;
import dev.newswatch.enrich.deal.LabelledItem;
import dev.newswatch.ingest.normalize.ArticleIds;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest of large archives: a history kept on disk in sorted runs ({@link SpilledHistory}) and enrichment
 * skipped for articles without an amount of money must give exactly what the in-memory history, enriching every
 * article, gives. The history: the sample archive's articles plus, for each labelled text of the deal evaluation
 * set {@code deals_extra.jsonl} (five languages, deals and money that is no deal), two outlets reporting it hours
 * apart and a headline-only article without money; some articles share a published time (the id breaks the tie).
 */
class BacktestAtScaleTest {

    private static final Path REPO = RepoPaths.root();
    private static final Path CONFIG = REPO.resolve("config");
    private static final Path ARCHIVE = CONFIG.resolve("demo/archive");
    private static final Path LABELLED = REPO.resolve("enrich/src/test/resources/deal/deals_extra.jsonl");
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    private static NewswatchConfig config;
    /** The history in event-time order, every id once. */
    private static List<Article> history;
    /** The in-memory run that enriches every article: what every other way must give. */
    private static BacktestResult everyArticleEnriched;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheHistoryInMemoryEnrichingEveryArticle() {
        config = ConfigLoader.load(CONFIG);
        List<Article> articles = new ArrayList<>(new ArchiveReader(config).read(ARCHIVE).articles());
        List<LabelReader.Label> labels = LabelReader.read(LABELLED, LabelReader.Text.REQUIRED);
        for (int i = 0; i < labels.size(); i++) {
            LabelledItem item = labels.get(i).item();
            Instant published = START.plus(Duration.ofMinutes(97L * (i / 2)));   // pairs share a time
            articles.add(article("wire", item, i, published, item.text()));
            articles.add(article("daily", item, i, published.plus(Duration.ofHours(5)), item.text()));
            articles.add(article("briefs", item, i, published.plus(Duration.ofMinutes(3)), null));
        }
        articles.sort(History.EVENT_ORDER);
        history = List.copyOf(articles);
        everyArticleEnriched = new BacktestEngine(config, false).run(history, Progress.NONE);
    }

    @Test
    void shouldFindDealsAndMoneyThatIsNoDealInTheHistory() {
        // Then the comparisons below compare something: deals, alerts, and articles that carry money but no deal
        assertTrue(everyArticleEnriched.deals().size() >= 20, "deals: " + everyArticleEnriched.deals().size());
        assertTrue(everyArticleEnriched.alerts().size() >= 10, "alerts: " + everyArticleEnriched.alerts().size());
        assertEquals(history.size(), everyArticleEnriched.enriched());
        assertEquals(0, everyArticleEnriched.deadLetters());
    }

    @Test
    void shouldGiveTheSameResultWhenArticlesWithoutMoneyAreNotEnriched() {
        // When
        BacktestResult skipping = new BacktestEngine(config, true).run(history, Progress.NONE);

        // Then
        assertEquals(everyArticleEnriched, skipping);
    }

    @Test
    void shouldGiveTheSameResultFromSortedRunsOnDiskAsFromTheHeap() {
        // Given the sightings in a shuffled order, each article seen twice, and runs of 7 articles (many to merge)
        BacktestEngine engine = new BacktestEngine(config, true);
        try (SpilledHistory spilled = spill(engine, TimeWindow.ALL, 7)) {
            // When
            BacktestResult fromDisk = engine.run(spilled, Progress.NONE);

            // Then
            assertEquals(history.size(), spilled.articles());
            assertEquals(history.size(), spilled.duplicates());
            assertEquals(everyArticleEnriched, fromDisk);
        }
    }

    @Test
    void shouldKeepEveryArticleWholeForAnEngineThatEnrichesEveryArticle() {
        // Given a history spilled for an engine that does not skip articles without money
        BacktestEngine engine = new BacktestEngine(config, false);
        try (SpilledHistory spilled = spill(engine, TimeWindow.ALL, 50)) {
            // Then
            assertEquals(everyArticleEnriched, engine.run(spilled, Progress.NONE));
            assertEquals(history, spilled.matching(article -> true));
        }
    }

    @Test
    void shouldBacktestOnlyTheWindowFromSortedRuns() {
        // Given a window that cuts the labelled part of the history in two
        TimeWindow window = new TimeWindow(START.plus(Duration.ofHours(12)), START.plus(Duration.ofHours(40)));
        List<Article> inWindow = history.stream().filter(a -> window.contains(a.published())).toList();
        BacktestEngine engine = new BacktestEngine(config, true);

        // When
        try (SpilledHistory spilled = spill(engine, window, 11)) {
            BacktestResult fromDisk = engine.run(spilled, Progress.NONE);

            // Then
            assertTrue(inWindow.size() > 20 && inWindow.size() < history.size() - 20, "window of " + inWindow.size());
            assertEquals(inWindow.size(), spilled.inWindow());
            assertEquals(history.size(), spilled.articles(), "every id counts for deduplication");
            assertEquals(new BacktestEngine(config, false).run(inWindow, Progress.NONE), fromDisk);
        }
    }

    @Test
    void shouldDrawTheProgressBarOnStderrWhenAskedAndNeverWithNoProgress() throws IOException {
        // When
        CliRun shown = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(),
                "--report", dir.resolve("shown").toString(), "--progress");
        CliRun hidden = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(),
                "--report", dir.resolve("hidden").toString(), "--no-progress");

        // Then the bar counts documents, then articles, on stderr only; the reports are the same
        assertEquals(0, shown.exit(), shown.err());
        assertEquals(0, hidden.exit(), hidden.err());
        assertTrue(shown.err().contains("] 20/20 documents"), shown.err());
        assertTrue(shown.err().contains("/19 articles"), shown.err());
        assertFalse(hidden.err().contains("documents"), hidden.err());
        assertFalse(shown.out().contains("["), shown.out());
        JsonNode shownReport = Json.mapper().readTree(dir.resolve("shown.json").toFile());
        JsonNode hiddenReport = Json.mapper().readTree(dir.resolve("hidden.json").toFile());
        assertEquals(hiddenReport, shownReport);
    }

    /** The history's sightings, shuffled and each twice, into a spilled history for {@code engine}. */
    private static SpilledHistory spill(BacktestEngine engine, TimeWindow window, int runArticles) {
        List<Article> sightings = new ArrayList<>(history);
        sightings.addAll(history);
        Collections.shuffle(sightings, new Random(7));
        SpilledHistory spilled = new SpilledHistory(config.topics().articles, window, engine.needsBytes(),
                runArticles);
        sightings.forEach(spilled::add);
        return spilled.finish();
    }

    private static Article article(String outlet, LabelledItem item, int index, Instant published, String text) {
        String url = "https://" + outlet + ".newswatch.invalid/" + item.id() + "-" + index;
        return new Article(ArticleIds.forUrl(url), outlet, outlet, url, item.title(), text == null ? "" : text, null,
                published, published.plusSeconds(60), item.language(), List.of(), List.of());
    }

    private static CliRun run(String... args) {
        return CliRun.of(Newswatch.commandLine(), args);
    }
}
