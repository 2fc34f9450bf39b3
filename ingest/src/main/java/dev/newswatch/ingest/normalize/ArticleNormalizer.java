package dev.newswatch.ingest.normalize;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.parse.ParsedFeed;
import dev.newswatch.ingest.parse.ParsedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds core {@link Article} records from the items of a {@link ParsedFeed}.
 *
 * <ul>
 *   <li>url: the item link made canonical by {@link UrlCanonicalizer}, when it is an absolute http(s) URL;
 *       otherwise empty.</li>
 *   <li>id: {@link ArticleIds#forUrl} of that URL; without one, {@link ArticleIds#forGuid} of the GUID (or of
 *       a link that is not http(s), such as {@code mailto:} or {@code tag:}); without either,
 *       {@link ArticleIds#forContent} of title, description HTML and published time. Items with the same id in
 *       one document are collapsed, the first wins.</li>
 *   <li>title: plain text on one line, at most 500 characters. summary: plain text of the
 *       description (of the content when there is no description), at most 2,000 characters,
 *       cut at a word boundary with an ellipsis. contentHtml: the sanitised content, or null (also when longer
 *       than 200,000 characters, which would not fit comfortably in a record).</li>
 *   <li>published: the item's published time, else its updated time, else {@code fetchedAt}; a time more
 *       than a day after {@code fetchedAt} is replaced by {@code fetchedAt}.</li>
 *   <li>language: the feed spec's language, else the document's ({@code "en-US"} gives {@code "en"}), else
 *       {@link LanguageDetector#detect} of title and summary.</li>
 *   <li>authors ({@code "jane@example.com (Jane Doe)"} gives {@code "Jane Doe"}) and categories: plain text,
 *       blanks and duplicates removed.</li>
 * </ul>
 *
 * <p>An item with no link, GUID, title, description or content is skipped, as is any item that fails to
 * convert; both are logged at DEBUG. Stateless and thread-safe.
 */
public final class ArticleNormalizer {

    static final int MAX_TITLE = 500;
    /** Enrichment reads the summary: it carries the article's whole text up to this length. */
    static final int MAX_SUMMARY = 20_000;
    static final int MAX_CONTENT_HTML = 200_000;
    static final Duration MAX_FUTURE = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(ArticleNormalizer.class);
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/?#\\s]+.*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2})(?:[-_][A-Za-z0-9-_]*)?");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final String ELLIPSIS = "…";

    /** A normaliser; it holds no state, so one instance can serve every thread. */
    public ArticleNormalizer() {
        // Nothing to configure.
    }

    /**
     * The articles of {@code parsed}, in document order.
     *
     * @param feed      the feed the document came from; gives the feed id, the source name and maybe the language
     * @param parsed    the parsed document
     * @param fetchedAt when the document was fetched
     * @return the articles, never null, possibly empty; immutable
     */
    public List<Article> normalize(FeedSpec feed, ParsedFeed parsed, Instant fetchedAt) {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        String documentLanguage = language(feed.language());
        if (documentLanguage == null) {
            documentLanguage = language(parsed.language());
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        int position = 0;
        for (ParsedItem item : parsed.items()) {
            position++;
            try {
                Article article = toArticle(feed, parsed, item, documentLanguage, fetchedAt);
                if (article == null) {
                    LOG.debug("Item {} of feed {} has no link, GUID, title, description or content; skipped.",
                            position, feed.id());
                } else if (articles.putIfAbsent(article.id(), article) != null) {
                    LOG.debug("Item {} of feed {} repeats article {}; the first one is kept.", position, feed.id(),
                            article.id());
                }
            } catch (RuntimeException e) {
                LOG.debug("Item {} of feed {} could not be normalised and is skipped: {}", position, feed.id(),
                        e.toString());
            }
        }
        return List.copyOf(articles.values());
    }

    private static Article toArticle(FeedSpec feed, ParsedFeed parsed, ParsedItem item, String documentLanguage,
            Instant fetchedAt) {
        String link = blankToNull(item.link());
        String url = httpUrl(link);
        String guid = blankToNull(item.guid());
        String rawText = firstNonBlank(item.descriptionHtml(), item.contentHtml());
        if (link == null && guid == null && blankToNull(item.title()) == null && rawText == null) {
            return null;
        }
        String title = truncate(HtmlText.toLine(item.title()), MAX_TITLE);
        String description = HtmlText.toText(item.descriptionHtml());
        String contentText = HtmlText.toText(item.contentHtml());
        // The summary is the text enrichment reads: the full content when a feed carries more there.
        String summary = truncate(contentText.length() > description.length() ? contentText : description,
                MAX_SUMMARY);
        String id;
        if (url != null) {
            id = ArticleIds.forUrl(url);
        } else if (guid != null) {
            id = ArticleIds.forGuid(feed.id(), guid);
        } else if (link != null) {
            id = ArticleIds.forGuid(feed.id(), UrlCanonicalizer.canonicalize(link));
        } else {
            id = ArticleIds.forContent(feed.id(), title, rawText,
                    item.published() != null ? item.published() : item.updated());
        }
        String language = documentLanguage != null ? documentLanguage : LanguageDetector.detect(title + "\n" + summary);
        return new Article(
                id,
                feed.id(),
                feed.name(),
                url,
                title,
                summary,
                content(item.contentHtml(), url != null ? url : parsed.link()),
                published(item, fetchedAt),
                fetchedAt,
                language,
                people(item.authors()),
                labels(item.categories()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonBlank(String first, String second) {
        String value = blankToNull(first);
        return value != null ? value : blankToNull(second);
    }

    private static String httpUrl(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String canonical = UrlCanonicalizer.canonicalize(link);
        return HTTP_URL.matcher(canonical).matches() ? canonical : null;
    }

    private static String content(String contentHtml, String baseUri) {
        String sanitised = HtmlText.sanitize(contentHtml, baseUri);
        return sanitised != null && sanitised.length() <= MAX_CONTENT_HTML ? sanitised : null;
    }

    private static Instant published(ParsedItem item, Instant fetchedAt) {
        Instant published = item.published() != null ? item.published() : item.updated();
        if (published == null || published.isAfter(fetchedAt.plus(MAX_FUTURE))) {
            return fetchedAt;
        }
        return published;
    }

    /** The ISO 639-1 part of a language tag ({@code "en-US"} gives {@code "en"}), or null. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher matcher = LANGUAGE_TAG.matcher(tag.strip());
        return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static List<String> people(List<String> authors) {
        List<String> names = new ArrayList<>();
        for (String author : authors) {
            Matcher withName = EMAIL_WITH_NAME.matcher(author.strip());
            names.add(withName.matches() ? withName.group(1) : author);
        }
        return labels(names);
    }

    private static List<String> labels(List<String> values) {
        Set<String> labels = new LinkedHashSet<>();
        for (String value : values) {
            String text = truncate(HtmlText.toLine(value), MAX_TITLE);
            if (!text.isEmpty()) {
                labels.add(text);
            }
        }
        return List.copyOf(labels);
    }

    /** {@code text} cut to at most {@code max} characters at a word boundary, ending with an ellipsis. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int limit = max - ELLIPSIS.length();
        int cut = text.lastIndexOf(' ', limit);
        int lineCut = text.lastIndexOf('\n', limit);
        cut = Math.max(cut, lineCut);
        if (cut < limit / 2) {
            cut = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        }
        return text.substring(0, cut).strip() + ELLIPSIS;
    }
}
