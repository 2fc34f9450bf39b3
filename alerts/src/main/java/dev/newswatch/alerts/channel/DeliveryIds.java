package dev.newswatch.alerts.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Stable idempotency keys for deliveries: the same alert to the same subscription always gets the same
 * id, on every retry and after a restart. The id is sent as {@code webhook-id} and used as the mail
 * Message-ID, so receivers can drop duplicates. Stateless and thread-safe.
 *
 * <p>Ids are {@code dlv_} or {@code dig_} followed by 32 lower-case hex digits (128 bits of SHA-256).
 */
public final class DeliveryIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final int HEX_DIGITS = 32;

    private DeliveryIds() {
    }

    /**
     * The delivery id of one alert to one subscription.
     *
     * @param alertId        the alert's id, not null
     * @param subscriptionId the subscription's id, not null
     * @return {@code dlv_} and 32 hex digits
     */
    public static String forAlert(String alertId, String subscriptionId) {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        return "dlv_" + hash("alert", alertId, subscriptionId);
    }

    /**
     * The delivery id of a digest: the same set of alerts to the same subscription, in any order, gives
     * the same id.
     *
     * @param subscriptionId the subscription's id, not null
     * @param alertIds       the alerts in the digest, not empty
     * @return {@code dig_} and 32 hex digits
     */
    public static String forDigest(String subscriptionId, Collection<String> alertIds) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        if (alertIds == null || alertIds.isEmpty()) {
            throw new IllegalArgumentException("a digest for subscription " + subscriptionId
                    + " needs at least one alert id");
        }
        TreeSet<String> sorted = new TreeSet<>(alertIds);
        String[] parts = new String[sorted.size() + 2];
        parts[0] = "digest";
        parts[1] = subscriptionId;
        int i = 2;
        for (String id : sorted) {
            parts[i++] = id;
        }
        return "dig_" + hash(parts);
    }

    /**
     * Checks that {@code id} can travel as a header value and inside a Message-ID: 1 to 128 characters
     * from {@code A-Z a-z 0-9 _ . -}.
     *
     * @param id the delivery id to check
     * @return {@code id}
     * @throws IllegalArgumentException when it cannot
     */
    public static String requireValid(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("delivery id must be 1 to 128 characters of A-Z a-z 0-9 _ . -,"
                    + " got '" + PlainText.oneLine(id, 140) + "'");
        }
        return id;
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // The length prefix keeps ("ab", "c") and ("a", "bc") apart.
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
