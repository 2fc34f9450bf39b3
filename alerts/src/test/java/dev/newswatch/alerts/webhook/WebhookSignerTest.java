package dev.newswatch.alerts.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    // The test vector published with the Standard Webhooks specification and its reference libraries.
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330;
    private static final String VECTOR_BODY = "{\"test\": 2432232314}";
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final String OTHER_SECRET = "whsec_c2Vjb25kLWtleS1mb3Itcm90YXRpb24tdGVzdHMh";
    private static final Duration TOLERANCE = WebhookSigner.DEFAULT_TOLERANCE;

    private static Clock at(long epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    @Test
    void shouldProduceThePublishedStandardWebhooksTestVector() {
        String signature = new WebhookSigner(List.of(VECTOR_SECRET)).sign(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        assertEquals(VECTOR_SIGNATURE, signature);
    }

    @Test
    void shouldAgreeWithTheIndependentImplementationOnUnicodeBodies() {
        String body = "{\"headline\":\"Zürich: Übernahme für 5 Mrd. € \uD83D\uDE80\"}";

        String signature = new WebhookSigner(List.of(OTHER_SECRET)).sign("dlv_x", 1_800_000_000L, body);

        assertTrue(StandardWebhooksReference.matches(OTHER_SECRET, "dlv_x", "1800000000", body, signature));
    }

    @Test
    void shouldEmitOneSignaturePerActiveSecretSeparatedBySpaces() {
        String header = new WebhookSigner(List.of(VECTOR_SECRET, OTHER_SECRET))
                .sign(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);

        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length, header);
        assertEquals(VECTOR_SIGNATURE, signatures[0]);
        assertTrue(StandardWebhooksReference.matches(OTHER_SECRET, VECTOR_ID, "1614265330", VECTOR_BODY,
                signatures[1]));
    }

    @Test
    void shouldVerifyTheTestVectorWithinTheTolerance() {
        assertTrue(WebhookSigner.verify(VECTOR_ID, "1614265330", VECTOR_BODY, VECTOR_SIGNATURE, VECTOR_SECRET,
                at(VECTOR_TIMESTAMP + 299), TOLERANCE));
        assertTrue(WebhookSigner.verify(VECTOR_ID, "1614265330", VECTOR_BODY, VECTOR_SIGNATURE, VECTOR_SECRET,
                at(VECTOR_TIMESTAMP - 299), TOLERANCE));
    }

    @Test
    void shouldRejectATimestampOutsideTheTolerance() {
        assertFalse(WebhookSigner.verify(VECTOR_ID, "1614265330", VECTOR_BODY, VECTOR_SIGNATURE, VECTOR_SECRET,
                at(VECTOR_TIMESTAMP + 301), TOLERANCE));
        assertFalse(WebhookSigner.verify(VECTOR_ID, "1614265330", VECTOR_BODY, VECTOR_SIGNATURE, VECTOR_SECRET,
                at(VECTOR_TIMESTAMP - 301), TOLERANCE));
    }

    @Test
    void shouldRejectAlteredBodyIdOrTimestamp() {
        Clock clock = at(VECTOR_TIMESTAMP);

        assertFalse(WebhookSigner.verify(VECTOR_ID, "1614265330", "{\"test\": 2432232315}", VECTOR_SIGNATURE,
                VECTOR_SECRET, clock, TOLERANCE));
        assertFalse(WebhookSigner.verify("msg_other", "1614265330", VECTOR_BODY, VECTOR_SIGNATURE, VECTOR_SECRET,
                clock, TOLERANCE));
        assertFalse(WebhookSigner.verify(VECTOR_ID, "1614265331", VECTOR_BODY, VECTOR_SIGNATURE, VECTOR_SECRET,
                clock, TOLERANCE));
    }

    @Test
    void shouldRejectASignatureMadeWithAnotherSecret() {
        assertFalse(WebhookSigner.verify(VECTOR_ID, "1614265330", VECTOR_BODY, VECTOR_SIGNATURE, OTHER_SECRET,
                at(VECTOR_TIMESTAMP), TOLERANCE));
    }

    @Test
    void shouldAcceptAHeaderWhereOneOfSeveralSignaturesMatches() {
        String header = "v1a,bm90LWEtdjEtc2lnbmF0dXJl v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + VECTOR_SIGNATURE;

        assertTrue(WebhookSigner.verify(VECTOR_ID, "1614265330", VECTOR_BODY, header, VECTOR_SECRET,
                at(VECTOR_TIMESTAMP), TOLERANCE));
    }

    @Test
    void shouldRejectAMissingPrefixWithoutEchoingTheSecret() {
        String secret = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WebhookSigner(List.of(secret)));

        assertTrue(e.getMessage().contains("whsec_"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
    }

    @Test
    void shouldRejectInvalidBase64WithoutEchoingTheSecret() {
        String secret = "whsec_not*base64*at*all";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WebhookSigner(List.of(VECTOR_SECRET, secret)));

        assertTrue(e.getMessage().contains("#2"), e.getMessage());
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
        assertFalse(e.getMessage().contains("not*base64"), e.getMessage());
    }

    @Test
    void shouldRejectAKeyShorterThanTheStandardAllows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WebhookSigner(List.of("whsec_c2hvcnQ=")));

        assertTrue(e.getMessage().contains("5 bytes"), e.getMessage());
    }

    @Test
    void shouldGenerateSecretsTheSignerAccepts() {
        String secret = WebhookSigner.newSecret(new SecureRandom());

        String signature = new WebhookSigner(List.of(secret)).sign("dlv_1", 1L, "{}");

        assertTrue(StandardWebhooksReference.matches(secret, "dlv_1", "1", "{}", signature));
    }
}
