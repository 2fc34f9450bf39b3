package dev.newswatch.bench.backtest;

import dev.newswatch.app.backtest.ArchivedFetch;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Entity;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.stream.Stream;

/**
 * Writes a large feed archive for {@code newswatch backtest}, in the layout {@code ingest.archive-dir} writes
 * ({@code <feed-id>/<fetch time>.xml}): a year of many outlets. Run it with {@code bench/backtest-archive.sh}.
 *
 * <p>Each of {@code --feeds} RSS feeds (English, Italian, German, French and Spanish in turn) is fetched
 * {@code --fetches} times, evenly over {@code --days} days; each document carries the newest {@code --items} items,
 * half of them new since the previous fetch, so every article is seen about twice and the archive holds about
 * {@code feeds * (items + (fetches - 1) * items / 2)} distinct articles. Of the items, {@code --deal-percent} report
 * one deal of a pool of {@code --deals} deals between entities of the config's table (each deal is reported by
 * several outlets over about three days after its date, as the same story is), {@code --money-percent} name money
 * that is no deal (revenue), and the rest is ordinary technology news with the same companies and no amount. Each
 * item has a title and a few sentences of body, 600-700 characters in all. The generator is seeded, so two runs
 * write the same archive. The directory must not exist yet, or be empty.
 */
