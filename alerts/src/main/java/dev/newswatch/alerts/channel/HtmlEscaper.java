package dev.newswatch.alerts.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Escapes untrusted text for HTML element content and double-quoted attribute values, and vets URLs
 * before they become links. Stateless and thread-safe.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /**
     * Escapes {@code &}, {@code <}, {@code >}, {@code "} and {@code '}; control characters become
     * spaces. Null becomes the empty string.
     *
     * @param text untrusted text, may be null
     * @return text safe inside an element or a quoted attribute, never null
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Returns {@code url} normalised to ASCII when it is an absolute http or https URL with a host, so it
     * can become a link; anything else ({@code javascript:}, {@code data:}, relative, malformed) is
     * empty and should be shown as text. The result still needs {@link #escape} in an attribute.
     *
     * @param url untrusted URL text, may be null
     * @return the URL fit for an {@code href}, or empty
     */
    public static Optional<String> linkableUrl(String url) {
        if (url == null || url.isBlank() || PlainText.hasControl(url)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toASCIIString());
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
