package dev.newswatch.ingest.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Resolution of the relative links found in feeds. Stateless and thread-safe. */
final class Links {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private Links() {
    }

    /** A base for resolution: {@code preferred} when it is absolute, else {@code fallback} when it is, else null. */
    static URI base(URI preferred, String fallback) {
        if (preferred != null && preferred.isAbsolute()) {
            return preferred;
        }
        URI parsed = parseOrNull(fallback);
        return parsed != null && parsed.isAbsolute() ? parsed : null;
    }

    /**
     * {@code link} stripped and resolved against {@code base}; unchanged when it is absolute, when there is no
     * base or when it cannot be resolved; null when it is null or blank.
     */
    static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String value = link.strip();
        if (base == null || base.isOpaque() || HAS_SCHEME.matcher(value).matches()) {
            return value;
        }
        URI relative = parseOrNull(value.replace(" ", "%20"));
        if (relative == null) {
            return value;
        }
        try {
            URI effectiveBase = base;
            if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
                effectiveBase = new URI(base.getScheme(), base.getRawAuthority(), "/", null, null);
            }
            return effectiveBase.resolve(relative).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }

    private static URI parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new URI(value.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
