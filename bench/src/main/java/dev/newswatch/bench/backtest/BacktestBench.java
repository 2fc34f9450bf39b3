package dev.newswatch.bench.backtest;

import static dev.newswatch.bench.backtest.Texts.money;

import dev.newswatch.app.backtest.ArchiveReader;
import dev.newswatch.app.backtest.ArchivedFetch;
import dev.newswatch.app.backtest.BacktestEngine;
import dev.newswatch.app.backtest.BacktestResult;
import dev.newswatch.app.backtest.History;
import dev.newswatch.app.backtest.ProgressBar;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.bench.harness.CpuTime;
import dev.newswatch.bench.harness.WorkDir;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Entity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark of {@code newswatch backtest} on a large generated archive. Not a test: run it with
 * {@code bench/backtest.sh [--feeds 50] [--fetches 40] [--items 20] [--config config]}.
 *
 * <p>It writes an archive of {@code feeds} RSS feeds (English, Italian and German in turn), each fetched
 * {@code fetches} times six hours apart, each document carrying the newest {@code items} items of which half
 * are new since the previous fetch (so every item is seen about twice, as in real archives). One item in five
 * reports a deal between entities of the config's entity table, one in ten names money that is not a deal
 * (revenue), the rest is ordinary news; each item has a few paragraphs of body text. Then it reads the
 * archive ({@link ArchiveReader}) and runs the backtest ({@link BacktestEngine}), timing both, and prints
 * articles per second of wall time and of process CPU time (the second tells more on a shared, busy machine).
 * The archive is deleted afterwards.
 */
public final class BacktestBench {

    private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
    private static final Duration FETCH_GAP = Duration.ofHours(6);
    /** Dates as feeds usually write them: {@code Tue, 01 Sep 2026 06:00:00 +0000}. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] LANGUAGES = {"en", "it", "de"};
    private static final String[] FILLER_EN = {
        "The company did not give further details and declined to comment on its plans beyond the statement.",
        "Analysts said the move reflects the race among cloud providers and chipmakers to secure demand for AI.",
        "Shares were little changed in early trading as investors waited for more information about the terms."};
    private static final String[] FILLER_IT = {
        "La società non ha fornito ulteriori dettagli e non ha commentato i propri piani oltre al comunicato.",
        "Secondo gli analisti la mossa riflette la corsa dei fornitori di cloud e dei produttori di chip all'IA.",
        "Il titolo è rimasto poco mosso nelle prime contrattazioni in attesa di maggiori informazioni."};
    private static final String[] FILLER_DE = {
        "Weitere Einzelheiten nannte das Unternehmen nicht und äußerte sich über die Mitteilung hinaus nicht.",
        "Analysten sehen darin ein Zeichen für den Wettlauf der Cloud-Anbieter und Chiphersteller um KI-Kunden.",
        "Die Aktie bewegte sich im frühen Handel kaum, Anleger warteten auf weitere Informationen."};

    private BacktestBench() {
    }

    public static void main(String[] args) throws IOException {
        BenchOptions options = BenchOptions.parse(args, "--feeds", "50", "--fetches", "40", "--items", "20",
                "--config", "config");
        int feeds = options.positiveInt("--feeds");
        int fetches = options.positiveInt("--fetches");
        int items = options.positiveInt("--items");
        NewswatchConfig config = ConfigLoader.load(options.path("--config"));
        PrintStream out = System.out;
        List<Entity> entities = EnrichWiring.entities(config.enrich().entitiesFile());
        try (WorkDir work = WorkDir.create("newswatch-bench-archive-")) {
            Path archive = work.path();
            long t0 = System.nanoTime();
            int documents = writeArchive(archive, feeds, fetches, items, entities, new SplittableRandom(42));
            long t1 = System.nanoTime();
            long cpu1 = CpuTime.processNanos();
            History history = new ArchiveReader(config).read(archive);
            long t2 = System.nanoTime();
            long cpu2 = CpuTime.processNanos();
            BacktestResult result = new BacktestEngine(config).run(history.articles(), ProgressBar.onStderr("articles"));
            long t3 = System.nanoTime();
            long cpu3 = CpuTime.processNanos();
            int articles = history.articles().size();
            out.printf(Locale.ROOT, "archive: %d feeds x %d fetches x %d items = %d documents, %d sightings, %d articles"
                    + " (written in %.1f s)%n", feeds, fetches, items, documents, articles + history.duplicates(),
                    articles, seconds(t0, t1));
            out.printf(Locale.ROOT, "read (parse + normalise + dedup, parallel): %.1f s wall, %.0f articles/s; %.1f s CPU,"
                    + " %.0f articles per CPU second%n", seconds(t1, t2), articles / seconds(t1, t2), seconds(cpu1, cpu2),
                    articles / seconds(cpu1, cpu2));
            out.printf(Locale.ROOT, "backtest (enrichment on %d workers, deal tracking + alert rules in history order): %.1f s"
                    + " wall, %.0f articles/s; %.1f s CPU, %.0f articles per CPU second; %d deals, %d alerts%n",
                    Runtime.getRuntime().availableProcessors(), seconds(t2, t3), articles / seconds(t2, t3),
                    seconds(cpu2, cpu3), articles / seconds(cpu2, cpu3), result.deals().size(), result.alerts().size());
            out.printf(Locale.ROOT, "end to end: %.1f s wall, %.0f articles/s%n", seconds(t1, t3),
                    articles / seconds(t1, t3));
        }
    }

    /** Writes the archive; returns the number of documents. */
    static int writeArchive(Path archive, int feeds, int fetches, int items, List<Entity> entities,
                            SplittableRandom random) throws IOException {
        List<String> investors = entities.stream().filter(e -> "investor".equals(e.type())).map(Entity::name).toList();
        List<String> companies = entities.stream().filter(e -> "company".equals(e.type())).map(Entity::name).toList();
        int perFetch = Math.max(1, items / 2);
        int documents = 0;
        for (int f = 0; f < feeds; f++) {
            String language = LANGUAGES[f % LANGUAGES.length];
            String feedId = String.format(Locale.ROOT, "bench-feed-%03d", f);
            Path dir = Files.createDirectories(archive.resolve(feedId));
            List<String> itemXml = new ArrayList<>();
            int total = items + (fetches - 1) * perFetch;
            for (int i = 0; i < total; i++) {
                // Item i first shows in fetch k; the items new in one fetch are spread over the hours before it.
                int k = i < items ? 0 : 1 + (i - items) / perFetch;
                int position = i < items ? i : (i - items) % perFetch;
                int batch = i < items ? items : perFetch;
                Instant published = START.plus(FETCH_GAP.multipliedBy(k)).minus(FETCH_GAP)
                        .plus(FETCH_GAP.multipliedBy(position + 1L).dividedBy(batch + 1L));
                itemXml.add(item(feedId, i, language, published, investors, companies, random));
            }
            for (int k = 0; k < fetches; k++) {
                Instant fetchedAt = START.plus(FETCH_GAP.multipliedBy(k)).plusSeconds(f);
                int newest = Math.min(total, items + k * perFetch);
                StringBuilder doc = new StringBuilder(items * 1200)
                        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                        .append("<title>Bench feed ").append(f).append("</title><link>https://bench.newswatch.invalid/")
                        .append(feedId).append("/</link><language>").append(language).append("</language>\n");
                for (int i = newest - 1; i >= Math.max(0, newest - items); i--) {
                    doc.append(itemXml.get(i));
                }
                doc.append("</channel></rss>\n");
                Files.writeString(dir.resolve(ArchivedFetch.fileName(fetchedAt)), doc, StandardCharsets.UTF_8);
                documents++;
            }
        }
        return documents;
    }

