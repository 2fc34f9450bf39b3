package dev.newswatch.ingest.websub;

import dev.newswatch.core.config.WebSubSettings;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSub subscriptions of one ingest instance, one per feed that names a hub, and their life:
 * <ul>
 *   <li>{@link #discovered} (after each committed poll) subscribes a feed to its hub with a new random secret, or
 *       moves it when the hub or topic changed, or unsubscribes it when the feed no longer names a hub;</li>
 *   <li>{@link #verify} answers the hub's verification of intent: the challenge only for a topic that matches a
 *       pending or active subscription (or a pending unsubscription);</li>
 *   <li>{@link #tick} renews at 85 % of the granted lease, fails a subscription whose verification never came or
 *       whose lease ended, and tries a failed one again after the retry interval;</li>
 *   <li>{@link #check} verifies the signature of a notification with the subscription's secret.</li>
 * </ul>
 * A failed subscription makes the feed poll at its normal interval again: {@link #pushing} turns false and the
 * feed is listed by {@link #drainChanged} so the ingester polls it at once. Secrets live in memory only: a
 * restarted instance subscribes again (the hub then replaces the old subscription, same callback and topic).
 *
 * <p>Requests to hubs run on one background thread. Thread-safe: the coordinator, the callback server's threads
 * and that thread share it.
 */
public final class WebSubSubscriber implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebSubSubscriber.class);
    private static final double RENEW_AT = 0.85;

    /** What a notification's check found. */
    public enum Check { ACCEPTED, REJECTED, UNKNOWN }

    private enum State { SUBSCRIBING, SUBSCRIBED, FAILED }

    private final WebSubSettings settings;
    private final HubClient hubs;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService requests;
    private final Map<String, Subscription> subscriptions = new HashMap<>();
    /** Feed id to the topic of an unsubscription the hub may still verify. */
    private final Map<String, URI> unsubscribing = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    public WebSubSubscriber(WebSubSettings settings, HubClient hubs, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hubs = Objects.requireNonNull(hubs, "hubs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "websub-hub");
            t.setDaemon(true);
            return t;
        });
    }

    /** The callback URL of {@code feedId}: the configured base plus {@code /<feed id>}. */
    public URI callback(String feedId) {
        String base = settings.callbackBaseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + feedId);
    }

    /** The poll interval of a feed whose subscription is active. */
    public Duration pollInterval() {
        return settings.pollInterval();
    }

    /**
     * Takes in the links of a feed's latest committed poll.
     *
     * @param links the hub and topic it names, or null when it names none
     */
    public synchronized void discovered(FeedSpec feed, HubLinks links) {
        Subscription current = subscriptions.get(feed.id());
        if (links == null) {
            if (current != null) {
                LOG.info("Feed {} no longer names a WebSub hub; unsubscribing from {}.", feed.id(), current.links.hub());
                removed(feed.id());
            }
            return;
        }
        if (current != null && current.links.equals(links)) {
            return;
        }
        if (current != null) {
            LOG.info("Feed {} moved to the WebSub hub {} (topic {}); leaving {}.", feed.id(), links.hub(), links.topic(),
                    current.links.hub());
            unsubscribe(feed.id(), current);
        }
        Subscription next = new Subscription(links);
        subscriptions.put(feed.id(), next);
        subscribe(feed.id(), next, false);
    }

    /** Ends the subscription of a feed that was removed (best effort: the hub is asked once). */
    public synchronized void removed(String feedId) {
        Subscription current = subscriptions.remove(feedId);
        if (current != null) {
            unsubscribe(feedId, current);
        }
    }

    /** Renews, times out and retries subscriptions by the clock; cheap when nothing is due. */
    public synchronized void tick() {
        Instant now = clock.instant();
        for (Map.Entry<String, Subscription> e : subscriptions.entrySet()) {
            String feedId = e.getKey();
            Subscription s = e.getValue();
            switch (s.state) {
                case SUBSCRIBING -> {
                    if (!now.isBefore(s.requested.plus(settings.verifyTimeout()))) {
                        fail(feedId, s, "the hub did not verify the subscription within " + settings.verifyTimeout());
                    }
                }
                case SUBSCRIBED -> {
                    if (!now.isBefore(s.leaseEnd)) {
                        fail(feedId, s, "the lease ended at " + s.leaseEnd + " without a renewal");
                    } else if (!now.isBefore(s.renewAt) && (s.renewRequested == null
                            || !now.isBefore(s.renewRequested.plus(settings.verifyTimeout())))) {
                        s.renewRequested = now;
                        LOG.info("Renewing the WebSub subscription of feed {} at {} (lease ends {}).", feedId,
                                s.links.hub(), s.leaseEnd);
                        subscribe(feedId, s, true);
                    }
                }
                case FAILED -> {
                    if (!now.isBefore(s.retryAt)) {
                        LOG.info("Trying the WebSub hub {} of feed {} again.", s.links.hub(), feedId);
                        subscribe(feedId, s, false);
                    }
                }
                default -> throw new IllegalStateException("unknown state " + s.state);
            }
        }
    }

    /** True while {@code feedId} has a verified, unexpired subscription: it is polled at the longer interval. */
    public synchronized boolean pushing(String feedId) {
        Subscription s = subscriptions.get(feedId);
        return s != null && s.state == State.SUBSCRIBED;
    }

    /** The feeds whose subscription became active or failed since the last call; each should be polled now. */
    public synchronized List<String> drainChanged() {
        List<String> out = new ArrayList<>(changed);
        changed.clear();
        return out;
    }

    /** The push state of {@code feedId} for its status line, or null when it has no subscription. */
    public synchronized FeedStatus.Push state(String feedId) {
        Subscription s = subscriptions.get(feedId);
        if (s == null) {
            return null;
        }
        String state = switch (s.state) {
            case SUBSCRIBING -> "subscribing";
            case SUBSCRIBED -> "subscribed";
            case FAILED -> "failed";
        };
        return new FeedStatus.Push(state, s.links.hub().toString(), s.leaseEnd, s.lastNotification, s.error);
    }

    /**
     * Answers a verification of intent (WebSub section 5.3).
     *
     * @param mode         {@code hub.mode}: subscribe, unsubscribe or denied
     * @param leaseSeconds {@code hub.lease_seconds}, or null
     * @param reason       {@code hub.reason} of a denial, or null
     * @return the challenge to echo with 200, or null to answer 404
     */
    public synchronized String verify(String feedId, String mode, String topic, String challenge, String leaseSeconds,
                                      String reason) {
        Subscription s = subscriptions.get(feedId);
        if ("denied".equals(mode)) {
            if (s != null && s.links.topic().toString().equals(topic)) {
                fail(feedId, s, "the hub denied the subscription" + (reason == null ? "" : ": " + reason));
                return "";
            }
            return null;
        }
        if (challenge == null || topic == null) {
            return null;
        }
        if ("unsubscribe".equals(mode)) {
            URI pending = unsubscribing.get(feedId);
            if (pending != null && pending.toString().equals(topic)) {
                unsubscribing.remove(feedId);
                LOG.info("The WebSub hub confirmed the unsubscription of feed {}.", feedId);
                return challenge;
            }
            return null;
        }
        if (!"subscribe".equals(mode) || s == null || s.state == State.FAILED || !s.links.topic().toString().equals(topic)) {
            LOG.warn("Refused a WebSub verification for feed {} (mode {}, topic {}): no such pending subscription.",
                    feedId, mode, topic);
            return null;
        }
        Duration lease = lease(leaseSeconds);
        Instant now = clock.instant();
        boolean wasActive = s.state == State.SUBSCRIBED;
        s.state = State.SUBSCRIBED;
        s.error = null;
        s.leaseEnd = now.plus(lease);
        s.renewAt = now.plusMillis((long) (lease.toMillis() * RENEW_AT));
        s.renewRequested = null;
        if (!wasActive) {
            changed.add(feedId);
            LOG.info("Feed {} is subscribed at the WebSub hub {} until {}; it is polled every {} as a safety net.",
                    feedId, s.links.hub(), s.leaseEnd, settings.pollInterval());
        } else {
            LOG.info("The WebSub subscription of feed {} was renewed until {}.", feedId, s.leaseEnd);
        }
        return challenge;
    }

    /**
     * Checks a notification's signature with the secret of the feed's active subscription.
     *
     * @param signature the {@code X-Hub-Signature} header, or null
     */
    public synchronized Check check(String feedId, String signature, byte[] body) {
        Subscription s = subscriptions.get(feedId);
        if (s == null || s.state != State.SUBSCRIBED) {
            return Check.UNKNOWN;
        }
        if (!Signatures.valid(signature, s.secret, body)) {
            return Check.REJECTED;
        }
        s.lastNotification = clock.instant();
        return Check.ACCEPTED;
    }

    private Duration lease(String leaseSeconds) {
        try {
            long seconds = leaseSeconds == null ? 0 : Long.parseLong(leaseSeconds.strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : settings.lease();
        } catch (NumberFormatException e) {
            return settings.lease();
        }
    }

    private void fail(String feedId, Subscription s, String why) {
        boolean wasActive = s.state == State.SUBSCRIBED;
        s.state = State.FAILED;
        s.error = why;
        s.retryAt = clock.instant().plus(settings.retryInterval());
        changed.add(feedId);
        LOG.warn("WebSub for feed {} failed ({}); the feed is polled at its normal interval{} and the hub {} is tried "
                + "again at {}.", feedId, why, wasActive ? " again" : "", s.links.hub(), s.retryAt);
    }

    /** Sends a subscription request; a new secret unless this renews an active subscription. */
    private void subscribe(String feedId, Subscription s, boolean renewal) {
        if (!renewal) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            s.secret = HexFormat.of().formatHex(bytes);
            s.state = State.SUBSCRIBING;
            s.requested = clock.instant();
            s.error = null;
        }
        String secret = s.secret;
        URI callback = callback(feedId);
        requests.execute(() -> {
            String refusal;
            try {
                HubClient.Answer answer = hubs.subscribe(s.links.hub(), s.links.topic(), callback, secret, settings.lease());
                if (answer.accepted()) {
                    LOG.info("The WebSub hub {} accepted the {} of feed {} (HTTP {}); waiting for its verification.",
                            s.links.hub(), renewal ? "renewal" : "subscription", feedId, answer.status());
                    return;
                }
                refusal = "the hub refused the subscription: HTTP " + answer.status()
                        + (answer.body().isEmpty() ? "" : " " + answer.body());
            } catch (HubClient.HubException e) {
                refusal = e.getMessage();
            }
            synchronized (this) {
                // A renewal refused leaves the subscription active until its lease ends.
                if (subscriptions.get(feedId) == s && !renewal && s.state == State.SUBSCRIBING && secret.equals(s.secret)) {
                    fail(feedId, s, refusal);
                } else if (renewal) {
                    LOG.warn("Renewing the WebSub subscription of feed {} failed ({}); it is tried again.", feedId, refusal);
                }
            }
        });
    }

    private void unsubscribe(String feedId, Subscription s) {
        if (s.state == State.FAILED) {
            return;
        }
        unsubscribing.put(feedId, s.links.topic());
        URI callback = callback(feedId);
        requests.execute(() -> {
            try {
                HubClient.Answer answer = hubs.unsubscribe(s.links.hub(), s.links.topic(), callback);
                LOG.info("Asked the WebSub hub {} to unsubscribe feed {} (HTTP {}).", s.links.hub(), feedId, answer.status());
            } catch (HubClient.HubException e) {
                LOG.warn("Could not unsubscribe feed {} at its WebSub hub ({}); the subscription lapses with its lease.",
                        feedId, e.getMessage());
            }
        });
    }

    /** Stops the request thread; subscriptions stay at the hubs until their leases end. */
    @Override
    public void close() {
        requests.shutdown();
        try {
            requests.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        requests.shutdownNow();
    }

    /** One feed's subscription; guarded by the subscriber's lock. */
    private static final class Subscription {
        final HubLinks links;
        State state = State.SUBSCRIBING;
        String secret;
        Instant requested;
        Instant leaseEnd;
        Instant renewAt;
        Instant renewRequested;
        Instant retryAt;
        Instant lastNotification;
        String error;

        Subscription(HubLinks links) {
            this.links = links;
        }
    }
}
