package dev.newswatch.alerts.webhook;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.alerts.channel.PlainText;
import dev.newswatch.alerts.channel.WebhookSender;
import dev.newswatch.alerts.channel.WebhookTarget;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.net.NetworkPolicyException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts to webhook endpoints with {@link HttpClient}, signed as Standard Webhooks v1.
 *
 * <p>Each call checks the URL with {@link NetworkPolicy#checkUri}, resolves the endpoint's host and checks
 * every address with {@link NetworkPolicy#checkAddress} before sending; a refusal is a permanent failure
 * and nothing is sent. The request carries
 * {@code content-type: application/json}, {@code webhook-id} (the delivery id, the same on every retry),
 * {@code webhook-timestamp} (Unix seconds from the injected clock), {@code webhook-signature} and
 * {@code user-agent}. The whole exchange, body included, must finish within the total timeout (the JDK's
 * own request timeout stops counting once the headers arrive).
 *
 * <p>Answers are classified: 2xx delivered; 408, 429, 5xx, timeouts and I/O errors retryable (with the
 * Retry-After delay when given); 3xx permanent, since redirects are never followed; 410 permanent with
 * the subscription to be disabled; other 4xx permanent. {@link #send} never throws for I/O.
 *
 * <p>The policy checks the addresses this sender resolved; the client resolves the host again when it
 * connects, so a DNS answer that changes in between is not caught here. Name resolution happens before
 * the deadline starts and is bounded by the system resolver's own timeouts.
 *
 * <p>{@link #postJson} posts unsigned chat messages with the same policy checks, deadline and classification,
 * and reads a 429's delay from the body ({@code retry_after}) when the header has none.
 *
 * <p>Thread-safe; calls from several threads run concurrently on the shared client.
 */
public final class HttpWebhookSender implements WebhookSender {

    /** Default limit for one whole exchange: connect, headers and body. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@code user-agent}. */
    public static final String DEFAULT_USER_AGENT = "Newswatch-Webhooks/0.1 (+https://github.com/newswatch)";

    private static final Logger LOG = LoggerFactory.getLogger(HttpWebhookSender.class);
    private static final int MAX_RESPONSE_BYTES = 2048;
    private static final int MAX_DETAIL_CHARS = 200;

    private final HttpClient client;
    private final Clock clock;
    private final NetworkPolicy policy;
    private final Duration totalTimeout;
    private final String userAgent;
    private final NotificationRenderer renderer = new NotificationRenderer();

    /**
     * A sender with the default total timeout and user agent.
     *
     * @param client an HTTP client that does not follow redirects (see {@link #newHttpClient})
     * @param clock  the source of {@code webhook-timestamp}
     * @param policy which URLs and resolved addresses may be contacted
     */
    public HttpWebhookSender(HttpClient client, Clock clock, NetworkPolicy policy) {
        this(client, clock, policy, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT);
    }

    /**
     * A sender with explicit limits.
     *
     * @param client       an HTTP client whose redirect policy is {@link HttpClient.Redirect#NEVER}
     * @param clock        the source of {@code webhook-timestamp}
     * @param policy       which URLs and resolved addresses may be contacted
     * @param totalTimeout the most one exchange may take, headers and body, positive
     * @param userAgent    the {@code user-agent} header, one line
     * @throws IllegalArgumentException when the client follows redirects or a limit is invalid
     */
    public HttpWebhookSender(HttpClient client, Clock clock, NetworkPolicy policy, Duration totalTimeout,
                             String userAgent) {
        this.client = Objects.requireNonNull(client, "client");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the webhook HTTP client must not follow redirects (Redirect.NEVER),"
                    + " it follows " + client.followRedirects());
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("webhook total timeout must be positive, got " + totalTimeout);
        }
        this.totalTimeout = totalTimeout;
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || PlainText.hasControl(userAgent)) {
            throw new IllegalArgumentException("webhook user agent must be one non-blank line");
        }
        this.userAgent = userAgent;
    }

    /**
     * An HTTP client fit for webhooks: redirects never followed, HTTP/1.1, the given connect timeout.
     *
     * @param connectTimeout the most a TCP and TLS connect may take
     * @return a new client
     */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
    }

    @Override
    public DeliveryResult send(WebhookTarget target, String deliveryId, AlertView alert) {
        Objects.requireNonNull(target, "target");
        DeliveryIds.requireValid(deliveryId);
        Objects.requireNonNull(alert, "alert");
        URI url = target.url();
        String endpoint = "webhook " + display(url);
        WebhookSigner signer;
        try {
            signer = new WebhookSigner(target.secrets());
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Permanent(endpoint + " cannot be signed: " + e.getMessage());
        }
        DeliveryResult refused = checkAddresses(url, endpoint);
        if (refused != null) {
            return refused;
        }
        String body = renderer.json(alert);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(totalTimeout)
                .header("content-type", "application/json")
                .header("webhook-id", deliveryId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signer.sign(deliveryId, timestamp, body))
                .header("user-agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        DeliveryResult result = exchange(request, endpoint, deliveryId);
        LOG.debug("Delivery {} of alert {} to {} ended as {}.", deliveryId, alert.alertId(), endpoint, result);
        return result;
    }

    /**
     * Posts an unsigned JSON body (a chat message) to {@code url} under the same network policy, deadline and
     * classification as a webhook. {@code endpoint} names the receiver in results and logs; it must not hold
     * credentials (chat webhook URLs and the Telegram bot path do), so callers pass a cleaned name.
     *
     * @param url        the absolute http or https URL to post to
     * @param endpoint   how to name the receiver, such as "slack https://hooks.slack.com"
     * @param deliveryId the delivery (or digest) this post belongs to, for the logs
     * @param body       the JSON text
     * @return the classified outcome, never null
     */
    public DeliveryResult postJson(URI url, String endpoint, String deliveryId, String body) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(body, "body");
        DeliveryResult refused = checkAddresses(url, endpoint);
        if (refused != null) {
            return refused;
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(totalTimeout)
                    .header("content-type", "application/json; charset=utf-8")
                    .header("user-agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.Permanent(endpoint + " cannot be called: " + describe(e));
        }
        DeliveryResult result = exchange(request, endpoint, deliveryId);
        LOG.debug("Delivery {} to {} ended as {}.", deliveryId, endpoint, result);
        return result;
    }

    private DeliveryResult checkAddresses(URI url, String endpoint) {
        try {
            policy.checkUri(url);
            InetAddress[] addresses = InetAddress.getAllByName(url.getHost());
            for (InetAddress address : addresses) {
                policy.checkAddress(url, address);
            }
            return null;
        } catch (UnknownHostException e) {
            return new DeliveryResult.Retryable("cannot resolve the host of " + endpoint);
        } catch (NetworkPolicyException e) {
            // The exception's message names the full URL, whose query may hold a token: keep only the rule.
            String message = e.getMessage();
            String prefix = "refused " + url + ": ";
            String rule = message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : "refused";
            LOG.warn("The network policy refuses {}: {}; nothing was sent.", endpoint, rule);
            return new DeliveryResult.Permanent("the network policy refuses " + endpoint + ": " + rule);
        } catch (SecurityException e) {
            return new DeliveryResult.Permanent("resolving the host of " + endpoint + " is not permitted: "
                    + e.getMessage());
        }
    }

    private DeliveryResult exchange(HttpRequest request, String endpoint, String deliveryId) {
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        boolean retriedStaleConnection = false;
        while (true) {
            CompletableFuture<HttpResponse<String>> future =
                    client.sendAsync(request, info -> new BoundedBodySubscriber(MAX_RESPONSE_BYTES));
            try {
                HttpResponse<String> response = future.get(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                return classify(response, endpoint, deliveryId);
            } catch (TimeoutException e) {
                future.cancel(true);
                return new DeliveryResult.Retryable(endpoint + " did not answer completely within "
                        + totalTimeout.toMillis() + " ms");
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return new DeliveryResult.Retryable("delivery to " + endpoint + " was interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (!retriedStaleConnection && isStalePooledConnection(cause) && System.nanoTime() < deadline) {
                    // A pooled keep-alive connection the server had already closed: one fresh try.
                    retriedStaleConnection = true;
                    continue;
                }
                return failure(cause, endpoint);
            }
        }
    }

    private static boolean isStalePooledConnection(Throwable cause) {
        return cause instanceof IOException && cause.getMessage() != null
                && cause.getMessage().contains("received no bytes");
    }

    private DeliveryResult failure(Throwable cause, String endpoint) {
        if (cause instanceof HttpTimeoutException) {
            return new DeliveryResult.Retryable(endpoint + " timed out: " + cause.getMessage());
        }
        if (cause instanceof IOException) {
            return new DeliveryResult.Retryable(endpoint + " failed: " + describe(cause));
        }
        if (cause instanceof IllegalArgumentException || cause instanceof SecurityException) {
            return new DeliveryResult.Permanent(endpoint + " cannot be called: " + describe(cause));
        }
        return new DeliveryResult.Retryable(endpoint + " failed unexpectedly: " + describe(cause));
    }

    private DeliveryResult classify(HttpResponse<String> response, String endpoint, String deliveryId) {
        int status = response.statusCode();
        String detail = PlainText.oneLine(response.body(), MAX_DETAIL_CHARS);
        String answered = endpoint + " answered HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
        if (status >= 200 && status < 300) {
            return new DeliveryResult.Delivered("HTTP " + status + " from " + endpoint);
        }
        if (status >= 300 && status < 400) {
            String location = PlainText.oneLine(response.headers().firstValue("location").orElse("(no location)"),
                    MAX_DETAIL_CHARS);
            LOG.warn("{} answered delivery {} with a redirect to {}; redirects are not followed, update the"
                    + " subscription's URL.", endpoint, deliveryId, location);
            return new DeliveryResult.Permanent("redirects are not followed: " + status + " to " + location
                    + " (from " + endpoint + ")");
        }
        if (status == 410) {
            LOG.warn("{} answered delivery {} with 410 Gone: the endpoint is gone for good and its"
                    + " subscription should be disabled.", endpoint, deliveryId);
            return new DeliveryResult.Permanent("ENDPOINT GONE: " + answered
                    + "; the subscription should be disabled", true);
        }
        if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
            Duration retryAfter = RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null),
                    clock.instant());
            if (retryAfter == null && status == 429) {
                retryAfter = RetryAfter.fromJsonBody(response.body());
            }
            return new DeliveryResult.Retryable(answered, retryAfter);
        }
        return new DeliveryResult.Permanent(answered);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String name = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + PlainText.oneLine(message, MAX_DETAIL_CHARS);
    }

    /** The endpoint without user info and query, which may carry credentials. */
    static String display(URI url) {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + port + path;
    }
}
