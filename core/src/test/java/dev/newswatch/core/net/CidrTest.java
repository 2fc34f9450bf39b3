package dev.newswatch.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void shouldContainAddressesOfAnIpv4Block() throws UnknownHostException {
        // Given
        Cidr block = Cidr.parse("10.0.0.0/8");

        // When / Then
        assertTrue(block.contains(ip("10.255.1.2")));
        assertFalse(block.contains(ip("11.0.0.1")));
        assertEquals("10.0.0.0/8", block.toString());
    }

    @Test
    void shouldContainAddressesOfAnIpv6Block() throws UnknownHostException {
        // Given
        Cidr loopback = Cidr.parse("::1/128");
        Cidr uniqueLocal = Cidr.parse("fc00::/7");

        // When / Then
        assertTrue(loopback.contains(ip("::1")));
        assertFalse(loopback.contains(ip("::2")));
        assertTrue(uniqueLocal.contains(ip("fd12:3456::1")));
        assertFalse(uniqueLocal.contains(ip("2001:db8::1")));
    }

    @Test
    void shouldClearHostBitsWhenTheAddressIsNotTheFirstOfTheBlock() throws UnknownHostException {
        // Given
        Cidr block = Cidr.parse(" 192.168.1.10/24 ");

        // When / Then
        assertEquals(ip("192.168.1.0"), block.network());
        assertTrue(block.contains(ip("192.168.1.200")));
        assertFalse(block.contains(ip("192.168.2.1")));
    }

    @Test
    void shouldMatchAnIpv4MappedIpv6AddressAgainstItsIpv4Block() throws UnknownHostException {
        // Given
        Cidr block = Cidr.parse("127.0.0.0/8");
        InetAddress mapped = InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff,
            (byte) 0xff, 127, 0, 0, 1});

        // When / Then
        assertTrue(block.contains(mapped));
    }

    @Test
    void shouldParseAnIpv4MappedBlockAsIpv4() throws UnknownHostException {
        // Given
        Cidr block = Cidr.parse("::ffff:10.0.0.0/104");

        // When / Then
        assertEquals(8, block.prefixLength());
        assertTrue(block.contains(ip("10.1.2.3")));
    }

    @Test
    void shouldNeverMatchAnAddressOfTheOtherFamily() throws UnknownHostException {
        // Given
        Cidr everyIpv4 = Cidr.parse("0.0.0.0/0");

        // When / Then
        assertTrue(everyIpv4.contains(ip("203.0.113.9")));
        assertFalse(everyIpv4.contains(ip("2001:db8::1")));
    }

    @Test
    void shouldRejectTextWithoutPrefix() {
        assertInvalid("10.0.0.0");
    }

    @Test
    void shouldRejectTextWithTwoSlashes() {
        assertInvalid("10.0.0.0/8/8");
    }

    @Test
    void shouldRejectANonNumericPrefix() {
        assertInvalid("10.0.0.0/eight");
    }

    @Test
    void shouldRejectANegativePrefix() {
        assertInvalid("10.0.0.0/-1");
    }

    @Test
    void shouldRejectAnIpv4PrefixLongerThan32() {
        assertInvalid("10.0.0.0/33");
    }

    @Test
    void shouldRejectAnIpv6PrefixLongerThan128() {
        assertInvalid("::1/129");
    }

    @Test
    void shouldRejectAnIpv4OctetAbove255() {
        assertInvalid("10.0.0.256/32");
    }

    @Test
    void shouldRejectAnIncompleteIpv4Address() {
        assertInvalid("10.0.0/24");
    }

    @Test
    void shouldRejectAHostNameInsteadOfLookingItUp() {
        assertInvalid("localhost/32");
    }

    @Test
    void shouldRejectAMalformedIpv6Address() {
        assertInvalid("fe80::zz/10");
    }

    @Test
    void shouldRejectAnIpv6ZoneId() {
        assertInvalid("fe80::1%eth0/128");
    }

    @Test
    void shouldRejectAMissingAddress() {
        assertInvalid("/8");
    }

    @Test
    void shouldRejectAnEmptyText() {
        assertInvalid("");
    }

    @Test
    void shouldRejectAShortIpv4MappedPrefix() {
        assertInvalid("::ffff:10.0.0.0/8");
    }

    @Test
    void shouldRejectNull() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Cidr.parse(null));
        assertTrue(thrown.getMessage().contains("null"), thrown.getMessage());
    }

    private static void assertInvalid(String text) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
        assertTrue(thrown.getMessage().contains("'" + text + "'"),
                "message should name the text '" + text + "' but was: " + thrown.getMessage());
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
