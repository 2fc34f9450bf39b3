package dev.newswatch.app.ops;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.core.config.OpsSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every request to the ops endpoint passes before its handler runs:
 * <ol>
 *   <li><b>Host</b>: an IP literal, {@code localhost}, or a name of {@code http.allowed-hosts}; anything else is
 *       403. A page that rebinds its own DNS name to this machine (DNS rebinding) sends its own name, so it cannot
 *       read the dashboard, its snapshot or the metrics.</li>
 *   <li><b>Origin</b>, when the request carries one (browsers send it on cross-origin reads, on event streams
 *       and on every POST, PUT and DELETE): its host and port must be the request's {@code Host}, or its host one
 *       of {@code http.allowed-hosts}; anything else, {@code null} included, is 403.</li>
 *   <li><b>The ops token</b>, when {@code http.token-sha256} is set: {@code Authorization: Bearer TOKEN}, or the
 *       session cookie that {@code GET /?token=TOKEN} sets for a browser (the page and its event stream cannot
 *       send a header). Missing or wrong: 401. {@code /health}, {@code /health/live} (probes), {@code /feeds/}
 *       and {@code /api/v1/} (each has its own token) do not need it.</li>
 * </ol>
 * The cookie holds a random value made at start, never the token, so a restart asks the browser for the token
 * again. Tokens are compared by their SHA-256 in constant time. Immutable and thread-safe.
 */
public final class OpsGuard extends Filter {

    private static final Logger LOG = LoggerFactory.getLogger(OpsGuard.class);
    static final String COOKIE = "newswatch_ops";
    private static final String BEARER = "bearer ";
    private static final Set<String> OPEN_PATHS = Set.of("/health", "/health/live");
    private static final List<String> OPEN_PREFIXES = List.of("/feeds/", "/api/v1/");

    private final List<String> allowedHosts;
    private final byte[] tokenHash;
    private final String session;

    /** Guards with {@code access}: its host names and, when it has one, its token. */
    public OpsGuard(OpsSettings.Access access) {
        this.allowedHosts = List.copyOf(access.allowedHosts());
        this.tokenHash = access.tokenSha256() == null ? null : HexFormat.of().parseHex(access.tokenSha256());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.session = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public String description() {
        return "Host, Origin and ops token checks";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && !hostAllowed(host)) {
            LOG.warn("Refused an ops request for {} from {}: its Host header '{}' is not this endpoint's (a DNS "
                    + "rebinding page, or a name missing from http.allowed-hosts).", exchange.getRequestURI().getPath(),
                    exchange.getRemoteAddress(), host);
            refuse(exchange, 403, "Host '" + host + "' is not served here. Use the address, localhost, or a name "
                    + "listed in http.allowed-hosts.\n");
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !originAllowed(origin, host)) {
            LOG.warn("Refused a cross-origin ops request for {} from {} (Origin '{}').",
                    exchange.getRequestURI().getPath(), exchange.getRemoteAddress(), origin);
            refuse(exchange, 403, "Cross-origin requests are refused (Origin '" + origin + "').\n");
            return;
        }
        if (tokenHash != null && needsToken(exchange.getRequestURI().getPath()) && !authorised(exchange)) {
            return;
        }
        chain.doFilter(exchange);
    }

    /** Whether {@code hostHeader} (host, optionally {@code :port}) names this endpoint. */
    boolean hostAllowed(String hostHeader) {
        String name = hostName(hostHeader);
        if (name == null) {
            return false;
        }
        return name.equals("localhost") || ipLiteral(name) || allowedHosts.contains(name);
    }

    private boolean originAllowed(String origin, String host) {
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
        if (host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static boolean needsToken(String path) {
        return !OPEN_PATHS.contains(path) && OPEN_PREFIXES.stream().noneMatch(path::startsWith);
    }

    /** Checks the token or the session cookie; answers 401 or the cookie-setting redirect itself. */
    private boolean authorised(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && tokenMatches(authorization.substring(BEARER.length()).strip())) {
            return true;
        }
        if (sessionCookie(exchange)) {
            return true;
        }
        String token = queryToken(exchange.getRequestURI().getRawQuery());
        if (token != null && tokenMatches(token) && "GET".equals(exchange.getRequestMethod())) {
            // The browser gets the session cookie and the same page without the token in its address bar.
            exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session
                    + "; Path=/; HttpOnly; SameSite=Strict");
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getPath());
            refuse(exchange, 303, "Signed in; continue to " + exchange.getRequestURI().getPath() + "\n");
            return false;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch-ops\"");
        refuse(exchange, 401, "This endpoint needs the ops token: send 'Authorization: Bearer TOKEN', or open "
                + "/?token=TOKEN once in a browser.\n");
        return false;
    }

    private boolean tokenMatches(String token) {
        return MessageDigest.isEqual(sha256(token), tokenHash);
    }

    private boolean sessionCookie(HttpExchange exchange) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return false;
        }
        for (String header : headers) {
            for (String pair : header.split(";")) {
                String p = pair.strip();
                if (p.startsWith(COOKIE + "=") && MessageDigest.isEqual(
                        p.substring(COOKIE.length() + 1).getBytes(StandardCharsets.US_ASCII),
                        session.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String queryToken(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("token=")) {
                return java.net.URLDecoder.decode(pair.substring("token=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The lower-case host of a {@code Host} header without its port, brackets of IPv6 literals removed. */
    private static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? null : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() ? null : name;
    }

    private static boolean ipLiteral(String name) {
        if (name.contains(":")) {
            return name.matches("[0-9a-f:.]+");
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void refuse(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            OpsServer.respond(exchange, status, "text/plain; charset=utf-8", body);
        }
    }
}
