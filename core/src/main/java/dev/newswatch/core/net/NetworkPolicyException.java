package dev.newswatch.core.net;

import java.net.InetAddress;
import java.net.URI;

/**
 * Thrown when a {@link NetworkPolicy} refuses a URL or an address. The message is one line that names the
 * URL, the address (when there is one) and the rule, for example {@code refused
 * http://169.254.169.254/latest: 169.254.169.254 is link-local/metadata and always refused}.
 *
 * <p>A refusal is permanent: retrying the same URL gives the same answer until the policy changes.
 */
public final class NetworkPolicyException extends RuntimeException {

    private final transient URI uri;
    private final transient InetAddress address;

    /**
     * Creates a refusal.
     *
     * @param uri the refused URL, never null
     * @param address the refused address, or null when the URL itself was refused
     * @param reason why, as the end of a sentence, e.g. {@code "scheme ftp is not allowed"}
     */
    public NetworkPolicyException(URI uri, InetAddress address, String reason) {
        super("refused " + uri + ": " + reason);
        this.uri = uri;
        this.address = address;
    }

    /** The refused URL, never null. */
    public URI uri() {
        return uri;
    }

    /** The refused address, or null when the URL was refused before any address was known. */
    public InetAddress address() {
        return address;
    }
}
