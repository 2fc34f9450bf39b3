package dev.newswatch.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name (or an address literal) into the addresses the {@link FeedFetcher} checks against the
 * network policy before it connects. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * Resolves a host.
     *
     * @param host a name or an IPv4 / IPv6 literal, without brackets
     * @return the addresses, never null; empty is treated as an unknown host
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver, {@link InetAddress#getAllByName(String)}. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
