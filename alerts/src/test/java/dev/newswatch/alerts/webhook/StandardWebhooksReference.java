package dev.newswatch.alerts.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent implementation of the Standard Webhooks v1 algorithm, written from the specification
 * with {@link Mac} directly, so the tests never check the production signer against itself.
 */
final class StandardWebhooksReference {

    private StandardWebhooksReference() {
    }

    /** {@code v1,} + base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)). */
    static String sign(String secret, String id, String timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError("HMAC-SHA256 unavailable", e);
        }
    }

    /** True when {@code signature} (one {@code v1,...} entry) is the signature of the message under the secret. */
    static boolean matches(String secret, String id, String timestamp, String body, String signature) {
        return MessageDigest.isEqual(sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
