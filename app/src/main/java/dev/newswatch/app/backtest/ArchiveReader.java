package dev.newswatch.app.backtest;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.ingest.FeedArchive;
import dev.newswatch.ingest.fulltext.ArticleExtractor;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import dev.newswatch.ingest.parse.FeedParseException;
import dev.newswatch.ingest.parse.FeedParser;
import dev.newswatch.ingest.parse.ParsedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a feed archive ({@code <archive>/<feed-id>/<fetch time with ':' → '-'>.xml[.gz]}, the layout
 * {@code ingest.archive-dir} writes) into a {@link History}, through the ingester's own parsing and
 * normalisation: {@link FeedParser}, then {@link ArticleNormalizer} with the fetch time of the file name.
 * The feed of a directory is the configured feed with that id (its name and language), else a feed whose id
 * is the directory name and whose name is the document's title. Documents are read in fetch order, so the first sighting of an article wins.
 * Unreadable documents are reported in {@link History#problems()}, never fatal; files whose names are not
 * archive names (and hidden files, such as the archive's partial writes) are skipped. An article whose page ingest
 * archived for its full text ({@code <feed-id>/pages/<article id>.html}) gets that page's text again, so a backtest
 * reads what the live pipeline read. Thread-safe.
 */
public final class ArchiveReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveReader.class);

    /** Threads that parse documents for {@link #spill}: every core. */
    private static final int PARSERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Map<String, FeedSpec> feeds;
    private final long maxBytes;
    private final FeedParser parser = new FeedParser();
    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private final ArticleExtractor extractor = new ArticleExtractor();

    /**
     * @param config the configuration whose feed list names the archive's feeds and whose
     *               {@code ingest.max-body} caps a document's size
     */
    public ArchiveReader(NewswatchConfig config) {
        this.feeds = config.feeds().stream().collect(Collectors.toMap(FeedSpec::id, Function.identity(), (a, b) -> a));
        this.maxBytes = config.ingest().maxBodyBytes();
    }

    /**
     * Every archived fetch under {@code archive}, in fetch order (then feed id).
     *
     * @throws UncheckedIOException naming the directory when it cannot be listed
     */
    public static List<ArchivedFetch> list(Path archive) {
        requireDirectory(archive);
        List<ArchivedFetch> fetches = new ArrayList<>();
        try (Stream<Path> feedDirs = Files.list(archive)) {
            for (Path feedDir : feedDirs.filter(Files::isDirectory).sorted().toList()) {
                String feedId = feedDir.getFileName().toString();
                if (feedId.startsWith(".")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(feedDir)) {
                    files.filter(f -> !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f))
                            .sorted()
                            .forEach(f -> ArchivedFetch.of(feedId, f).ifPresentOrElse(fetches::add,
                                    () -> LOG.debug("Skipping {}: not an archived feed document.", f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the archive " + archive, e);
        }
        fetches.sort(Comparator.comparing(ArchivedFetch::fetchedAt).thenComparing(ArchivedFetch::feedId));
        return fetches;
    }

    /**
     * Returns {@code archive}.
     *
     * @throws IllegalArgumentException naming it when it is not a directory
     */
    public static Path requireDirectory(Path archive) {
        if (!Files.isDirectory(archive)) {
            throw new IllegalArgumentException("archive directory " + archive + " does not exist");
        }
        return archive;
    }

    /** Reads every document of {@code archive} into its history. */
    public History read(Path archive) {
        List<ArchivedFetch> fetches = list(archive);
        // Parsing is the costly part and each document stands alone; the ordered collect keeps fetch order.
        List<Read> reads = fetches.parallelStream().map(this::read).toList();
        List<Article> sightings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Read read : reads) {
            sightings.addAll(read.articles());
            if (read.problem() != null) {
                problems.add(read.problem());
            }
        }
        History history = History.of(sightings, fetches.size(), problems);
        LOG.info("Read {} documents of {}: {} articles, {} repeated sightings dropped, {} unreadable.",
                fetches.size(), archive, history.articles().size(), history.duplicates(), problems.size());
        return history;
    }

    /**
     * Reads every document of {@code archive} into a history kept on disk ({@link SpilledHistory}), for archives too
     * large to hold: the same articles as {@link #read(Path)} followed by {@link History#within}, in bounded memory.
     * Documents are parsed on every core, a bounded number ahead of the one thread that deduplicates their articles
     * in fetch order.
     *
     * @param topic    the articles topic, whose serializer the history keeps the articles with
     * @param window   only articles published within it are kept
     * @param keep     the articles whose bytes the history keeps ({@link BacktestEngine#needsBytes()})
     * @param progress told of the documents read
     */
    public SpilledHistory spill(Path archive, Topic<String, Article> topic, TimeWindow window, Predicate<Article> keep,
                                Progress progress) {
        List<ArchivedFetch> fetches = list(archive);
        SpilledHistory history = new SpilledHistory(topic, window, keep);
        try (Lookahead<ArchivedFetch, Read> reads = new Lookahead<>(fetches, this::read, PARSERS,
                4 * PARSERS * 8)) {
            for (int i = 0; reads.hasNext(); i++) {
                Read read = reads.next();
                history.document();
                read.articles().forEach(history::add);
                if (read.problem() != null) {
                    history.problem(read.problem());
                }
                if ((i + 1) % 64 == 0) {
                    progress.update(i + 1, fetches.size());
                }
            }
            progress.update(fetches.size(), fetches.size());
            history.finish();
        } catch (RuntimeException e) {
            history.close();
            throw e;
        } finally {
            progress.finish();
        }
        LOG.info("Read {} documents of {}: {} articles, {} repeated sightings dropped, {} unreadable.",
                fetches.size(), archive, history.articles(), history.duplicates(), history.problems().size());
        return history;
    }

    /**
     * The feed that archive directory {@code feedId} belongs to: the configured one, else one with the
     * directory name as id (made a valid id when it is not), the document's title as name, and no language.
     */
    private FeedSpec feed(String feedId, Path feedDir, String documentTitle) {
        FeedSpec configured = feeds.get(feedId);
        if (configured != null) {
            return configured;
        }
        String id = feedId.matches("[a-z0-9][a-z0-9._-]{0,99}") ? feedId : FeedSpec.slug(feedId);
        String name = documentTitle == null || documentTitle.isBlank() ? feedId : documentTitle;
        return new FeedSpec(id, feedDir.toUri().toString(), name, null, null);
    }

    private Read read(ArchivedFetch fetch) {
        FeedSpec configured = feeds.get(fetch.feedId());
        URI base = configured != null ? baseUri(configured) : fetch.file().getParent().toUri();
        try {
            byte[] body = body(fetch);
            ParsedFeed parsed = parser.parse(body, null, base);
            FeedSpec feed = feed(fetch.feedId(), fetch.file().getParent(), parsed.title());
            return new Read(withPages(normalizer.normalize(feed, parsed, fetch.fetchedAt()), fetch.file().getParent()),
                    null);
        } catch (FeedParseException | IOException | RuntimeException e) {
            LOG.warn("Skipping archived document {}: {}", fetch.file(), e.getMessage());
            return new Read(List.of(), fetch.file() + ": " + e.getMessage());
        }
    }

    /** The articles with the text of their archived pages, where ingest kept one (full text). */
    private List<Article> withPages(List<Article> articles, Path feedDir) {
        if (!Files.isDirectory(feedDir.resolve("pages"))) {
            return articles;
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Path page = FeedArchive.pagePath(feedDir, article.id());
            if (!Files.isRegularFile(page)) {
                out.add(article);
                continue;
            }
            try {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                out.add(article.withPageText(extractor.extract(html, article.url()).text()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping the archived page {}: {}", page, e.getMessage());
                out.add(article);
            }
        }
        return out;
    }

    private byte[] body(ArchivedFetch fetch) throws IOException {
        try (InputStream raw = Files.newInputStream(fetch.file());
             InputStream in = fetch.compressed() ? new GZIPInputStream(raw) : raw) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new IOException("larger than ingest.max-body (" + maxBytes + " bytes)");
            }
            return body;
        }
    }

    private static URI baseUri(FeedSpec feed) {
        try {
            return URI.create(feed.url());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Read(List<Article> articles, String problem) {
        Read {
            Objects.requireNonNull(articles, "articles");
        }
    }
}