public final class ArchiveGenerator {

    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");
    private static final Duration DEAL_SPREAD = Duration.ofDays(3);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] LANGUAGES = {"en", "it", "de", "fr", "es"};

    private final int feeds;
    private final int fetches;
    private final int items;
    private final Duration span;
    private final int dealPercent;
    private final int moneyPercent;
    private final List<PooledDeal> pool;
    private final List<String> companies;

    private record PooledDeal(String investor, String target, long millions, Instant date) {
    }

    ArchiveGenerator(int feeds, int fetches, int items, int days, int deals, int dealPercent, int moneyPercent,
                     List<Entity> entities, long seed) {
        this.feeds = feeds;
        this.fetches = fetches;
        this.items = items;
        this.span = Duration.ofDays(days);
        this.dealPercent = dealPercent;
        this.moneyPercent = moneyPercent;
        List<String> investors = entities.stream().filter(e -> "investor".equals(e.type())).map(Entity::name).toList();
        this.companies = entities.stream().filter(e -> "company".equals(e.type())).map(Entity::name).toList();
        if (investors.isEmpty() || companies.size() < 2) {
            throw new IllegalArgumentException("the entity table needs investors and at least two companies");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<PooledDeal> dealPool = new ArrayList<>(deals);
        for (int i = 0; i < deals; i++) {
            Instant date = START.plus(span.multipliedBy(i).dividedBy(deals));
            dealPool.add(new PooledDeal(pick(investors, random), pick(companies, random), 20L + random.nextInt(20_000),
                    date));
        }
        this.pool = dealPool;
    }

    public static void main(String[] args) throws IOException {
        BenchOptions options = BenchOptions.parse(args, "--out", "/tmp/newswatch-archive", "--feeds", "1000",
                "--fetches", "100", "--items", "20", "--days", "365", "--deals", "5000", "--deal-percent", "10",
                "--money-percent", "10", "--config", "config", "--seed", "42");
        Path out = Path.of(options.string("--out"));
        NewswatchConfig config = ConfigLoader.load(options.path("--config"));
        List<Entity> entities = EnrichWiring.entities(config.enrich().entitiesFile());
        ArchiveGenerator generator = new ArchiveGenerator(options.positiveInt("--feeds"),
                options.positiveInt("--fetches"), options.positiveInt("--items"), options.positiveInt("--days"),
                options.positiveInt("--deals"), percent(options, "--deal-percent"), percent(options, "--money-percent"),
                entities, Long.parseLong(options.string("--seed")));
        if (Files.isDirectory(out)) {
            try (Stream<Path> existing = Files.list(out)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + " is not empty: remove it or name another --out");
                }
            }
        }
        long start = System.nanoTime();
        PrintStream log = System.out;
        long[] written = generator.write(out);
        log.printf(Locale.ROOT, "archive %s: %d feeds x %d fetches x %d items = %d documents, %d articles, %.0f MB,"
                        + " written in %.1f s%n", out, generator.feeds, generator.fetches, generator.items, written[0],
                written[1], written[2] / 1e6, (System.nanoTime() - start) / 1e9);
    }

    private static int percent(BenchOptions options, String name) {
        int value = Integer.parseInt(options.string(name));
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be 0 to 100, not " + value);
        }
        return value;
    }

    /** Writes the archive under {@code archive}; returns documents, distinct articles and bytes written. */
    long[] write(Path archive) throws IOException {
        int perFetch = Math.max(1, items / 2);
        Duration gap = span.dividedBy(fetches);
        long documents = 0;
        long articles = 0;
        long bytes = 0;
        for (int f = 0; f < feeds; f++) {
            SplittableRandom random = new SplittableRandom(f * 7919L + 17);
            String language = LANGUAGES[f % LANGUAGES.length];
            String feedId = String.format(Locale.ROOT, "outlet-%04d", f);
            Path dir = Files.createDirectories(archive.resolve(feedId));
            int total = items + (fetches - 1) * perFetch;
            List<String> itemXml = new ArrayList<>(total);
            // The fetches of a feed are offset by a few minutes per feed, as real polling is.
            Duration offset = Duration.ofSeconds((f * 97L) % Math.max(1, gap.toSeconds()));
            for (int i = 0; i < total; i++) {
                // Item i first shows in fetch k; the items new in one fetch are spread over the gap before it.
                int k = i < items ? 0 : 1 + (i - items) / perFetch;
                int position = i < items ? i : (i - items) % perFetch;
                int batch = i < items ? items : perFetch;
                Instant published = START.plus(offset).plus(gap.multipliedBy(k)).minus(gap)
                        .plus(gap.multipliedBy(position + 1L).dividedBy(batch + 1L));
                itemXml.add(item(feedId, i, language, published, random));
            }
            articles += total;
            for (int k = 0; k < fetches; k++) {
                Instant fetchedAt = START.plus(offset).plus(gap.multipliedBy(k));
                int newest = Math.min(total, items + k * perFetch);
                StringBuilder doc = new StringBuilder(items * 800)
                        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                        .append("<title>Outlet ").append(f).append("</title><link>https://outlet-").append(f)
                        .append(".newswatch.invalid/</link><language>").append(language).append("</language>\n");
                for (int i = newest - 1; i >= Math.max(0, newest - items); i--) {
                    doc.append(itemXml.get(i));
                }
                doc.append("</channel></rss>\n");
                byte[] body = doc.toString().getBytes(StandardCharsets.UTF_8);
                try (OutputStream file = Files.newOutputStream(dir.resolve(ArchivedFetch.fileName(fetchedAt)))) {
                    file.write(body);
                }
                bytes += body.length;
                documents++;
            }
        }
        return new long[] {documents, articles, bytes};
    }

    private String item(String feedId, int index, String language, Instant published, SplittableRandom random) {
        String company = pick(companies, random);
        String other = pick(companies, random);
        int roll = random.nextInt(100);
        String title;
        String lead;
        if (roll < dealPercent) {
            PooledDeal deal = dealAround(published, random);
            title = Texts.dealTitle(language, deal.investor(), deal.target(), deal.millions());
            lead = Texts.dealLead(language, deal.investor(), deal.target(), deal.millions());
        } else if (roll < dealPercent + moneyPercent) {
            long millions = 50L + random.nextInt(20_000);
            title = Texts.revenueTitle(language, company, millions);
            lead = Texts.revenueLead(language, company, millions);
        } else {
            title = Texts.newsTitle(language, company, other);
            lead = Texts.newsLead(language, company, other);
        }
        String body = lead + " " + String.join(" ", Texts.filler(language, random));
        String link = "https://" + feedId + ".newswatch.invalid/story-" + index;
        return "<item><title>" + xml(title) + "</title><link>" + link + "</link><guid>" + link + "</guid><pubDate>"
                + RFC_822.format(published) + "</pubDate><description>" + xml(body) + "</description></item>\n";
    }

    /** A deal of the pool dated in the few days before {@code published}: outlets report it then. */
    private PooledDeal dealAround(Instant published, SplittableRandom random) {
        double at = (double) Duration.between(START, published).toSeconds() / span.toSeconds();
        int newest = (int) Math.max(0, Math.min(pool.size() - 1, Math.floor(at * pool.size())));
        int window = (int) Math.max(1, (long) pool.size() * DEAL_SPREAD.toSeconds() / span.toSeconds());
        return pool.get(Math.max(0, newest - random.nextInt(window)));
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
