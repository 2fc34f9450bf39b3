package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.Newswatch;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswatch subscriptions test ID --archive DIR} over the shipped demo archive ({@code config/demo/archive},
 * whose stories its README lists) with a copy of the shipped config whose subscriptions are written here.
 */
class SubscriptionsTestCommandTest {

    private static final Path CONFIG = RepoPaths.config();
    private static final Path ARCHIVE = CONFIG.resolve("demo/archive");

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void copyTheConfigWithRules() throws IOException {
        config = dir.resolve("config");
        try (Stream<Path> files = Files.walk(CONFIG)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                if (source.startsWith(CONFIG.resolve("demo"))) {
                    continue;
                }
                Path copy = config.resolve(CONFIG.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        Files.writeString(config.resolve("subscriptions.yml"), String.join("\n",
                "subscriptions:",
                "  - {id: terminal, channel: console}",
                "  - {id: takeovers, channel: console, alert-on: both, query: 'acquisition OR \"data centre\"'}",
                "  - {id: nothing, channel: console, alert-on: articles, query: 'quantum'}",
                ""));
    }

    @Test
    void shouldPrintTheDealAndArticleAlertsASubscriptionWouldHaveBeenSent() {
        // When the subscription that watches acquisitions and data centres, deals and articles, is tested
        CliRun run = CliRun.of(Newswatch.commandLine(), "subscriptions", "test", "takeovers", "--archive",
                ARCHIVE.toString(), "--config", config.toString());

        // Then
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        List<String> lines = Arrays.stream(run.out().split("\n")).filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(
                // "Rechenzentren" (after "KI-") is a German form of "data centre" in taxonomy.yml
                "2026-11-16 06:30  article  -                 -  Studie: Markt für KI-Rechenzentren in Europa könnte sich"
                        + " bis 2030 verdreifachen",
                // its summary: "at its planned data-centre campus"
                "2026-11-17 14:05  article  -                 -  Poolside raises US$2 billion in round led by Nvidia",
                "2026-11-17 22:15  article  -                 -  Nvidia revenue rises to $57bn as data-centre demand holds up",
                // Italian "acquisisce" is a form of acquisition: the article, and the deal it reports
                "2026-11-20 11:00  article  -                 -  Databricks acquisisce Neon per circa 1 miliardo di dollari",
                "2026-11-20 11:00  deal     $1,000,000,000    Databricks → Neon  Databricks acquisisce Neon per circa 1"
                        + " miliardo di dollari",
                "5 alerts (1 deal, 4 article) would have been sent to takeovers over 19 articles of " + ARCHIVE + "."),
                lines);
        // "Bundesnetzagentur übernimmt Aufsicht über KI-Systeme" is no takeover, and no form says it is.
        assertTrue(lines.stream().noneMatch(l -> l.contains("Bundesnetzagentur")), run.out());
    }

    @Test
    void shouldCountNoAlertForARuleNothingMatches() {
        CliRun run = CliRun.of(Newswatch.commandLine(), "subscriptions", "test", "nothing", "--archive",
                ARCHIVE.toString(), "--config", config.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("0 alerts (0 deal, 0 article) would have been sent to nothing over 19 articles of " + ARCHIVE + ".",
                run.out().strip());
    }

    @Test
    void shouldRefuseAnUnknownSubscriptionNamingTheOnesThereAre() {
        CliRun run = CliRun.of(Newswatch.commandLine(), "subscriptions", "test", "nobody", "--archive",
                ARCHIVE.toString(), "--config", config.toString());

        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("no subscription 'nobody' in "), run.err());
        assertTrue(run.err().contains("(it has: terminal, takeovers, nothing)"), run.err());
    }

    @Test
    void shouldExitWithTheInputCodeWhenTheArchiveIsMissing() {
        CliRun run = CliRun.of(Newswatch.commandLine(), "subscriptions", "test", "takeovers", "--archive",
                dir.resolve("no-such-archive").toString(), "--config", config.toString());

        assertEquals(ExitCodes.INPUT, run.exit(), run.err());
    }
}
