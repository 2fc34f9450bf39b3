package dev.newswatch.core.kafka;

/**
 * A topic on the cluster differs from the catalogue in a way that would break a guarantee (a table topic that is
 * not compacted, a {@code min.insync.replicas} above the replica count): the stage refuses to start. The message
 * names each topic, what differs and how to fix it.
 */
public final class TopicLayoutException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TopicLayoutException(String message) {
        super(message);
    }
}
