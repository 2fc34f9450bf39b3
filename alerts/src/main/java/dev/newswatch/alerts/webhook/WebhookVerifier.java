package dev.newswatch.alerts.webhook;

import dev.newswatch.alerts.channel.PlainText;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a webhook delivery the way a receiver would, from a dump of the request: optionally a request
 * line ({@code POST /hook HTTP/1.1}), then header lines, a blank line and the body. Behind
 * {@code newswatch webhook verify --secret S}.
 *
 * <p>Line ends may be CRLF or LF. Header names are case-insensitive. When the exact body fails but the
 * body without its trailing line break passes, the delivery is reported valid with a note, since tools
 * that dump requests often append one. Stateless and thread-safe.
 */
public final class WebhookVerifier {

    private WebhookVerifier() {
    }

    /**
     * Verifies a dumped delivery with the default tolerance of five minutes.
     *
     * @param rawRequest headers, a blank line, then the body
     * @param secret     the receiver's secret, {@code whsec_...}
     * @param clock      the receiver's clock
     * @return the verdict, never null
     */
    public static VerificationResult verify(String rawRequest, String secret, Clock clock) {
        return verify(rawRequest, secret, clock, WebhookSigner.DEFAULT_TOLERANCE);
    }

    /**
     * Verifies a dumped delivery.
     *
     * @param rawRequest headers, a blank line, then the body
     * @param secret     the receiver's secret, {@code whsec_...}
     * @param clock      the receiver's clock
     * @param tolerance  how far {@code webhook-timestamp} may be from the clock
     * @return the verdict, never null; an invalid secret gives an invalid verdict naming the problem
     */
    public static VerificationResult verify(String rawRequest, String secret, Clock clock, Duration tolerance) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tolerance, "tolerance");
        WebhookSecret parsedSecret;
        try {
            parsedSecret = WebhookSecret.parse(secret);
        } catch (IllegalArgumentException e) {
            return VerificationResult.invalid(e.getMessage(), null);
        }
        if (rawRequest == null || rawRequest.isEmpty()) {
            return VerificationResult.invalid("the request is empty", null);
        }
        int crlf = rawRequest.indexOf("\r\n\r\n");
        int lf = rawRequest.indexOf("\n\n");
        int split;
        int separator;
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            split = crlf;
            separator = 4;
        } else if (lf >= 0) {
            split = lf;
            separator = 2;
        } else {
            return VerificationResult.invalid("no blank line separates the headers from the body", null);
        }
        Map<String, String> headers = headers(rawRequest.substring(0, split));
        String body = rawRequest.substring(split + separator);
        String id = headers.get("webhook-id");
        String timestamp = headers.get("webhook-timestamp");
        String signature = headers.get("webhook-signature");
        Optional<String> problem = WebhookSigner.check(id, timestamp, body, signature, parsedSecret, clock, tolerance);
        if (problem.isEmpty()) {
            return VerificationResult.ok("signature valid for webhook-id " + id, id);
        }
        String trimmed = stripOneLineBreak(body);
        if (!trimmed.equals(body)
                && WebhookSigner.check(id, timestamp, trimmed, signature, parsedSecret, clock, tolerance).isEmpty()) {
            return VerificationResult.ok("signature valid for webhook-id " + id
                    + " once the trailing line break of the dump is ignored", id);
        }
        return VerificationResult.invalid(problem.get(), id == null ? null : PlainText.oneLine(id, 200));
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : head.split("\r?\n")) {
            int colon = line.indexOf(':');
            // Skip the request line and HTTP/2 pseudo-headers such as ":method".
            if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.putIfAbsent(name, line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static String stripOneLineBreak(String body) {
        if (body.endsWith("\r\n")) {
            return body.substring(0, body.length() - 2);
        }
        if (body.endsWith("\n")) {
            return body.substring(0, body.length() - 1);
        }
        return body;
    }
}
