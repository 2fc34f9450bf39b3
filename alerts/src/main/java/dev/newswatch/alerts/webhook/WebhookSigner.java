package dev.newswatch.alerts.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies webhook deliveries as Standard Webhooks v1 does: the signature is
 * {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} under each active key, space-separated when
 * several keys are active (secret rotation).
 *
 * <p>The secrets are parsed once in the constructor; an invalid one fails there with a message that
 * names the problem and never the secret. Immutable and thread-safe.
 */
public final class WebhookSigner {

    /** How far a receiver's clock and the {@code webhook-timestamp} may differ, either way. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** The version tag of this signature scheme. */
    public static final String VERSION = "v1";

    private static final String HMAC = "HmacSHA256";

    private final List<WebhookSecret> secrets;

    /**
     * A signer for one or more active secrets.
     *
     * @param secrets {@code whsec_} + base64 of a 24 to 64 byte key, at least one
     * @throws IllegalArgumentException when a secret is missing or malformed (the message says which, by
     *                                  position, and why)
     */
    public WebhookSigner(List<String> secrets) {
        Objects.requireNonNull(secrets, "secrets");
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook signer needs at least one secret");
        }
        List<WebhookSecret> parsed = new ArrayList<>(secrets.size());
        for (int i = 0; i < secrets.size(); i++) {
            try {
                parsed.add(WebhookSecret.parse(secrets.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("webhook secret #" + (i + 1) + ": " + e.getMessage());
            }
        }
        this.secrets = List.copyOf(parsed);
    }

    /**
     * The {@code webhook-signature} header value for one delivery.
     *
     * @param msgId            the {@code webhook-id}
     * @param timestampSeconds the {@code webhook-timestamp}, Unix seconds
     * @param body             the exact request body
     * @return one {@code v1,<base64>} per active secret, space-separated, in the order of the secrets
     */
    public String sign(String msgId, long timestampSeconds, String body) {
        Objects.requireNonNull(msgId, "msgId");
        Objects.requireNonNull(body, "body");
        byte[] content = signedContent(msgId, Long.toString(timestampSeconds), body);
        List<String> signatures = new ArrayList<>(secrets.size());
        for (WebhookSecret secret : secrets) {
            signatures.add(VERSION + "," + Base64.getEncoder().encodeToString(hmac(secret.key(), content)));
        }
        return String.join(" ", signatures);
    }

    /**
     * Verifies a received delivery: the timestamp is within {@code tolerance} of the clock and one of
     * the {@code v1} signatures in the header matches (compared in constant time).
     *
     * @param id              the {@code webhook-id} header
     * @param timestamp       the {@code webhook-timestamp} header, Unix seconds as text
     * @param body            the exact request body
     * @param signatureHeader the {@code webhook-signature} header
     * @param secret          the receiver's secret, {@code whsec_...}
     * @param clock           the receiver's clock
     * @param tolerance       how far the timestamp may be from the clock, either way
     * @return true when the delivery is authentic and fresh
     * @throws IllegalArgumentException when {@code secret} is malformed
     */
    public static boolean verify(String id, String timestamp, String body, String signatureHeader, String secret,
                                 Clock clock, Duration tolerance) {
        return check(id, timestamp, body, signatureHeader, WebhookSecret.parse(secret), clock, tolerance).isEmpty();
    }

    /**
     * A new random secret in the {@code whsec_} format, with a 32-byte key.
     *
     * @param random a cryptographically strong generator
     * @return the secret
     */
    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return WebhookSecret.PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Why a delivery fails verification, or empty when it passes. */
    static Optional<String> check(String id, String timestamp, String body, String signatureHeader,
                                  WebhookSecret secret, Clock clock, Duration tolerance) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tolerance, "tolerance");
        if (id == null || id.isBlank()) {
            return Optional.of("the webhook-id header is missing");
        }
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.of("the webhook-timestamp header is missing");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Optional.of("the webhook-signature header is missing");
        }
        if (body == null) {
            return Optional.of("the body is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of("webhook-timestamp '" + timestamp.strip() + "' is not a number of Unix seconds");
        }
        long skew = clock.instant().getEpochSecond() - seconds;
        if (Math.abs(skew) > tolerance.toSeconds()) {
            return Optional.of("webhook-timestamp is " + Math.abs(skew) + " s " + (skew > 0 ? "old" : "in the future")
                    + ", beyond the tolerance of " + tolerance.toSeconds() + " s");
        }
        byte[] expected = hmac(secret.key(), signedContent(id.strip(), timestamp.strip(), body));
        boolean sawV1 = false;
        for (String candidate : signatureHeader.strip().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals(VERSION)) {
                continue;
            }
            sawV1 = true;
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return Optional.empty();
            }
        }
        return Optional.of(sawV1 ? "no v1 signature matches this secret (wrong secret, or body or id altered)"
                : "the webhook-signature header holds no v1 signature");
    }

    private static byte[] signedContent(String id, String timestamp, String body) {
        return (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable in this JVM", e);
        }
    }
}
