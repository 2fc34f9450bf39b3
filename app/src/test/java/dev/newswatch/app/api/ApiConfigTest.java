package dev.newswatch.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ApiSettings;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code http.api} section: off by default, hashed tokens, and no open API except on loopback when asked. */
class ApiConfigTest {

    private static final String HASH = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void shouldBeOffByDefault() throws Exception {
        write("http:", "  port: 9100");

        ApiSettings api = ConfigLoader.ops(dir).api();

        assertFalse(api.enabled());
        assertEquals(ApiSettings.DEFAULT_MAX_BODY, api.maxBodyBytes());
    }

    @Test
    void shouldReadTokensWithTheirScopesAndTheBodyCap() throws Exception {
        write("http:", "  api:", "    enabled: true", "    max-body: 16KiB", "    tokens:",
                "      - {name: ci, sha256: " + HASH.toUpperCase(java.util.Locale.ROOT) + ", scopes: [read, write]}",
                "      - {name: grafana, sha256: " + HASH.replace('b', 'c') + ", scopes: [READ]}");

        ApiSettings api = ConfigLoader.ops(dir).api();

        assertTrue(api.enabled());
        assertEquals(16 * 1024, api.maxBodyBytes());
        assertEquals(List.of(new ApiSettings.Token("ci", HASH, Set.of(ApiSettings.Scope.READ, ApiSettings.Scope.WRITE)),
                new ApiSettings.Token("grafana", HASH.replace('b', 'c'), Set.of(ApiSettings.Scope.READ))), api.tokens());
    }

    @Test
    void shouldRefuseAnApiWithoutTokensUnlessTheOperatorAllowsItOnLoopback() throws Exception {
        write("http:", "  api:", "    enabled: true");
        ConfigException none = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(none.getMessage().contains("http.api.tokens") && none.getMessage().contains("allow-loopback-without-token"),
                none.getMessage());

        write("http:", "  api:", "    enabled: true", "    allow-loopback-without-token: true");
        assertTrue(ConfigLoader.ops(dir).api().open());

        write("http:", "  bind-address: 0.0.0.0", "  api:", "    enabled: true", "    allow-loopback-without-token: true");
        ConfigException exposed = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(exposed.getMessage().contains("http.api.allow-loopback-without-token")
                && exposed.getMessage().contains("0.0.0.0"), exposed.getMessage());
    }

    @Test
    void shouldRefuseAnApiOnAnEndpointThatIsOff() throws Exception {
        write("http:", "  port: -1", "  api:", "    enabled: true", "    tokens: [{name: ci, sha256: " + HASH + ", scopes: [read]}]");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));

        assertTrue(e.getMessage().contains("http.api.enabled"), e.getMessage());
    }

    @Test
    void shouldNameTheTokenEntryWhenItsHashOrScopeIsWrong() throws Exception {
        write("http:", "  api:", "    tokens: [{name: ci, sha256: not-a-hash, scopes: [read]}]");
        ConfigException hash = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(hash.getMessage().contains("http.api.tokens[0]") && hash.getMessage().contains("hash-token"),
                hash.getMessage());

        write("http:", "  api:", "    tokens: [{name: ci, sha256: " + HASH + ", scopes: [admin]}]");
        ConfigException scope = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(scope.getMessage().contains("http.api.tokens[0].scopes[0]"), scope.getMessage());

        write("http:", "  api:", "    tokens: [{name: ci, sha256: " + HASH + "}]");
        ConfigException noScope = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(noScope.getMessage().contains("at least one scope"), noScope.getMessage());
    }

    private void write(String... lines) throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), String.join("\n", lines) + "\n");
    }
}
