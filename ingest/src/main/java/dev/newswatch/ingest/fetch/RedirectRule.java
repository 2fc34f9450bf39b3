package dev.newswatch.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The checks on one redirect hop, apart from the network policy: HTTP(S) targets only, no HTTPS to HTTP
 * downgrade, no loop, at most the configured number of hops. Stateless.
 */
final class RedirectRule {

    private RedirectRule() {
    }

    /**
     * Why the redirect from {@code from} to {@code to} must not be followed, or null when it may.
     *
     * @param from the URL that answered with a redirect
     * @param to the resolved Location, without fragment
     * @param chain the URLs requested so far in this fetch, the first request included
     * @param maxRedirects the most redirects allowed
     */
    static String refusal(URI from, URI to, List<URI> chain, int maxRedirects) {
        String toScheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!toScheme.equals("http") && !toScheme.equals("https")) {
            return "refused redirect to a non-HTTP URL: " + from + " -> " + to;
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && toScheme.equals("http")) {
            return "refused HTTPS to HTTP downgrade: " + from + " -> " + to;
        }
        if (chain.contains(to)) {
            String path = chain.subList(chain.indexOf(to), chain.size()).stream()
                    .map(URI::toString)
                    .collect(Collectors.joining(" -> "));
            return "redirect loop: " + path + " -> " + to;
        }
        int redirectNumber = chain.size();
        if (redirectNumber > maxRedirects) {
            return "too many redirects (" + redirectNumber + ")";
        }
        return null;
    }

    /**
     * The absolute target of a Location header, relative references resolved against {@code base}, the
     * fragment dropped.
     *
     * @throws URISyntaxException when the header is not a URI reference
     */
    static URI target(URI base, String location) throws URISyntaxException {
        URI resolved = base.resolve(new URI(location.strip()));
        return withoutFragment(resolved);
    }

    /** The URL as sent on the wire: no fragment. */
    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
