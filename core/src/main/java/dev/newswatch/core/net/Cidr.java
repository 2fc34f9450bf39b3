package dev.newswatch.core.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of IPv4 or IPv6 addresses written as {@code address/prefix}, e.g. {@code 10.0.0.0/8} or
 * {@code ::1/128}. Host bits below the prefix are cleared, so {@code 192.168.1.10/24} is the block
 * {@code 192.168.1.0/24}. An IPv4-mapped IPv6 address is matched by the IPv4 block it maps to.
 *
 * <p>Parsing never looks a name up: only literal addresses are accepted. Immutable and thread-safe.
 *
 * @param network the first address of the block, never null
 * @param prefixLength the number of leading bits that every address of the block shares
 */
public record Cidr(InetAddress network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");
    private static final int IPV4_MAPPED_PREFIX_BITS = 96;

    /** Checks the prefix against the address family and clears the host bits of {@code network}. */
    public Cidr {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException(
                    "prefix length " + prefixLength + " is outside 0.." + bits + " for " + network.getHostAddress());
        }
        network = Addresses.fromBytes(mask(network.getAddress(), prefixLength));
    }

    /**
     * Parses {@code address/prefix}.
     *
     * @param text e.g. {@code "10.0.0.0/8"}, {@code "fc00::/7"}; surrounding spaces are ignored
     * @return the block
     * @throws IllegalArgumentException naming the text when it is not a literal address and a prefix that
     *     fits its family
     */
    public static Cidr parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("CIDR must not be null");
        }
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0 || slash != trimmed.lastIndexOf('/')) {
            throw invalid(text, "expected exactly one '/' between address and prefix length");
        }
        String addressText = trimmed.substring(0, slash);
        String prefixText = trimmed.substring(slash + 1);
        if (!PREFIX.matcher(prefixText).matches()) {
            throw invalid(text, "prefix length must be a number");
        }
        int prefix = Integer.parseInt(prefixText);
        InetAddress address = parseLiteral(text, addressText);
        if (addressText.contains(":") && address instanceof Inet4Address) {
            // The JDK turns ::ffff:a.b.c.d into an IPv4 address: carry the prefix over to IPv4 bits.
            if (prefix < IPV4_MAPPED_PREFIX_BITS) {
                throw invalid(text, "an IPv4-mapped block needs a prefix length of at least 96");
            }
            prefix -= IPV4_MAPPED_PREFIX_BITS;
        }
        int bits = address.getAddress().length * 8;
        if (prefix > bits) {
            throw invalid(text, "prefix length " + prefix + " is larger than " + bits);
        }
        return new Cidr(address, prefix);
    }

    /**
     * Whether the address lies in this block. IPv4-mapped, IPv4-compatible and NAT64 IPv6 addresses are
     * compared as the IPv4 address they embed; otherwise an address of the other family never matches.
     *
     * @param address the address to test, never null
     */
    public boolean contains(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] candidate = address.getAddress();
        byte[] block = network.getAddress();
        if (candidate.length != block.length) {
            candidate = Addresses.effective(address).getAddress();
        }
        if (candidate.length != block.length) {
            return false;
        }
        byte[] masked = mask(candidate, prefixLength);
        for (int i = 0; i < block.length; i++) {
            if (masked[i] != block[i]) {
                return false;
            }
        }
        return true;
    }

    /** The block as {@code address/prefix}, e.g. {@code 10.0.0.0/8}. */
    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static InetAddress parseLiteral(String text, String addressText) {
        if (addressText.isEmpty()) {
            throw invalid(text, "address is missing");
        }
        if (addressText.contains("%")) {
            throw invalid(text, "a zone id is not allowed");
        }
        if (addressText.contains(":")) {
            try {
                // Brackets make the JDK treat the text as an IPv6 literal and never look it up as a name.
                return InetAddress.getByName("[" + addressText + "]");
            } catch (UnknownHostException e) {
                throw invalid(text, "not an IPv6 address");
            }
        }
        Matcher matcher = IPV4.matcher(addressText);
        if (!matcher.matches()) {
            throw invalid(text, "not an IPv4 or IPv6 address");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(matcher.group(i + 1));
            if (octet > 255) {
                throw invalid(text, "IPv4 octet " + octet + " is larger than 255");
            }
            bytes[i] = (byte) octet;
        }
        return Addresses.fromBytes(bytes);
    }

    private static byte[] mask(byte[] bytes, int prefixLength) {
        byte[] masked = bytes.clone();
        for (int i = 0; i < masked.length; i++) {
            int bitsInThisByte = Math.max(0, Math.min(8, prefixLength - i * 8));
            int keep = bitsInThisByte == 0 ? 0 : (0xff << (8 - bitsInThisByte)) & 0xff;
            masked[i] = (byte) (masked[i] & keep);
        }
        return masked;
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid CIDR '" + text + "': " + why);
    }
}
