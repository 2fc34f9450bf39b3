package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.OpsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code http} section of newswatch.yml: where the ops endpoint listens. */
class OpsConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldListenOnLoopback8089WhenTheSectionIsMissing() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "data-dir: data\n");

        assertEquals(new OpsSettings("127.0.0.1", 8089), ConfigLoader.ops(dir));
    }

    @Test
    void shouldReadPortAndBindAddress() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  port: 9100\n  bind-address: 127.0.0.2\n");

        OpsSettings ops = ConfigLoader.ops(dir);

        assertEquals(new OpsSettings("127.0.0.2", 9100), ops);
        assertTrue(ops.enabled());
    }

    @Test
    void shouldRefuseToListenBeyondLoopbackWithoutATokenUnlessAllowed() throws Exception {
        // Given 0.0.0.0 and no token
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  bind-address: 0.0.0.0\n");

        // Then the configuration is refused, naming the two ways out
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(e.getMessage().contains("http.bind-address") && e.getMessage().contains("http.token-sha256")
                && e.getMessage().contains("http.allow-without-token"), e.getMessage());

        // And with a token, or the operator's explicit allowance, it starts
        String hash = "ab".repeat(32);
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  bind-address: 0.0.0.0\n  token-sha256: " + hash + "\n");
        assertEquals(hash, ConfigLoader.ops(dir).access().tokenSha256());
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  bind-address: 0.0.0.0\n  allow-without-token: true\n");
        assertTrue(ConfigLoader.ops(dir).access().allowWithoutToken());
        // And a disabled endpoint needs neither
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  bind-address: 0.0.0.0\n  port: -1\n");
        assertFalse(ConfigLoader.ops(dir).enabled());
    }

    @Test
    void shouldReadTheGuardsOfTheEndpoint() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), String.join("\n", "http:",
                "  allowed-hosts: [Ops.Example.com, newswatch.internal]",
                "  max-event-streams: 3",
                "  request-timeout: 5s", ""));

        OpsSettings.Access access = ConfigLoader.ops(dir).access();

        assertEquals(java.util.List.of("ops.example.com", "newswatch.internal"), access.allowedHosts());
        assertEquals(3, access.maxEventStreams());
        assertEquals(java.time.Duration.ofSeconds(5), access.requestTimeout());
        assertEquals(OpsSettings.Access.defaults(), new OpsSettings("127.0.0.1", 8089).access());
    }

    @Test
    void shouldNameTheKeyOfABadGuardValue() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  token-sha256: not-a-hash\n");
        ConfigException hash = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(hash.getMessage().contains("http.token-sha256"), hash.getMessage());

        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  allowed-hosts: [\"https://ops.example.com\"]\n");
        ConfigException host = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(host.getMessage().contains("http.allowed-hosts"), host.getMessage());

        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  request-timeout: 100ms\n");
        ConfigException timeout = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(timeout.getMessage().contains("http.request-timeout"), timeout.getMessage());
    }

    @Test
    void shouldTurnTheEndpointOffWithMinusOne() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  port: -1\n");

        assertFalse(ConfigLoader.ops(dir).enabled());
    }

    @Test
    void shouldNameTheKeyWhenThePortIsOutOfRangeOrTheKeyUnknown() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  port: 70000\n");
        ConfigException range = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(range.getMessage().contains("http.port"), range.getMessage());

        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  prot: 8089\n");
        ConfigException typo = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));
        assertTrue(typo.getMessage().contains("http.prot"), typo.getMessage());
    }

    @Test
    void shouldServeTheDashboardEveryFiveSecondsUnlessTurnedOff() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  port: 8089\n");
        OpsSettings defaults = ConfigLoader.ops(dir);
        assertTrue(defaults.dashboard());
        assertEquals(java.time.Duration.ofSeconds(5), defaults.dashboardRefresh());

        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  dashboard: false\n  dashboard-refresh: 2s\n");
        OpsSettings off = ConfigLoader.ops(dir);
        assertFalse(off.dashboard());
        assertEquals(java.time.Duration.ofSeconds(2), off.dashboardRefresh());
    }

    @Test
    void shouldRefuseADashboardRefreshBelowHalfASecond() throws Exception {
        Files.writeString(dir.resolve("newswatch.yml"), "http:\n  dashboard-refresh: 10ms\n");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.ops(dir));

        assertTrue(e.getMessage().contains("http.dashboard-refresh"), e.getMessage());
    }
}
