package dev.newswatch.alerts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-click unsubscribe links (RFC 8058): {@code <base>/unsubscribe?s=<subscription>&t=<token>}, the
 * token an HMAC-SHA256 of the subscription id, so nobody can unsubscribe someone else. Thread-safe.
 */
public final class UnsubscribeLinks {

    private final byte[] key;
    private final String publicBaseUrl;
    private final String mailbox;

    /**
     * @param key           the signing key
     * @param publicBaseUrl https base URL of the unsubscribe endpoint as seen by subscribers, or null (no https link)
     * @param mailbox       the address mailto: unsubscribe requests go to
     */
    public UnsubscribeLinks(byte[] key, String publicBaseUrl, String mailbox) {
        this.key = key.clone();
        this.publicBaseUrl = publicBaseUrl == null ? null : publicBaseUrl.replaceAll("/+$", "");
        this.mailbox = mailbox;
    }

    public String token(String subscriptionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(subscriptionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    public boolean valid(String subscriptionId, String token) {
        if (subscriptionId == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(token(subscriptionId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The https one-click link, or null when no public base URL is configured. */
    public URI httpsLink(String subscriptionId) {
        if (publicBaseUrl == null) {
            return null;
        }
        return URI.create(publicBaseUrl + "/unsubscribe?s=" + URLEncoder.encode(subscriptionId, StandardCharsets.UTF_8)
                + "&t=" + token(subscriptionId));
    }

    public String mailto(String subscriptionId) {
        return mailbox == null ? null : "mailto:" + mailbox + "?subject=unsubscribe%20" + subscriptionId;
    }
}
