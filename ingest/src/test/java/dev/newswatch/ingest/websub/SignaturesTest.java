package dev.newswatch.ingest.websub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final String SECRET = "s3cret-of-this-subscription";
    private static final byte[] BODY = "<feed><entry><id>1</id></entry></feed>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"sha1:HmacSHA1", "sha256:HmacSHA256", "sha384:HmacSHA384", "sha512:HmacSHA512"})
    void shouldAcceptEveryHashTheSpecNames(String methodAndMac) throws Exception {
        String[] parts = methodAndMac.split(":");
        assertTrue(Signatures.valid(parts[0] + "=" + hmac(parts[1], SECRET, BODY), SECRET, BODY));
    }

    @Test
    void shouldAcceptItsOwnSignatureAndUpperCaseHex() {
        assertTrue(Signatures.valid(Signatures.sign(SECRET, BODY), SECRET, BODY));
        assertTrue(Signatures.valid(Signatures.sign(SECRET, BODY).toUpperCase(java.util.Locale.ROOT), SECRET, BODY));
    }

    @Test
    void shouldRejectAnotherSecretAnotherBodyAndMalformedHeaders() throws Exception {
        String good = Signatures.sign(SECRET, BODY);
        assertFalse(Signatures.valid(Signatures.sign("other", BODY), SECRET, BODY), "other secret");
        assertFalse(Signatures.valid(good, SECRET, "<feed/>".getBytes(StandardCharsets.UTF_8)), "other body");
        assertFalse(Signatures.valid(null, SECRET, BODY), "missing");
        assertFalse(Signatures.valid("sha256", SECRET, BODY), "no value");
        assertFalse(Signatures.valid("sha256=zz", SECRET, BODY), "not hex");
        assertFalse(Signatures.valid("md5=" + good.substring(7), SECRET, BODY), "unknown method");
        assertFalse(Signatures.valid("sha256=" + good.substring(7, 40), SECRET, BODY), "truncated");
        assertFalse(Signatures.valid("sha1=" + hmac("HmacSHA256", SECRET, BODY), SECRET, BODY), "method mismatch");
    }

    private static String hmac(String algorithm, String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
