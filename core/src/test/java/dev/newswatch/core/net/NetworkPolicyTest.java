package dev.newswatch.core.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkPolicyTest {

    private static final URI FEED = URI.create("http://feeds.example/rss");

    @TempDir
    Path temp;

    @Test
    void shouldAllowAPublicAddressUnderTheStrictPolicy() throws UnknownHostException {
        assertDoesNotThrow(() -> NetworkPolicy.strict().checkAddress(FEED, ip("93.184.215.14")));
        assertDoesNotThrow(() -> NetworkPolicy.strict().checkAddress(FEED, ip("2606:2800:21f:cb07:6820:80da:af6b:8b2c")));
    }

    @Test
    void shouldAlwaysRefuseTheMetadataAddressEvenWhenAnAllowedCidrCoversIt() throws UnknownHostException {
        // Given
        NetworkPolicy policy = new NetworkPolicy(List.of("0.0.0.0/0", "169.254.0.0/16"), List.of());
        URI metadata = URI.create("http://169.254.169.254/latest");

        // When
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> policy.checkAddress(metadata, ip("169.254.169.254")));

        // Then
        assertEquals("refused http://169.254.169.254/latest: 169.254.169.254 is link-local/metadata and always refused",
                refused.getMessage());
        assertEquals(metadata, refused.uri());
        assertEquals(ip("169.254.169.254"), refused.address());
    }

    @Test
    void shouldAlwaysRefuseIpv6LinkLocalEvenWhenAnAllowedCidrCoversIt() throws UnknownHostException {
        NetworkPolicy policy = new NetworkPolicy(List.of("::/0"), List.of());

        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> policy.checkAddress(FEED, ip("fe80::1")));

        assertTrue(refused.getMessage().contains("link-local/metadata and always refused"), refused.getMessage());
    }

    @Test
    void shouldAlwaysRefuseTheMetadataAddressWrittenAsIpv4MappedIpv6() throws UnknownHostException {
        NetworkPolicy policy = new NetworkPolicy(List.of("::/0", "0.0.0.0/0"), List.of());
        InetAddress mapped = InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff,
            (byte) 0xff, (byte) 169, (byte) 254, (byte) 169, (byte) 254});

        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> policy.checkAddress(FEED, mapped));

        assertTrue(refused.getMessage().contains("always refused"), refused.getMessage());
    }

    @Test
    void shouldRefuseLoopbackUnderTheStrictPolicy() throws UnknownHostException {
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkAddress(FEED, ip("127.0.0.1")));

        assertTrue(refused.getMessage().startsWith("refused http://feeds.example/rss: 127.0.0.1 is loopback"),
                refused.getMessage());
    }

    @Test
    void shouldRefuseIpv6LoopbackUnderTheStrictPolicy() throws UnknownHostException {
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkAddress(FEED, ip("::1")));

        assertTrue(refused.getMessage().contains("is loopback"), refused.getMessage());
    }

    @Test
    void shouldAllowLoopbackWhenAnAllowedCidrCoversIt() throws UnknownHostException {
        NetworkPolicy policy = new NetworkPolicy(List.of("127.0.0.0/8", "::1/128"), List.of());

        assertDoesNotThrow(() -> policy.checkAddress(FEED, ip("127.0.0.1")));
        assertDoesNotThrow(() -> policy.checkAddress(FEED, ip("::1")));
    }

    @Test
    void shouldRefuseRfc1918AddressesUnlessAllowed() throws UnknownHostException {
        NetworkPolicy strict = NetworkPolicy.strict();
        NetworkPolicy lab = new NetworkPolicy(List.of("10.0.0.0/8"), List.of());

        for (String literal : List.of("10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1")) {
            NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                    () -> strict.checkAddress(FEED, ip(literal)), literal);
            assertTrue(refused.getMessage().contains("private (RFC 1918)"), refused.getMessage());
        }
        assertDoesNotThrow(() -> lab.checkAddress(FEED, ip("10.1.2.3")));
        assertThrows(NetworkPolicyException.class, () -> lab.checkAddress(FEED, ip("192.168.1.1")));
        assertDoesNotThrow(() -> strict.checkAddress(FEED, ip("172.32.0.1")));
    }

    @Test
    void shouldRefuseCarrierGradeNatUnlessAllowed() throws UnknownHostException {
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkAddress(FEED, ip("100.100.100.200")));

        assertTrue(refused.getMessage().contains("carrier-grade NAT"), refused.getMessage());
        assertDoesNotThrow(() -> new NetworkPolicy(List.of("100.64.0.0/10"), List.of())
                .checkAddress(FEED, ip("100.100.100.200")));
    }

    @Test
    void shouldRefuseThisNetworkRange() throws UnknownHostException {
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkAddress(FEED, ip("0.0.0.0")));

        assertTrue(refused.getMessage().contains("0.0.0.0/8"), refused.getMessage());
    }

    @Test
    void shouldRefuseMulticast() throws UnknownHostException {
        assertThrows(NetworkPolicyException.class, () -> NetworkPolicy.strict().checkAddress(FEED, ip("239.1.1.1")));
        assertThrows(NetworkPolicyException.class, () -> NetworkPolicy.strict().checkAddress(FEED, ip("ff02::1")));
    }

    @Test
    void shouldRefuseIpv6UniqueLocalUnlessAllowed() throws UnknownHostException {
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkAddress(FEED, ip("fd12:3456::1")));

        assertTrue(refused.getMessage().contains("unique local"), refused.getMessage());
        assertDoesNotThrow(() -> new NetworkPolicy(List.of("fd12::/16"), List.of())
                .checkAddress(FEED, ip("fd12:3456::1")));
    }

    @Test
    void shouldJudgeIpv4MappedIpv6AsTheIpv4AddressItEmbeds() throws UnknownHostException {
        // Given: ::ffff:10.0.0.1 built from bytes so the JDK cannot simplify the text first
        InetAddress mapped = InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff,
            (byte) 0xff, 10, 0, 0, 1});
        InetAddress nat64 = ip("64:ff9b::a00:1");

        // When / Then
        assertThrows(NetworkPolicyException.class, () -> NetworkPolicy.strict().checkAddress(FEED, mapped));
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkAddress(FEED, nat64));
        assertTrue(refused.getMessage().contains("(10.0.0.1) is private"), refused.getMessage());
    }

    @Test
    void shouldAllowHttpAndHttpsUrls() {
        assertDoesNotThrow(() -> NetworkPolicy.strict().checkUri(URI.create("http://feeds.example/rss")));
        assertDoesNotThrow(() -> NetworkPolicy.strict().checkUri(URI.create("HTTPS://feeds.example/atom")));
    }

    @Test
    void shouldRefuseOtherSchemes() {
        for (String url : List.of("ftp://feeds.example/rss", "gopher://feeds.example/", "jar:file:/x.jar!/a")) {
            NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                    () -> NetworkPolicy.strict().checkUri(URI.create(url)), url);
            assertTrue(refused.getMessage().contains("is not allowed"), refused.getMessage());
        }
    }

    @Test
    void shouldRefuseARelativeUrl() {
        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkUri(URI.create("/feed.xml")));

        assertTrue(refused.getMessage().contains("not an absolute URL"), refused.getMessage());
    }

    @Test
    void shouldRefuseAnHttpUrlWithoutHost() {
        assertThrows(NetworkPolicyException.class, () -> NetworkPolicy.strict().checkUri(URI.create("http:///feed")));
    }

    @Test
    void shouldRefuseFileUrlsWhenNoRootIsConfigured() throws IOException {
        Path feed = Files.writeString(temp.resolve("feed.xml"), "<rss/>");

        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> NetworkPolicy.strict().checkUri(feed.toUri()));

        assertTrue(refused.getMessage().contains("no file roots configured"), refused.getMessage());
    }

    @Test
    void shouldAllowAFileUnderAnAllowedRoot() throws IOException {
        // Given
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path feed = Files.writeString(root.resolve("feed.xml"), "<rss/>");
        NetworkPolicy policy = new NetworkPolicy(List.of(), List.of(root));

        // When
        Path real = policy.checkFile(feed.toUri());

        // Then
        assertEquals(feed.toRealPath(), real);
        assertDoesNotThrow(() -> policy.checkUri(feed.toUri()));
    }

    @Test
    void shouldRefuseAFileOutsideTheAllowedRoots() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        NetworkPolicy policy = new NetworkPolicy(List.of(), List.of(root));

        NetworkPolicyException refused = assertThrows(NetworkPolicyException.class,
                () -> policy.checkUri(secret.toUri()));

        assertTrue(refused.getMessage().contains("is outside the allowed file roots"), refused.getMessage());
    }

    @Test
    void shouldRefuseAFileThatEscapesTheRootWithDotDot() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Files.writeString(temp.resolve("secret.txt"), "secret");
        NetworkPolicy policy = new NetworkPolicy(List.of(), List.of(root));
        URI escaping = URI.create(root.toUri() + "../secret.txt");

        assertThrows(NetworkPolicyException.class, () -> policy.checkUri(escaping));
    }

    @Test
    void shouldRefuseASymlinkInsideTheRootThatPointsOutside() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Path link = Files.createSymbolicLink(root.resolve("feed.xml"), secret);
        NetworkPolicy policy = new NetworkPolicy(List.of(), List.of(root));

        assertThrows(NetworkPolicyException.class, () -> policy.checkUri(link.toUri()));
    }

    @Test
    void shouldNotTreatASiblingDirectoryWithTheSamePrefixAsInsideTheRoot() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path sibling = Files.createDirectories(temp.resolve("feeds2"));
        Path feed = Files.writeString(sibling.resolve("feed.xml"), "<rss/>");
        NetworkPolicy policy = new NetworkPolicy(List.of(), List.of(root));

        assertThrows(NetworkPolicyException.class, () -> policy.checkUri(feed.toUri()));
    }

    @Test
    void shouldResolveAMissingFileUnderTheRootSoTheCallerCanReportItMissing() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        NetworkPolicy policy = new NetworkPolicy(List.of(), List.of(root));

        Path real = policy.checkFile(root.resolve("later.xml").toUri());

        assertEquals(root.toRealPath().resolve("later.xml"), real);
    }

    @Test
    void shouldRejectAnInvalidAllowedCidrNamingIt() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new NetworkPolicy(List.of("10.0.0.0/8", "10.0.0.0/99"), List.of()));

        assertTrue(thrown.getMessage().contains("10.0.0.0/99"), thrown.getMessage());
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
