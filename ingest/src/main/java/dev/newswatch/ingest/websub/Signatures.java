package dev.newswatch.ingest.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Hub-Signature} of a WebSub notification: {@code method=signature}, where method is sha1,
 * sha256, sha384 or sha512 and signature the hexadecimal HMAC of the raw body keyed with the subscription's
 * secret (WebSub section 8). The comparison takes the same time wherever the first difference is. Stateless and
 * thread-safe.
 */
public final class Signatures {

    private static final Map<String, String> MACS = Map.of(
            "sha1", "HmacSHA1",
            "sha256", "HmacSHA256",
            "sha384", "HmacSHA384",
            "sha512", "HmacSHA512");

    private Signatures() {
    }

    /**
     * True when {@code header} is a well-formed signature of {@code body} with {@code secret}.
     *
     * @param header the {@code X-Hub-Signature} value, or null (then false)
     */
    public static boolean valid(String header, String secret, byte[] body) {
        if (header == null) {
            return false;
        }
        int eq = header.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        String algorithm = MACS.get(header.substring(0, eq).strip().toLowerCase(Locale.ROOT));
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (algorithm == null) {
            return false;
        }
        return MessageDigest.isEqual(hmac(algorithm, secret, body), given);
    }

    /** The {@code X-Hub-Signature} value of {@code body} with {@code secret}, HMAC-SHA256. */
    public static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
    }

    private static byte[] hmac(String algorithm, String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
