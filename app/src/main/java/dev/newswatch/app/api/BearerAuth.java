package dev.newswatch.app.api;

import dev.newswatch.core.config.ApiSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the {@code Authorization: Bearer} header of a request against the configured token hashes. The presented
 * token is hashed and compared with every configured hash in constant time ({@link MessageDigest#isEqual}), all of
 * them every time, so neither the time taken nor the log tells which tokens exist. Without configured tokens
 * (allowed on loopback only, see {@link ApiSettings}) every request is the operator's, with both scopes.
 * Immutable and thread-safe.
 */
public final class BearerAuth {

    /** Who made a request: the token's name, and what it may do. */
    record Caller(String name, Set<ApiSettings.Scope> scopes) {

        boolean may(ApiSettings.Scope scope) {
            return scopes.contains(scope);
        }
    }

    private static final String BEARER = "bearer ";
    private static final Caller LOOPBACK = new Caller("loopback (no token configured)",
            EnumSet.allOf(ApiSettings.Scope.class));

    private record Known(ApiSettings.Token token, byte[] hash) {
    }

    private final List<Known> tokens;

    BearerAuth(List<ApiSettings.Token> tokens) {
        this.tokens = tokens.stream().map(t -> new Known(t, HexFormat.of().parseHex(t.sha256()))).toList();
    }

    /** The caller the header names; empty when it is missing, not a bearer token, or no configured token. */
    Optional<Caller> caller(String authorization) {
        if (tokens.isEmpty()) {
            return Optional.of(LOOPBACK);
        }
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).strip());
        Known match = null;
        for (Known known : tokens) {
            if (MessageDigest.isEqual(presented, known.hash()) && match == null) {
                match = known;
            }
        }
        return match == null ? Optional.empty() : Optional.of(new Caller(match.token().name(), match.token().scopes()));
    }

    /** The SHA-256 of the token's UTF-8 bytes, as {@code http.api.tokens[].sha256} holds it (lower-case hex). */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** A new random token: {@code nw_} and 32 random bytes in URL-safe base64 (256 bits). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return "nw_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
