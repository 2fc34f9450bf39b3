package dev.newswatch.ingest.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical form of article URLs, so that the same story reached through different tracking links gets
 * one id.
 *
 * <p>For {@code scheme://authority/path?query#fragment} URLs: the scheme and host are lower-cased, the
 * default port (80 for http, 443 for https) is dropped, the fragment is dropped, tracking parameters
 * ({@code utm_*}, {@code at_*}, {@code fbclid}, {@code gclid}, {@code dclid}, {@code mc_cid}, {@code mc_eid},
 * {@code igshid}, {@code ref_src}, {@code _hsenc}, {@code _hsmi}, {@code yclid}, {@code msclkid}) are
 * removed, the other parameters keep their order and spelling, an empty path becomes {@code /}, and
 * percent-escapes are upper-cased. The path and the remaining query are not otherwise decoded or
 * re-encoded. Anything else (no scheme, no host, a bad port, {@code mailto:}, {@code urn:}) is returned
 * trimmed and otherwise unchanged.
 *
 * <p>Stateless and thread-safe.
 */
public final class UrlCanonicalizer {

    private static final Pattern HIERARCHICAL = Pattern.compile(
            "([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?", Pattern.DOTALL);
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?:([^@]*)@)?(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]@\\s]+)(?::(\\d*))?");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "mc_cid", "mc_eid", "igshid", "ref_src", "_hsenc", "_hsmi",
            "yclid", "msclkid");

    private UrlCanonicalizer() {
    }

    /** The canonical form of {@code url}; null for null, {@code url} trimmed when it is not a hierarchical URL. */
    public static String canonicalize(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        Matcher parts = HIERARCHICAL.matcher(trimmed);
        if (!parts.matches() || containsWhitespace(trimmed)) {
            return trimmed;
        }
        Matcher authority = AUTHORITY.matcher(parts.group(2));
        if (!authority.matches()) {
            return trimmed;
        }
        String port = authority.group(3);
        if (port != null && (port.length() > 5 || (!port.isEmpty() && Integer.parseInt(port) > 65_535))) {
            return trimmed;
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(trimmed.length()).append(scheme).append("://");
        if (authority.group(1) != null) {
            canonical.append(authority.group(1)).append('@');
        }
        canonical.append(authority.group(2).toLowerCase(Locale.ROOT));
        if (port != null && !port.isEmpty() && !isDefaultPort(scheme, port)) {
            canonical.append(':').append(Integer.parseInt(port));
        }
        String path = parts.group(3);
        canonical.append(path.isEmpty() ? "/" : upperCaseEscapes(path));
        String query = parts.group(4) == null ? "" : withoutTracking(parts.group(4));
        if (!query.isEmpty()) {
            canonical.append('?').append(upperCaseEscapes(query));
        }
        return canonical.toString();
    }

    private static boolean isDefaultPort(String scheme, String port) {
        int number = Integer.parseInt(port);
        return (scheme.equals("http") && number == 80) || (scheme.equals("https") && number == 443);
    }

    private static String withoutTracking(String query) {
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.startsWith("at_") || TRACKING_PARAMETERS.contains(name);
    }

    private static String upperCaseEscapes(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        return PERCENT_ESCAPE.matcher(text).replaceAll(match -> match.group().toUpperCase(Locale.ROOT));
    }

    private static boolean containsWhitespace(String text) {
        return text.chars().anyMatch(Character::isWhitespace);
    }
}