    private static String item(String feedId, int index, String language, Instant published, List<String> investors,
                               List<String> companies, SplittableRandom random) {
        String company = pick(companies, random);
        String other = pick(companies, random);
        String investor = pick(investors, random);
        int roll = random.nextInt(10);
        long millions = 50L + random.nextInt(20_000);
        String title;
        String lead;
        if (roll < 2) {
            title = dealTitle(language, investor, company, millions);
            lead = dealLead(language, investor, company, millions);
        } else if (roll < 3) {
            title = switch (language) {
                case "it" -> company + ", ricavi in crescita a " + money(language, millions * 3);
                case "de" -> company + " steigert Umsatz auf " + money(language, millions * 3);
                default -> company + " revenue rises to " + money(language, millions * 3);
            };
            lead = switch (language) {
                case "it" -> company + " ha registrato ricavi per " + money(language, millions * 3) + " nel trimestre.";
                case "de" -> company + " hat im Quartal einen Umsatz von " + money(language, millions * 3) + " erzielt.";
                default -> company + " said revenue rose to " + money(language, millions * 3) + " in the quarter.";
            };
        } else {
            title = switch (language) {
                case "it" -> company + " presenta un nuovo assistente di intelligenza artificiale con " + other;
                case "de" -> company + " stellt mit " + other + " einen neuen KI-Assistenten vor";
                default -> company + " launches a new AI assistant with " + other;
            };
            lead = switch (language) {
                case "it" -> company + " ha presentato un assistente sviluppato con " + other + " per le aziende europee.";
                case "de" -> company + " hat gemeinsam mit " + other + " einen Assistenten für europäische Firmen vorgestellt.";
                default -> company + " has unveiled an assistant built with " + other + " for European businesses.";
            };
        }
        String[] filler = switch (language) {
            case "it" -> FILLER_IT;
            case "de" -> FILLER_DE;
            default -> FILLER_EN;
        };
        String body = lead + " " + String.join(" ", filler);
        String link = "https://bench.newswatch.invalid/" + feedId + "/story-" + index;
        return "<item><title>" + xml(title) + "</title><link>" + link + "</link><guid>" + link + "</guid><pubDate>"
                + RFC_822.format(published) + "</pubDate><description>" + xml(body) + "</description></item>\n";
    }

    private static String dealTitle(String language, String investor, String target, long millions) {
        return switch (language) {
            case "it" -> target + " raccoglie " + money(language, millions) + " in un round guidato da " + investor;
            case "de" -> target + " sammelt " + money(language, millions) + " ein";
            default -> target + " raises " + money(language, millions) + " in a round led by " + investor;
        };
    }

    private static String dealLead(String language, String investor, String target, long millions) {
        return switch (language) {
            case "it" -> target + " ha raccolto " + money(language, millions) + " in un round di finanziamento guidato da "
                    + investor + ", ha annunciato la società.";
            case "de" -> target + " hat in einer von " + investor + " angeführten Finanzierungsrunde "
                    + money(language, millions) + " eingesammelt.";
            default -> target + " has raised " + money(language, millions) + " in a funding round led by " + investor
                    + ", the company said.";
        };
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static double seconds(long fromNanos, long toNanos) {
        return Math.max(1e-9, (toNanos - fromNanos) / 1e9);
    }
}
