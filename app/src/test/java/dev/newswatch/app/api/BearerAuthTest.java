package dev.newswatch.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ApiSettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bearer tokens checked against their configured SHA-256. */
class BearerAuthTest {

    private static final ApiSettings.Token WRITER = new ApiSettings.Token("ci", BearerAuth.hash("writer-secret"),
            Set.of(ApiSettings.Scope.READ, ApiSettings.Scope.WRITE));
    private static final ApiSettings.Token READER = new ApiSettings.Token("grafana", BearerAuth.hash("reader-secret"),
            Set.of(ApiSettings.Scope.READ));

    @Test
    void shouldHashTheTokenAsSha256Hex() {
        // FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", BearerAuth.hash("abc"));
    }

    @Test
    void shouldNameTheCallerOfAKnownTokenWithItsScopes() {
        BearerAuth auth = new BearerAuth(List.of(WRITER, READER));

        BearerAuth.Caller reader = auth.caller("Bearer reader-secret").orElseThrow();
        BearerAuth.Caller writer = auth.caller("bearer  writer-secret ").orElseThrow();

        assertEquals("grafana", reader.name());
        assertTrue(reader.may(ApiSettings.Scope.READ) && !reader.may(ApiSettings.Scope.WRITE));
        assertEquals("ci", writer.name());
        assertTrue(writer.may(ApiSettings.Scope.WRITE));
    }

    @Test
    void shouldRefuseAMissingWrongOrNonBearerToken() {
        BearerAuth auth = new BearerAuth(List.of(WRITER));

        for (String header : new String[] {null, "", "Bearer", "Bearer ", "Bearer wrong", "Basic d3JpdGVyLXNlY3JldA==",
                "writer-secret", "Bearer " + WRITER.sha256()}) {
            assertEquals(Optional.empty(), auth.caller(header), "header " + header);
        }
    }

    @Test
    void shouldLetEveryRequestThroughWithBothScopesWhenNoTokenIsConfigured() {
        BearerAuth.Caller caller = new BearerAuth(List.of()).caller(null).orElseThrow();

        assertEquals(EnumSet.allOf(ApiSettings.Scope.class), caller.scopes());
    }

    @Test
    void shouldMakeDistinctLongTokens() {
        String one = BearerAuth.newToken();

        assertNotEquals(one, BearerAuth.newToken());
        assertTrue(one.startsWith("nw_") && one.length() >= 40, one);
    }
}
