package dev.newswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ingest.websub} section: one test per invalid setting, then the defaults and a full section. */
class WebSubConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldRequireACallbackBaseUrlWhenEnabled() throws IOException {
        ConfigException e = fails("enabled: true");
        assertEquals("ingest.websub.callback-base-url", e.key());
        assertTrue(e.reason().startsWith("is required"), e.reason());
    }

    @Test
    void shouldRejectAListenAddressWithoutPort() throws IOException {
        ConfigException e = fails("listen: 127.0.0.1");
        assertEquals("ingest.websub.listen", e.key());
        assertTrue(e.reason().startsWith("must be host:port"), e.reason());
    }

    @Test
    void shouldRejectAListenPortAboveTheRange() throws IOException {
        assertEquals("ingest.websub.listen", fails("listen: 127.0.0.1:70000").key());
    }

    @Test
    void shouldRejectACallbackBaseUrlThatIsNotHttp() throws IOException {
        ConfigException e = fails("callback-base-url: ftp://newswatch.example.com/websub");
        assertEquals("ingest.websub.callback-base-url", e.key());
        assertTrue(e.reason().startsWith("must be an http or https URL"), e.reason());
    }

    @Test
    void shouldRejectAPollIntervalBelowAMinute() throws IOException {
        assertEquals("ingest.websub.poll-interval", fails("poll-interval: 30s").key());
    }

    @Test
    void shouldRejectAMisspelledKey() throws IOException {
        ConfigException e = fails("enable: true");
        assertEquals("ingest.websub.enable", e.key());
        assertTrue(e.reason().contains("enabled"), e.reason());
    }

    @Test
    void shouldBeOffByDefault() throws IOException {
        Files.writeString(dir.resolve(ConfigLoader.MAIN_FILE), "");
        WebSubSettings w = ConfigLoader.load(dir).ingest().webSub();
        assertFalse(w.enabled());
        assertEquals("127.0.0.1", w.listenHost());
        assertEquals(8090, w.listenPort());
        assertEquals(Duration.ofHours(1), w.pollInterval());
    }

    @Test
    void shouldReadAWholeSection() throws IOException {
        WebSubSettings w = load("""
                enabled: true
                listen: "[::1]:9000"
                callback-base-url: https://newswatch.example.com/websub
                poll-interval: 2h
                lease: 1d
                verify-timeout: 30s
                retry-interval: 10m""");
        assertEquals(new WebSubSettings(true, "::1", 9000, URI.create("https://newswatch.example.com/websub"),
                Duration.ofHours(2), Duration.ofDays(1), Duration.ofSeconds(30), Duration.ofMinutes(10)), w);
    }

    private WebSubSettings load(String section) throws IOException {
        write(section);
        return ConfigLoader.load(dir).ingest().webSub();
    }

    private ConfigException fails(String section) throws IOException {
        write(section);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.file().endsWith(ConfigLoader.MAIN_FILE), e.getMessage());
        return e;
    }

    private void write(String section) throws IOException {
        StringBuilder yaml = new StringBuilder("ingest:\n  websub:\n");
        section.lines().forEach(line -> yaml.append("    ").append(line).append('\n'));
        Files.writeString(dir.resolve(ConfigLoader.MAIN_FILE), yaml.toString());
    }
}
