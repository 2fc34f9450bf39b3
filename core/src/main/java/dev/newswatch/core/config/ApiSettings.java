package dev.newswatch.core.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The HTTP API on the ops endpoint ({@code /api/v1/}): the {@code http.api} section of {@code newswatch.yml}.
 * Off by default. With tokens, every request but the OpenAPI document needs one of them as a bearer token; with
 * none, the API runs only when the operator allowed it ({@code allow-loopback-without-token}) and the endpoint
 * listens on a loopback address, which {@link ConfigLoader} checks. Immutable.
 *
 * @param enabled                   whether {@code /api/v1/} is served
 * @param tokens                    the accepted tokens, stored as hashes; empty for none
 * @param allowLoopbackWithoutToken whether an API without tokens may run (on a loopback-bound endpoint only)
 * @param maxBodyBytes              the largest request body accepted
 */
public record ApiSettings(boolean enabled, List<Token> tokens, boolean allowLoopbackWithoutToken, long maxBodyBytes) {

    /** The default request body cap: 64 KiB, far above any record. */
    public static final long DEFAULT_MAX_BODY = 64 * 1024;

    /** What a token may do: {@code read} the tables, or {@code write} them (create, update, delete). */
    public enum Scope {
        READ, WRITE;

        /** The scope named {@code text} (any case); IllegalArgumentException otherwise. */
        public static Scope parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scope must be read or write, got '" + text + "'");
            }
        }

        /** The lower-case name used in configuration and in {@code WWW-Authenticate}. */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One accepted bearer token.
     *
     * @param name   shown in the log of each change the token makes (never the token itself)
     * @param sha256 the lower-case hex SHA-256 of the token's UTF-8 bytes ({@code newswatch api hash-token})
     * @param scopes what the token may do; not empty
     */
    public record Token(String name, String sha256, Set<Scope> scopes) {

        public Token {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a token needs a name");
            }
            if (sha256 == null || !sha256.strip().toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("sha256 must be the 64 hex digits of the token's SHA-256"
                        + " (newswatch api hash-token prints it)");
            }
            sha256 = sha256.strip().toLowerCase(Locale.ROOT);
            if (scopes == null || scopes.isEmpty()) {
                throw new IllegalArgumentException("a token needs at least one scope (read, write)");
            }
            scopes = Set.copyOf(EnumSet.copyOf(scopes));
        }
    }

    public ApiSettings {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        Objects.requireNonNull(tokens, "tokens");
    }

    /** The API off. */
    public static ApiSettings off() {
        return new ApiSettings(false, List.of(), false, DEFAULT_MAX_BODY);
    }

    /** Whether requests need no token (allowed on loopback only). */
    public boolean open() {
        return tokens.isEmpty();
    }
}
