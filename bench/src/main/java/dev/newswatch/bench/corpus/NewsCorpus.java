package dev.newswatch.bench.corpus;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.link.EntityLinker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic news articles for the benchmarks, generated from {@link NewsTemplates} with real company names:
 * deal articles (a headline and a lead paragraph reporting an investment, a funding round, talks or an
 * acquisition above $100 million, then ordinary paragraphs) and ordinary tech news (product launches, data
 * centres, regulation, partnerships). Half of all articles also carry one paragraph with money that is not
 * the news of a deal (revenue, market value, a past investment), as real reporting does. Paragraphs
 * are added until the text (title, newline, body) reaches the size asked for, so an article ends up to one
 * paragraph (about 450 bytes) above it. Article ids are the SHA-256 of a URL made of a run tag and an index,
 * as ingest makes them. The same seed, tag and index always give the same article. Immutable and thread-safe.
 */
public final class NewsCorpus {

    /** The seed of the benchmark corpus. */
    public static final long DEFAULT_SEED = 20_251_126L;
    /** The languages articles are written in, in rotation. */
    public static final List<String> LANGUAGES = List.of("en", "it", "de", "fr", "es");
    /** The article the project started from (Italian), included in the benchmark corpus when readable. */
    public static final Path SEED_ARTICLE = Path.of("/work/shared/samples/openai-amazon-talks.it.txt");

    private static final String SEED_TITLE = "OpenAI in trattative con Amazon per un investimento oltre i 10 miliardi di dollari";
    private static final int[] DEAL_MILLIONS = {150, 250, 400, 600, 750, 1000, 1500, 2000, 2500, 4000, 6500, 10000};
    private static final double EURO_SHARE = 0.2;
    private static final double MONEY_PARAGRAPH_SHARE = 0.5;
    private static final int DEALS_PER_FIVE = 2;
    private static final Instant PUBLISHED = Instant.parse("2026-03-02T08:00:00Z");

    private final Map<String, NewsTemplates> templates;
    private final List<String> companies;
    private final List<String> investors;
    private final long seed;

    /**
     * @param entities real entities whose names (and plain aliases) fill the templates; not null, with at least
     *                 three companies and one investor
     * @param seed     random seed
     */
    public NewsCorpus(List<Entity> entities, long seed) {
        this.templates = NewsTemplates.load();
        this.seed = seed;
        List<String> companyNames = new ArrayList<>();
        List<String> investorNames = new ArrayList<>();
        for (Entity e : entities) {
            if ("investor".equals(e.type())) {
                investorNames.addAll(writtenNames(e));
            } else if ("company".equals(e.type())) {
                List<String> names = writtenNames(e);
                companyNames.addAll(names);
                if (e.parent() == null && names.contains(e.name())) {
                    // Big tech invests too: any independent company may be the investor of a deal.
                    investorNames.add(e.name());
                }
            }
        }
        if (companyNames.size() < 3 || investorNames.isEmpty()) {
            throw new IllegalArgumentException("the news corpus needs at least three companies and one investor, got "
                    + companyNames.size() + " and " + investorNames.size());
        }
        this.companies = List.copyOf(companyNames);
        this.investors = List.copyOf(investorNames);
    }

    /**
     * The benchmark corpus: the seed article (when {@code seedFile} is readable) and generated articles, in all
     * five languages, about 40% of them deals, of {@code minBytes} to about {@code maxBytes} bytes of UTF-8 text.
     */
    public List<Article> standard(int count, int minBytes, int maxBytes, Path seedFile) {
        List<Article> out = new ArrayList<>(count);
        seedArticle(seedFile).ifPresent(out::add);
        for (int i = 0; out.size() < count; i++) {
            SplittableRandom random = random("standard", i);
            int target = minBytes + random.nextInt(Math.max(1, maxBytes - minBytes - 450));
            String language = LANGUAGES.get(i % LANGUAGES.size());
            boolean deal = (i / LANGUAGES.size()) % 5 < DEALS_PER_FIVE;
            out.add(deal ? deal("standard", i, language, pick(companies, random), target)
                    : ordinary("standard", i, language, target));
        }
        return out;
    }

    /**
     * An article reporting a deal above $100 million: {@code targetName} receives the money from a real investor
     * or big tech company.
     *
     * @param tag         distinguishes runs (part of the URL, hence of the id)
     * @param index       the article's number within the run
     * @param language    one of {@link #LANGUAGES}
     * @param targetName  the name of the company receiving the money, as written
     * @param targetBytes size of the text to reach
     */
    public Article deal(String tag, int index, String language, String targetName, int targetBytes) {
        SplittableRandom random = random(tag, index);
        NewsTemplates t = templates(language);
        String investor = pickOther(investors, random, Set.of(targetName));
        String rival = pickOther(companies, random, Set.of(targetName, investor));
        String partner = pickOther(companies, random, Set.of(targetName, investor, rival));
        int millions = DEAL_MILLIONS[random.nextInt(DEAL_MILLIONS.length)];
        String amount = AmountWriter.write(millions, random.nextDouble() < EURO_SHARE, language);
        Filler fill = new Filler(targetName, rival, partner, investor, targetName, amount, t, random);
        // Headline and lead tell the same kind of deal: investment, funding round, talks or acquisition.
        int kind = random.nextInt(Math.min(t.dealTitles().size(), t.dealLeads().size()));
        String title = fill.apply(t.dealTitles().get(kind));
        List<String> body = new ArrayList<>();
        body.add(fill.apply(t.dealLeads().get(kind)));
        return article(tag, index, language, title, body, t.paragraphs(), moneyParagraph(t, random), fill, targetBytes,
                random);
    }

