package dev.newswatch.ingest.fulltext;

import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetchRequest;
import dev.newswatch.ingest.fetch.FetchResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches an article page and extracts its article: the page goes through the same {@link FeedFetcher} as feeds
 * (network policy, deadline, size cap, redirects, decompression), after robots.txt allows it when a
 * {@link RobotsCache} is given. Local files may be gzip-compressed ({@code .gz}). The charset comes from the
 * Content-Type header, else from a byte-order mark or {@code <meta charset>}, else UTF-8. A page read again (the same
 * article in two feeds, an edited item) is asked for with a conditional GET, with the validators of the last
 * {@value #REMEMBERED_PAGES} pages read, and a 304 gives the article read before. Never throws for bad input.
 * Thread-safe.
 */
public final class PageReader {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    static final int REMEMBERED_PAGES = 256;

    private final FeedFetcher fetcher;
    private final RobotsCache robots;
    private final ArticleExtractor extractor;
    /** The validators and article of the pages read last, least recently used first. */
    private final Map<URI, Remembered> remembered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Remembered> eldest) {
            return size() > REMEMBERED_PAGES;
        }
    };

    private record Remembered(String etag, String lastModified, PageResult.Extracted article) {
    }

    /**
     * @param fetcher   fetches the pages
     * @param robots    consulted before every http(s) page, or null to skip robots.txt (explicit user requests)
     * @param extractor reads the article out of the page
     */
    public PageReader(FeedFetcher fetcher, RobotsCache robots, ArticleExtractor extractor) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.robots = robots;
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Fetches {@code page} and reads its article. */
    public PageResult read(URI page) {
        if (robots != null && !robots.allows(page)) {
            return new PageResult.Failed(page, "robots.txt disallows " + page);
        }
        Remembered known;
        synchronized (remembered) {
            known = remembered.get(page);
        }
        FetchResult result = fetcher.fetch(new FetchRequest(page, known == null ? null : known.etag(),
                known == null ? null : known.lastModified()));
        if (result instanceof FetchResult.NotModified && known != null) {
            return known.article();
        }
        if (result instanceof FetchResult.Failed failed) {
            return new PageResult.Failed(page, failed.message());
        }
        if (!(result instanceof FetchResult.Fetched fetched)) {
            return new PageResult.Failed(page, "no body for " + page);
        }
        String type = fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.contains("xml") && !type.startsWith("text/")) {
            return new PageResult.Failed(page, "not an HTML page (" + fetched.contentType() + "): " + page);
        }
        try {
            byte[] body = maybeGunzip(fetched.body(), fetcher.settings().maxBodyBytes());
            Document document = Jsoup.parse(new ByteArrayInputStream(body), charset(fetched.contentType()),
                    fetched.finalUri().toString());
            PageResult.Extracted extracted = new PageResult.Extracted(fetched.finalUri(), extractor.extract(document),
                    body);
            if (fetched.etag() != null || fetched.lastModified() != null) {
                synchronized (remembered) {
                    remembered.put(page, new Remembered(fetched.etag(), fetched.lastModified(), extracted));
                }
            }
            return extracted;
        } catch (IOException | RuntimeException e) {
            return new PageResult.Failed(page, "cannot read the page " + page + ": " + e.getMessage());
        }
    }

    /** The charset named by a Content-Type header when Java knows it, else null (jsoup then sniffs). */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1)).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** A gzip file's content (a saved {@code .html.gz}), at most {@code maxBytes}; other bodies unchanged. */
    static byte[] maybeGunzip(byte[] body, long maxBytes) throws IOException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new IOException("decompressed page exceeds " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
