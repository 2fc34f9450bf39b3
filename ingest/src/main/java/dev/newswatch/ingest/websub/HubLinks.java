package dev.newswatch.ingest.websub;

import java.net.URI;
import java.util.Objects;

/**
 * The WebSub links a feed advertises: its hub and its self URL, the topic to subscribe to. Immutable.
 *
 * @param hub   the hub's URL (http or https), never null
 * @param topic the feed's self URL, or the URL it was fetched from when it names none; never null
 */
public record HubLinks(URI hub, URI topic) {

    public HubLinks {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(topic, "topic");
    }
}
