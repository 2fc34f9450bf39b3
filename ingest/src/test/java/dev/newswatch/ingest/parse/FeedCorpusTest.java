package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every document of the shared feed corpus (4,124 files from the feedparser, ROME and W3C feed validator
 * test suites, see {@code SOURCES.md} there) through the parser and the normaliser.
 */
class FeedCorpusTest {

    /**
     * Files with at least one item when this was measured (Java 17, ROME 2.1.0, jsoup 1.24.1). Python's
     * feedparser finds at least one entry in 2,649 of the 4,124 files.
     */
    private static final int MEASURED_FILES_WITH_ITEMS = 2_650;
    /**
     * Files that gave at least one article when this was measured. Lower than the item count: about 370 files
     * of the feedparser and validator suites hold only items made of metadata (just an {@code <updated>}, an
     * author, a category, a rights line, a GeoRSS point...), which have no link, GUID, title, description or
     * content, so no article.
     */
    private static final int MEASURED_FILES_WITH_ARTICLES = 2_280;
    private static final int CORPUS_FILES = 4_124;

    private static final Logger LOG = LoggerFactory.getLogger(FeedCorpusTest.class);
    private static final Instant FETCHED_AT = Instant.parse("2026-01-15T12:00:00Z");
    private static final FeedSpec FEED = new FeedSpec("corpus", "http://127.0.0.1/feed.xml", "Corpus", null, null);

    private final FeedParser parser = new FeedParser();
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @Test
    void shouldReadTheCorpusWithoutUnexpectedExceptionsAndKeepTheArticleCount() throws IOException {
        // Given
        Path corpus = CorpusFiles.directory();
        assumeTrue(Files.isRegularFile(corpus.resolve("manifest.tsv")), "feed corpus not found at " + corpus);
        List<String> paths = manifestPaths(corpus);

        // When
        List<String> unexpected = new ArrayList<>();
        int withItems = 0;
        int withArticles = 0;
        int notFeeds = 0;
        int tolerant = 0;
        long parseNanos = 0;
        long normalizeNanos = 0;
        for (String path : paths) {
            byte[] body = Files.readAllBytes(corpus.resolve(path));
            try {
                long start = System.nanoTime();
                ParsedFeed parsed = parser.parse(body, null, null);
                long parsedAt = System.nanoTime();
                List<Article> articles = normalizer.normalize(FEED, parsed, FETCHED_AT);
                normalizeNanos += System.nanoTime() - parsedAt;
                parseNanos += parsedAt - start;
                tolerant += parsed.tolerant() ? 1 : 0;
                withItems += parsed.items().isEmpty() ? 0 : 1;
                withArticles += articles.isEmpty() ? 0 : 1;
            } catch (FeedParseException e) {
                notFeeds++;
            } catch (RuntimeException | StackOverflowError e) {
                unexpected.add(path + ": " + e);
            }
        }
        LOG.info("Corpus: {} files, {} with items, {} with articles, {} not feeds, {} read by the tolerant reader; "
                        + "parsing took {} ms, normalising {} ms.", paths.size(), withItems, withArticles, notFeeds,
                tolerant, Duration.ofNanos(parseNanos).toMillis(), Duration.ofNanos(normalizeNanos).toMillis());

        // Then
        assertTrue(unexpected.isEmpty(), "unexpected exceptions:\n" + String.join("\n", unexpected));
        assertTrue(paths.size() >= CORPUS_FILES, "manifest lists " + paths.size() + " files");
        assertTrue(withItems >= MEASURED_FILES_WITH_ITEMS,
                "files with items: expected at least " + MEASURED_FILES_WITH_ITEMS + " but got " + withItems);
        assertTrue(withArticles >= MEASURED_FILES_WITH_ARTICLES,
                "files with articles: expected at least " + MEASURED_FILES_WITH_ARTICLES + " but got " + withArticles);
    }

    private static List<String> manifestPaths(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t", 2)[0]).toList();
    }
}
