package dev.newswatch.ingest.fetch;

import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.net.NetworkPolicyException;
import dev.newswatch.ingest.fetch.FetchResult.Failed;
import dev.newswatch.ingest.fetch.FetchResult.Fetched;
import dev.newswatch.ingest.fetch.FetchResult.NotModified;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one feed URL politely and safely, and reports the outcome as a {@link FetchResult}; it never
 * throws for a network or HTTP problem.
 *
 * <p>What one {@link #fetch(FetchRequest)} does:
 * <ul>
 *   <li>Sends the identifying User-Agent, {@code Accept-Encoding: gzip, deflate}, and
 *       {@code If-None-Match} / {@code If-Modified-Since} when the request carries validators; a 304 gives
 *       {@link NotModified}, keeping the sent validators when the 304 omits them.</li>
 *   <li>Decodes gzip and deflate (zlib-wrapped or raw) while streaming, and fails as soon as the raw or the
 *       decoded body passes {@link FetcherSettings#maxBodyBytes()}.</li>
 *   <li>Holds the whole fetch (every redirect hop, headers and body) to
 *       {@link FetcherSettings#totalDeadline()}; a body that drips past it is cut off.</li>
 *   <li>Follows 301, 302, 303, 307 and 308 by hand, up to {@link FetcherSettings#maxRedirects()}, to
 *       {@code http} and {@code https} only, never from HTTPS to HTTP, and stops on a loop.</li>
 *   <li>Before every hop, checks the URL with {@link NetworkPolicy#checkUri(URI)}, resolves the host with the
 *       {@link HostResolver} and checks every address with {@link NetworkPolicy#checkAddress(URI, InetAddress)}.
 *       The {@link HttpClient} then resolves the name again to connect: a DNS answer that changes between the
 *       two lookups (DNS rebinding) is outside what this check prevents. A literal IP address in the URL
 *       is not affected.</li>
 *   <li>Classifies failures: 429, 503, other 5xx, 408, timeouts and I/O errors are retriable (with
 *       {@code Retry-After} as seconds or an HTTP-date); other 4xx (410 included), policy refusals, oversized
 *       bodies and redirect errors are not.</li>
 *   <li>Retries once, on a new connection, when a pooled keep-alive connection turns out to be closed
 *       before any response arrived.</li>
 *   <li>Reads {@code file:} URLs under the policy's allowed roots, with validators from the file's size and
 *       modification time.</li>
 * </ul>
 * Name resolution by the {@link HostResolver} is not bounded by the deadline.
 *
 * <p>Thread-safe: one instance serves any number of concurrent fetches.
 */
public final class FeedFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFetcher.class);

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
    private static final String ACCEPT_ENCODING = "gzip, deflate";
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final int NOT_MODIFIED = 304;
    private static final List<String> STALE_CONNECTION_MESSAGES =
            List.of("header parser received no bytes", "connection reset", "broken pipe");

    private final HttpClient client;
    private final FetcherSettings settings;
    private final NetworkPolicy policy;
    private final Clock clock;
    private final HostResolver resolver;
    private final FileFetcher files;

    /**
     * Creates a fetcher on the given collaborators.
     *
     * @param client the HTTP client; it must not follow redirects ({@link HttpClient.Redirect#NEVER}), since
     *     every hop must pass the policy. Its connect timeout is the one that applies.
     * @param settings deadline, caps, redirects and User-Agent
     * @param policy the network policy checked on every hop
     * @param clock measures latency and interprets {@code Retry-After} dates
     * @param resolver resolves hosts for the policy check
     * @throws IllegalArgumentException when the client follows redirects
     */
    public FeedFetcher(HttpClient client, FetcherSettings settings, NetworkPolicy policy, Clock clock,
            HostResolver resolver) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient must use Redirect.NEVER, not "
                    + client.followRedirects() + ": the fetcher checks every redirect against the network policy");
        }
        this.files = new FileFetcher(policy, settings.maxBodyBytes(), clock);
    }

    /** A fetcher with its own {@link #newHttpClient(FetcherSettings) client} and the system resolver. */
    public static FeedFetcher create(FetcherSettings settings, NetworkPolicy policy, Clock clock) {
        return new FeedFetcher(newHttpClient(settings), settings, policy, clock, HostResolver.system());
    }

    /**
     * The client {@link #create} uses: no redirects, the configured connect timeout, HTTP/1.1 (a feed poll
     * is one small request per host, so HTTP/2 gains nothing, and plain-HTTP upgrade attempts confuse some
     * servers), the default proxy selector.
     */
    public static HttpClient newHttpClient(FetcherSettings settings) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The settings this fetcher applies. */
    public FetcherSettings settings() {
        return settings;
    }

    /**
     * Fetches a feed.
     *
     * @param request the URL and validators, never null
     * @return the outcome, never null; network and HTTP problems are {@link Failed}
     */
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        Instant start = clock.instant();
        FetchResult result = "file".equalsIgnoreCase(request.uri().getScheme())
                ? files.fetch(request, start)
                : fetchHttp(request, start);
        logOutcome(request, result);
        return result;
    }

    private FetchResult fetchHttp(FetchRequest request, Instant start) {
        Deadline deadline = Deadline.after(settings.totalDeadline());
        URI current = RedirectRule.withoutFragment(request.uri());
        List<URI> chain = new ArrayList<>(List.of(current));
        while (true) {
            Failed refused = admit(current, start);
            if (refused != null) {
                return refused;
            }
            HttpResponse<InputStream> response;
            try {
                response = send(current, request, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(current, 0, "interrupted while fetching " + current, true, null, start);
            } catch (TimeoutException e) {
                return failed(current, 0, deadline.exceeded("waiting for the response headers", current), true,
                        null, start);
            } catch (IOException | IllegalArgumentException e) {
                return sendFailure(current, e, deadline, start);
            }
            int status = response.statusCode();
            if (!REDIRECT_STATUSES.contains(status)) {
                return answer(current, request, response, deadline, start);
            }
            closeQuietly(response.body());
            String location = response.headers().firstValue("Location").orElse("");
            if (location.isBlank()) {
                return failed(current, status, "HTTP " + HttpStatusText.of(status) + " without a Location header from "
                        + current, false, null, start);
            }
            URI next;
            try {
                next = RedirectRule.target(current, location);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return failed(current, status, "invalid redirect Location '" + location + "' from " + current, false,
                        null, start);
            }
            String refusal = RedirectRule.refusal(current, next, chain, settings.maxRedirects());
            if (refusal != null) {
                return failed(current, status, refusal, false, null, start);
            }
            LOG.debug("Following HTTP {} redirect from {} to {}.", status, current, next);
            chain.add(next);
            current = next;
        }
    }

    /** Checks the URL and every address of its host; returns the refusal, or null when the hop may go. */
    private Failed admit(URI uri, Instant start) {
        String host = uri.getHost();
        try {
            policy.checkUri(uri);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses == null || addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            for (InetAddress address : addresses) {
                policy.checkAddress(uri, address);
            }
            return null;
        } catch (NetworkPolicyException e) {
            return failed(uri, 0, e.getMessage(), false, null, start);
        } catch (UnknownHostException e) {
            return failed(uri, 0, "unknown host " + host, true, null, start);
        }
    }

    private HttpResponse<InputStream> send(URI uri, FetchRequest request, Deadline deadline)
            throws IOException, TimeoutException, InterruptedException {
        try {
            return sendOnce(uri, request, deadline);
        } catch (IOException e) {
            if (!isStaleConnection(e) || deadline.expired()) {
                throw e;
            }
            LOG.debug("Retrying {} once on a new connection because a pooled connection was closed: {}", uri,
                    e.toString());
            return sendOnce(uri, request, deadline);
        }
    }

    private HttpResponse<InputStream> sendOnce(URI uri, FetchRequest request, Deadline deadline)
            throws IOException, TimeoutException, InterruptedException {
        if (deadline.expired()) {
            throw new TimeoutException();
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(deadline.remaining())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", ACCEPT_ENCODING);
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(builder.build(), BodyHandlers.ofInputStream());
        try {
            return future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            // Had the response arrived meanwhile, release its connection.
            future.thenAccept(response -> closeQuietly(response.body()));
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) cause;
            }
            throw new IOException(cause);
        }
    }

    private FetchResult answer(URI uri, FetchRequest request, HttpResponse<InputStream> response, Deadline deadline,
            Instant start) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == NOT_MODIFIED) {
            closeQuietly(response.body());
            return new NotModified(uri,
                    headers.firstValue("ETag").orElse(request.etag()),
                    headers.firstValue("Last-Modified").orElse(request.lastModified()),
                    ResponseHeaders.cacheMaxAge(headers),
                    latency(start));
        }
        if (status >= 200 && status <= 299) {
            return readBody(uri, response, deadline, start);
        }
        closeQuietly(response.body());
        boolean retriable = status == 408 || status == 429 || status >= 500;
        return failed(uri, status, "HTTP " + HttpStatusText.of(status) + " from " + uri, retriable,
                ResponseHeaders.retryAfter(headers, clock), start);
    }

    private FetchResult readBody(URI uri, HttpResponse<InputStream> response, Deadline deadline, Instant start) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        InputStream body = response.body();
        long maxBytes = settings.maxBodyBytes();
        OptionalLong declared = declaredLength(headers);
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            closeQuietly(body);
            return failed(uri, status, "body exceeds " + maxBytes + " bytes (Content-Length " + declared.getAsLong()
                    + "): " + uri, false, null, start);
        }
        String encoding = headers.allValues("Content-Encoding").isEmpty()
                ? null
                : String.join(",", headers.allValues("Content-Encoding"));
        byte[] bytes;
        try (Deadline.Guard guard = deadline.closeOnExpiry(body)) {
            try {
                bytes = BodyDecoder.read(body, encoding, maxBytes);
            } catch (IOException e) {
                if (guard.fired()) {
                    return failed(uri, status, deadline.exceeded("reading the body", uri), true, null, start);
                }
                return bodyFailure(uri, status, e, start);
            }
        } finally {
            closeQuietly(body);
        }
        return new Fetched(uri, status, bytes,
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                ResponseHeaders.cacheMaxAge(headers),
                latency(start),
                headers.allValues("Link"));
    }

    private Failed bodyFailure(URI uri, int status, IOException e, Instant start) {
        if (e instanceof BodyTooLargeException || e instanceof UnsupportedContentEncodingException) {
            return failed(uri, status, e.getMessage() + ": " + uri, false, null, start);
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return failed(uri, status, "corrupt or truncated compressed body from " + uri + ": " + e.getMessage(), true,
                    null, start);
        }
        return failed(uri, status, "I/O error while reading the body from " + uri + ": " + describe(e), true, null,
                start);
    }

    private Failed sendFailure(URI uri, Exception e, Deadline deadline, Instant start) {
        if (e instanceof HttpConnectTimeoutException) {
            String timeout = client.connectTimeout().map(Deadline::describe).map(d -> " of " + d).orElse("");
            return failed(uri, 0, "connect timeout" + timeout + " exceeded: " + uri, true, null, start);
        }
        if (e instanceof HttpTimeoutException) {
            return failed(uri, 0, deadline.exceeded("waiting for the response headers", uri), true, null, start);
        }
        if (e instanceof ConnectException) {
            String detail = describe(e);
            String message = detail.toLowerCase(Locale.ROOT).contains("refused") || detail.isEmpty()
                    ? "connection refused: " + uri
                    : "cannot connect to " + uri + ": " + detail;
            return failed(uri, 0, message, true, null, start);
        }
        if (e instanceof UnknownHostException) {
            return failed(uri, 0, "unknown host " + uri.getHost(), true, null, start);
        }
        if (e instanceof SSLHandshakeException) {
            return failed(uri, 0, "TLS handshake with " + uri + " failed: " + describe(e), false, null, start);
        }
        if (e instanceof SSLException) {
            return failed(uri, 0, "TLS error with " + uri + ": " + describe(e), true, null, start);
        }
        if (e instanceof IllegalArgumentException) {
            return failed(uri, 0, "unsupported URL " + uri + ": " + e.getMessage(), false, null, start);
        }
        return failed(uri, 0, "I/O error fetching " + uri + ": " + describe(e), true, null, start);
    }

    /** The first non-blank message along the cause chain, or the exception type; one line. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip().replaceAll("\\s+", " ");
            }
        }
        return e instanceof ConnectException ? "" : e.getClass().getSimpleName();
    }

    /** A pooled keep-alive connection the server had already closed: the request never got an answer. */
    static boolean isStaleConnection(IOException e) {
        if (e instanceof ConnectException || e instanceof HttpTimeoutException) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String stale : STALE_CONNECTION_MESSAGES) {
                if (message.contains(stale)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static OptionalLong declaredLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length");
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private Failed failed(URI uri, int status, String message, boolean retriable, Duration retryAfter,
            Instant start) {
        return new Failed(uri, status, message, retriable, retryAfter, latency(start));
    }

    private Duration latency(Instant start) {
        Duration latency = Duration.between(start, clock.instant());
        return latency.isNegative() ? Duration.ZERO : latency;
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // Closing only releases the connection; there is nothing left to read or report.
        }
    }

    private static void logOutcome(FetchRequest request, FetchResult result) {
        if (result instanceof Fetched) {
            Fetched fetched = (Fetched) result;
            LOG.debug("Fetched {} bytes from {} (HTTP {}) in {} ms.", fetched.body().length, fetched.finalUri(),
                    fetched.status(), fetched.latency().toMillis());
        } else if (result instanceof NotModified) {
            LOG.debug("Feed {} was not modified ({} ms).", request.uri(), result.latency().toMillis());
        } else if (result instanceof Failed) {
            Failed failed = (Failed) result;
            LOG.debug("Fetching {} failed ({}): {}", request.uri(), failed.retriable() ? "retriable" : "permanent",
                    failed.message());
        }
    }
}
