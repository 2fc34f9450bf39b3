package dev.newswatch.ingest.websub;

import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.net.NetworkPolicyException;
import dev.newswatch.ingest.fetch.HostResolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sends subscription requests to hubs: a form POST of {@code hub.mode}, {@code hub.topic}, {@code hub.callback}
 * and, to subscribe, {@code hub.secret} and {@code hub.lease_seconds} (WebSub section 5.1). A hub's URL comes from
 * a fetched feed, so it obeys the network policy of feeds; redirects are not followed. Thread-safe.
 */
public final class HubClient {

    private final HttpClient client;
    private final NetworkPolicy policy;
    private final HostResolver resolver;
    private final Duration timeout;
    private final String userAgent;

    /**
     * @param client  sends the requests (it must not follow redirects)
     * @param timeout deadline of one request, response included
     */
    public HubClient(HttpClient client, NetworkPolicy policy, HostResolver resolver, Duration timeout, String userAgent) {
        this.client = Objects.requireNonNull(client, "client");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    /** What the hub answered: 202 Accepted (or another 2xx) means it will verify the intent. */
    public record Answer(int status, String body) {
        public boolean accepted() {
            return status >= 200 && status <= 299;
        }
    }

    /**
     * Asks {@code hub} to subscribe {@code callback} to {@code topic}.
     *
     * @throws HubException when the hub cannot be reached or the network policy refuses it
     */
    public Answer subscribe(URI hub, URI topic, URI callback, String secret, Duration lease) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hub.mode", "subscribe");
        form.put("hub.topic", topic.toString());
        form.put("hub.callback", callback.toString());
        form.put("hub.secret", secret);
        form.put("hub.lease_seconds", Long.toString(lease.toSeconds()));
        return post(hub, form);
    }

    /**
     * Asks {@code hub} to end the subscription of {@code callback} to {@code topic}.
     *
     * @throws HubException when the hub cannot be reached or the network policy refuses it
     */
    public Answer unsubscribe(URI hub, URI topic, URI callback) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hub.mode", "unsubscribe");
        form.put("hub.topic", topic.toString());
        form.put("hub.callback", callback.toString());
        return post(hub, form);
    }

    private Answer post(URI hub, Map<String, String> form) {
        check(hub);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(hub)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        IOException failure = null;
        // Once more on an I/O error: a pooled keep-alive connection may have been closed by the server.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                String text = response.body() == null ? "" : response.body().strip();
                return new Answer(response.statusCode(), text.length() > 200 ? text.substring(0, 200) : text);
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HubException("interrupted while calling the hub " + hub, e);
            }
        }
        throw new HubException("cannot reach the hub " + hub + ": " + failure, failure);
    }

    private void check(URI hub) {
        try {
            policy.checkUri(hub);
            if (!"http".equalsIgnoreCase(hub.getScheme()) && !"https".equalsIgnoreCase(hub.getScheme())) {
                throw new HubException("a hub must be an http or https URL: " + hub, null);
            }
            for (InetAddress address : resolver.resolve(hub.getHost())) {
                policy.checkAddress(hub, address);
            }
        } catch (NetworkPolicyException e) {
            throw new HubException("the network policy refuses the hub " + hub + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new HubException("cannot resolve the hub " + hub + ": " + e, e);
        }
    }

    /** A hub that could not be asked: unreachable, or refused by the network policy. */
    public static final class HubException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public HubException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
