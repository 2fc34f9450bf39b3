package dev.newswatch.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Address helpers shared by {@link Cidr} and {@link NetworkPolicy}. Stateless. */
final class Addresses {

    private static final byte[] NAT64_PREFIX = {0x00, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private Addresses() {
    }

    /**
     * The IPv4 address an IPv6 address stands for, when it embeds one in its last 32 bits in a way that
     * reaches that IPv4 host: IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d},
     * deprecated, excluding {@code ::} and {@code ::1}) and the NAT64 well-known prefix
     * ({@code 64:ff9b::/96}). Any other address is returned unchanged.
     */
    static InetAddress effective(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        byte[] head = Arrays.copyOf(bytes, 12);
        boolean mapped = isZero(bytes, 0, 10) && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean unspecifiedOrLoopback = isZero(bytes, 0, 15) && (bytes[15] == 0 || bytes[15] == 1);
        boolean compatible = isZero(bytes, 0, 12) && !unspecifiedOrLoopback;
        boolean nat64 = Arrays.equals(head, NAT64_PREFIX);
        if (mapped || compatible || nat64) {
            return ipv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        return address;
    }

    /** An address from raw bytes (4 or 16), without any name lookup. */
    static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address of 4 or 16 bytes: " + bytes.length + " bytes", e);
        }
    }

    private static InetAddress ipv4(byte[] bytes) {
        InetAddress address = fromBytes(bytes);
        if (!(address instanceof Inet4Address)) {
            throw new IllegalStateException("four bytes did not make an IPv4 address");
        }
        return address;
    }

    /** True when bytes[from] up to, not including, bytes[toExclusive] are all zero. */
    private static boolean isZero(byte[] bytes, int from, int toExclusive) {
        for (int i = from; i < toExclusive; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