    /**
     * Ordinary tech news, reporting no deal.
     *
     * @param tag         distinguishes runs (part of the URL, hence of the id)
     * @param index       the article's number within the run
     * @param language    one of {@link #LANGUAGES}
     * @param targetBytes size of the text to reach
     */
    public Article ordinary(String tag, int index, String language, int targetBytes) {
        SplittableRandom random = random(tag, index);
        NewsTemplates t = templates(language);
        String company = pick(companies, random);
        String rival = pickOther(companies, random, Set.of(company));
        String partner = pickOther(companies, random, Set.of(company, rival));
        Filler fill = new Filler(company, rival, partner, "", "", "", t, random);
        String title = fill.apply(pick(t.newsTitles(), random));
        return article(tag, index, language, title, new ArrayList<>(), t.paragraphs(), moneyParagraph(t, random), fill,
                targetBytes, random);
    }

    /** The seed article as an Italian article, or empty when the file cannot be read. */
    public static Optional<Article> seedArticle(Path file) {
        try {
            String body = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (body.isEmpty()) {
                return Optional.empty();
            }
            String url = "https://news.example/it/seed/openai-amazon-talks";
            return Optional.of(new Article(sha256(url), "bench-it", "Newswatch bench wire", url, SEED_TITLE, body, null,
                    PUBLISHED, PUBLISHED, "it", List.of(), List.of()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Article article(String tag, int index, String language, String title, List<String> body,
                            List<String> paragraphs, List<String> money, Filler fill, int targetBytes,
                            SplittableRandom random) {
        List<String> pool = new ArrayList<>(paragraphs);
        Collections.shuffle(pool, new Random(random.nextLong()));
        if (!money.isEmpty()) {
            pool.add(random.nextInt(Math.min(3, pool.size()) + 1), money.get(0));
        }
        int bytes = utf8(title) + 1;
        for (String p : body) {
            bytes += utf8(p) + 1;
        }
        for (String template : pool) {
            if (bytes >= targetBytes) {
                break;
            }
            String paragraph = fill.apply(template);
            body.add(paragraph);
            bytes += utf8(paragraph) + 1;
        }
        String url = "https://news.example/" + language + "/" + tag + "/" + index;
        return new Article(sha256(url), "bench-" + language, "Newswatch bench wire", url, title, String.join("\n", body),
                null, PUBLISHED, PUBLISHED, language, List.of(), List.of());
    }

    /** One paragraph with money that is not a deal, for half of the articles. */
    private static List<String> moneyParagraph(NewsTemplates t, SplittableRandom random) {
        return random.nextDouble() < MONEY_PARAGRAPH_SHARE ? List.of(pick(t.moneyParagraphs(), random)) : List.of();
    }

    private NewsTemplates templates(String language) {
        NewsTemplates t = templates.get(language);
        if (t == null) {
            throw new IllegalArgumentException("no news templates for language '" + language + "', expected one of " + LANGUAGES);
        }
        return t;
    }

    private SplittableRandom random(String tag, int index) {
        return new SplittableRandom(seed * 1_000_003L + 31L * tag.hashCode() + index);
    }

    /** The name and the aliases an article may use as they are: not the ones that need a cue word to link. */
    private static List<String> writtenNames(Entity e) {
        Set<String> cue = new HashSet<>(Arrays.asList(
                e.attributes().getOrDefault(EntityLinker.CUE_ALIASES, "").split("\\" + EntityLinker.LIST_SEPARATOR)));
        List<String> out = new ArrayList<>();
        if (!cue.contains(e.name())) {
            out.add(e.name());
        }
        for (String alias : e.aliases()) {
            // Short forms are kept for variety; tickers and codes (all capitals, up to 4 letters) are left out.
            if (!cue.contains(alias) && !(alias.length() <= 4 && alias.equals(alias.toUpperCase(Locale.ROOT)))) {
                out.add(alias);
            }
        }
        return out;
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pickOther(List<String> values, SplittableRandom random, Set<String> not) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String value = pick(values, random);
            if (!not.contains(value)) {
                return value;
            }
        }
        throw new IllegalStateException("cannot pick a name other than " + not + " from " + values.size() + " names");
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Fills the placeholders of one article's templates; draws days and numbers from the article's random. */
    private static final class Filler {

        private final String company;
        private final String rival;
        private final String partner;
        private final String investor;
        private final String target;
        private final String amount;
        private final NewsTemplates templates;
        private final SplittableRandom random;

        Filler(String company, String rival, String partner, String investor, String target, String amount,
               NewsTemplates templates, SplittableRandom random) {
            this.company = company;
            this.rival = rival;
            this.partner = partner;
            this.investor = investor;
            this.target = target;
            this.amount = amount;
            this.templates = Objects.requireNonNull(templates, "templates");
            this.random = Objects.requireNonNull(random, "random");
        }

        String apply(String template) {
            return template
                    .replace("{investor}", investor)
                    .replace("{target}", target)
                    .replace("{amount}", amount)
                    .replace("{company}", company)
                    .replace("{rival}", rival)
                    .replace("{partner}", partner)
                    .replace("{day}", pick(templates.days(), random))
                    .replace("{pct}", String.valueOf(5 + random.nextInt(30)))
                    .replace("{n}", String.valueOf(5 + random.nextInt(6)));
        }
    }
}
