package dev.newswatch.core.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Decides which URLs and addresses Newswatch may contact, so that a feed URL (or a redirect sent by a
 * feed server) cannot reach the cloud metadata service, the host itself or the private network.
 *
 * <p>The rules, checked in this order:
 * <ul>
 *   <li>Schemes: {@code http} and {@code https} pass {@link #checkUri(URI)}; {@code file} passes only when
 *       the real path (with {@code ..} and symbolic links resolved) lies under one of the allowed file
 *       roots; every other scheme is refused.</li>
 *   <li>Always refused, even when an allowed CIDR covers them: IPv4 link-local {@code 169.254.0.0/16}
 *       (where cloud metadata services listen), IPv6 link-local {@code fe80::/10} and the AWS IPv6
 *       metadata address {@code fd00:ec2::254}.</li>
 *   <li>Refused unless an allowed CIDR covers them: {@code 0.0.0.0/8}, loopback {@code 127.0.0.0/8} and
 *       {@code ::1}, RFC 1918 {@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code 192.168.0.0/16},
 *       carrier-grade NAT {@code 100.64.0.0/10}, IETF, documentation and benchmarking blocks, multicast,
 *       {@code 240.0.0.0/4} and broadcast, {@code ::}, IPv6 unique local {@code fc00::/7}, site-local
 *       {@code fec0::/10}, documentation {@code 2001:db8::/32} and multicast {@code ff00::/8}.</li>
 *   <li>Every other address is public and allowed.</li>
 * </ul>
 * IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible and NAT64 ({@code 64:ff9b::/96}) IPv6 addresses
 * are judged as the IPv4 address they embed.
 *
 * <p>Immutable and thread-safe.
 */
public final class NetworkPolicy {

    private static final String LINK_LOCAL = "link-local/metadata";

    /** The ranges no allowed CIDR can open. */
    private static final List<Range> ALWAYS_REFUSED = List.of(
            new Range("169.254.0.0/16", LINK_LOCAL),
            new Range("fe80::/10", LINK_LOCAL),
            new Range("fd00:ec2::254/128", LINK_LOCAL));

    /** Non-public ranges that an allowed CIDR may open. */
    private static final List<Range> NON_PUBLIC = List.of(
            new Range("0.0.0.0/8", "in 'this network' 0.0.0.0/8"),
            new Range("127.0.0.0/8", "loopback"),
            new Range("10.0.0.0/8", "private (RFC 1918)"),
            new Range("172.16.0.0/12", "private (RFC 1918)"),
            new Range("192.168.0.0/16", "private (RFC 1918)"),
            new Range("100.64.0.0/10", "carrier-grade NAT (RFC 6598)"),
            new Range("192.0.0.0/24", "reserved for IETF protocol assignments"),
            new Range("192.0.2.0/24", "reserved for documentation"),
            new Range("198.51.100.0/24", "reserved for documentation"),
            new Range("203.0.113.0/24", "reserved for documentation"),
            new Range("198.18.0.0/15", "reserved for benchmarking"),
            new Range("224.0.0.0/4", "multicast"),
            new Range("240.0.0.0/4", "reserved (240.0.0.0/4 or broadcast)"),
            new Range("::/128", "unspecified"),
            new Range("::1/128", "loopback"),
            new Range("fc00::/7", "unique local (IPv6 ULA)"),
            new Range("fec0::/10", "site-local (deprecated IPv6)"),
            new Range("2001:db8::/32", "reserved for documentation"),
            new Range("ff00::/8", "multicast"));

    private final List<Cidr> allowedCidrs;
    private final List<Path> allowedFileRoots;

    /**
     * Creates a policy.
     *
     * @param allowedCidrs blocks of non-public addresses to allow, e.g. {@code "127.0.0.0/8"} for local
     *     test feeds; null or empty allows none. Link-local and metadata addresses stay refused.
     * @param allowedFileRoots directories under which {@code file:} URLs may be read; null or empty
     *     refuses every {@code file:} URL
     * @throws IllegalArgumentException naming the text of an invalid CIDR
     */
    public NetworkPolicy(List<String> allowedCidrs, List<Path> allowedFileRoots) {
        this.allowedCidrs = allowedCidrs == null
                ? List.of()
                : allowedCidrs.stream().map(Cidr::parse).collect(Collectors.toUnmodifiableList());
        this.allowedFileRoots = allowedFileRoots == null
                ? List.of()
                : allowedFileRoots.stream()
                        .map(root -> Objects.requireNonNull(root, "file root").toAbsolutePath().normalize())
                        .collect(Collectors.toUnmodifiableList());
    }

    /** A policy that allows public http and https addresses only: no private range, no file. */
    public static NetworkPolicy strict() {
        return new NetworkPolicy(List.of(), List.of());
    }

    /** The blocks of non-public addresses this policy allows; unmodifiable, never null. */
    public List<Cidr> allowedCidrs() {
        return allowedCidrs;
    }

    /** The absolute, normalised directories under which files may be read; unmodifiable, never null. */
    public List<Path> allowedFileRoots() {
        return allowedFileRoots;
    }

    /**
     * Checks the scheme of a URL and, for {@code file:}, that it lies under an allowed root. Addresses
     * are checked separately by {@link #checkAddress(URI, InetAddress)} once the host is resolved.
     *
     * @param uri the URL to check, never null
     * @throws NetworkPolicyException when the URL is refused
     */
    public void checkUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw new NetworkPolicyException(uri, null, "not an absolute URL (no scheme)");
        }
        switch (scheme) {
            case "http":
            case "https":
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    throw new NetworkPolicyException(uri, null, "the URL has no valid host");
                }
                return;
            case "file":
                checkFile(uri);
                return;
            default:
                throw new NetworkPolicyException(uri, null,
                        "scheme " + scheme + " is not allowed (only http, https, and file under an allowed root)");
        }
    }

    /**
     * Checks a {@code file:} URL and returns the real path to read: absolute, with {@code ..} and symbolic
     * links resolved. When the file does not exist, its deepest existing ancestor is resolved and the rest
     * of the path appended, so the caller can report "not found" rather than a refusal.
     *
     * @param uri a {@code file:} URL, never null
     * @return the real path, which lies under an allowed root
     * @throws NetworkPolicyException when the URL is not a plain {@code file:} URL or lies outside every
     *     allowed root
     */
    public Path checkFile(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new NetworkPolicyException(uri, null, "not a file URL");
        }
        if (allowedFileRoots.isEmpty()) {
            throw new NetworkPolicyException(uri, null, "file URLs are not allowed (no file roots configured)");
        }
        Path path;
        try {
            path = Path.of(uri);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new NetworkPolicyException(uri, null, "not a plain local file URL (" + e.getMessage() + ")");
        }
        Path real = realPath(uri, path);
        for (Path root : allowedFileRoots) {
            if (real.startsWith(realPath(uri, root))) {
                return real;
            }
        }
        throw new NetworkPolicyException(uri, null,
                real + " is outside the allowed file roots " + allowedFileRoots);
    }

    /**
     * Checks one address that a host name of {@code uri} resolved to, before connecting to it.
     *
     * @param uri the URL being fetched, for the message; never null
     * @param address the address about to be contacted, never null
     * @throws NetworkPolicyException when the address is link-local or metadata, or is non-public and not
     *     covered by an allowed CIDR
     */
    public void checkAddress(URI uri, InetAddress address) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(address, "address");
        InetAddress effective = Addresses.effective(address);
        String shown = effective.equals(address)
                ? address.getHostAddress()
                : address.getHostAddress() + " (" + effective.getHostAddress() + ")";
        for (Range range : ALWAYS_REFUSED) {
            if (range.cidr().contains(effective)) {
                throw new NetworkPolicyException(uri, address, shown + " is " + range.label() + " and always refused");
            }
        }
        for (Range range : NON_PUBLIC) {
            if (range.cidr().contains(effective)) {
                if (isAllowed(address, effective)) {
                    return;
                }
                throw new NetworkPolicyException(uri, address,
                        shown + " is " + range.label() + " and not covered by an allowed CIDR " + allowedCidrs);
            }
        }
    }

    @Override
    public String toString() {
        return "NetworkPolicy[allowedCidrs=" + allowedCidrs + ", allowedFileRoots=" + allowedFileRoots + "]";
    }

    private boolean isAllowed(InetAddress address, InetAddress effective) {
        for (Cidr cidr : allowedCidrs) {
            if (cidr.contains(address) || cidr.contains(effective)) {
                return true;
            }
        }
        return false;
    }

    /** The real path of the deepest existing ancestor, with the normalised remainder appended. */
    private static Path realPath(URI uri, Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        try {
            Path real = existing.toRealPath();
            return real.resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            throw new NetworkPolicyException(uri, null, "cannot resolve the real path of " + absolute + " (" + e + ")");
        }
    }

    /** A named non-public range. */
    private record Range(Cidr cidr, String label) {

        Range(String cidr, String label) {
            this(Cidr.parse(cidr), label);
        }
    }
}
