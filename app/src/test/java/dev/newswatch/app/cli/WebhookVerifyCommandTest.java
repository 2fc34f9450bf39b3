package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.webhook.WebhookSigner;
import dev.newswatch.app.Newswatch;
import dev.newswatch.testkit.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswatch webhook verify}: a receiver's dump of a signed delivery passes; a tampered one fails with exit 1. */
class WebhookVerifyCommandTest {

    private static final String ID = "dlv_0123456789abcdef0123456789abcdef";
    private static final String BODY = "{\"alertId\":\"deal-1-v1\",\"investor\":\"Amazon\",\"target\":\"OpenAI\","
            + "\"amountText\":\"more than $10 billion\",\"amountUsd\":10000000000}";

    private final String secret = WebhookSigner.newSecret(new SecureRandom());

    @TempDir
    Path dir;

    @Test
    void shouldSayValidAndExitZeroForARequestSignedWithTheSecret() throws Exception {
        // Given a request as the receiver dumped it, signed now with the subscription's secret
        Path file = dump(BODY, BODY);
        // When it is verified
        CliRun run = verify(file, secret);
        // Then
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("valid: webhook-id " + ID), run.out());
    }

    @Test
    void shouldSayInvalidAndExitOneWhenTheBodyWasTamperedWith() throws Exception {
        // Given the same signed request whose amount was changed on the way
        Path file = dump(BODY.replace("10000000000", "90000000000"), BODY);
        // When it is verified
        CliRun run = verify(file, secret);
        // Then
        assertEquals(ExitCodes.FAILED, run.exit(), run.out());
        assertTrue(run.err().startsWith("INVALID: "), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }

    @Test
    void shouldSayInvalidAndExitOneForAnotherSecret() throws Exception {
        // Given a correctly signed request, and the secret of another subscription
        Path file = dump(BODY, BODY);
        // When it is verified with the wrong secret
        CliRun run = verify(file, WebhookSigner.newSecret(new SecureRandom()));
        // Then
        assertEquals(ExitCodes.FAILED, run.exit(), run.out());
        assertTrue(run.err().startsWith("INVALID: "), run.err());
    }

    /** Writes a dump whose body is {@code body} and whose signature covers {@code signedBody}. */
    private Path dump(String body, String signedBody) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        String signature = new WebhookSigner(List.of(secret)).sign(ID, timestamp, signedBody);
        String raw = "POST /hooks/deals HTTP/1.1\r\n"
                + "content-type: application/json\r\n"
                + "webhook-id: " + ID + "\r\n"
                + "webhook-timestamp: " + timestamp + "\r\n"
                + "webhook-signature: " + signature + "\r\n"
                + "\r\n"
                + body;
        Path file = dir.resolve("request.txt");
        Files.writeString(file, raw, StandardCharsets.UTF_8);
        return file;
    }

    private static CliRun verify(Path file, String secret) {
        return CliRun.of(Newswatch.commandLine(), "webhook", "verify", "--secret", secret, "--file", file.toString());
    }
}
