package dev.newswatch.alerts.channel;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where to deliver one subscription's mail, and how its recipient unsubscribes.
 *
 * <p>{@code to} is a single address ({@code name@example.org}); the mailer parses it strictly and
 * reports an invalid one as a permanent failure. {@code unsubscribeHttps} enables RFC 8058 one-click
 * unsubscribe and must be https; {@code unsubscribeMailto} must start with {@code mailto:}. Both may be
 * null. Values that could break a mail header (control characters, angle brackets, commas) are
 * rejected here. Immutable and thread-safe.
 *
 * @param to                the recipient address
 * @param unsubscribeHttps  the one-click unsubscribe URL, or null
 * @param unsubscribeMailto the unsubscribe mailto URI, or null
 */
public record MailTarget(String to, URI unsubscribeHttps, String unsubscribeMailto) {

    public MailTarget {
        Objects.requireNonNull(to, "to");
        to = to.strip();
        if (to.isEmpty() || !to.contains("@") || PlainText.hasControl(to)) {
            throw new IllegalArgumentException("mail recipient is not a single address: '"
                    + PlainText.oneLine(to, 200) + "'");
        }
        if (unsubscribeHttps != null) {
            String scheme = unsubscribeHttps.getScheme();
            if (scheme == null || !scheme.toLowerCase(Locale.ROOT).equals("https")
                    || unsubscribeHttps.getHost() == null) {
                throw new IllegalArgumentException("unsubscribe URL must be an absolute https URL: "
                        + unsubscribeHttps);
            }
            checkHeaderSafe("unsubscribe URL", unsubscribeHttps.toASCIIString());
        }
        if (unsubscribeMailto != null) {
            if (!unsubscribeMailto.toLowerCase(Locale.ROOT).startsWith("mailto:")
                    || unsubscribeMailto.length() <= "mailto:".length()) {
                throw new IllegalArgumentException("unsubscribe mailto must start with 'mailto:' and name an"
                        + " address: '" + PlainText.oneLine(unsubscribeMailto, 200) + "'");
            }
            checkHeaderSafe("unsubscribe mailto", unsubscribeMailto);
        }
    }

    /** A target without unsubscribe links. */
    public MailTarget(String to) {
        this(to, null, null);
    }

    private static void checkHeaderSafe(String what, String value) {
        if (PlainText.hasControl(value) || value.indexOf('<') >= 0 || value.indexOf('>') >= 0
                || value.indexOf(',') >= 0 || value.indexOf(' ') >= 0) {
            throw new IllegalArgumentException(what + " contains characters not allowed in a"
                    + " List-Unsubscribe header (control, space, '<', '>' or ','): '"
                    + PlainText.oneLine(value, 200) + "'");
        }
    }
}
