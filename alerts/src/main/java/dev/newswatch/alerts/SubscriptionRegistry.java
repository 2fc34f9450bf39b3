package dev.newswatch.alerts;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableRegistry;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.topic.Topics;

/**
 * The subscriptions as kept in the compacted subscriptions topic: seeded from {@code subscriptions.yml},
 * edited at runtime, disabled by a 410 Gone or an unsubscribe. Running alerters see changes within a second.
 * Thread-safe.
 */
public final class SubscriptionRegistry extends TableRegistry<String, Subscription> {

    /** The table in the catalogue's topic of {@code topics}, on the cluster of {@code clients}. */
    public SubscriptionRegistry(Topics topics, KafkaClients clients) {
        super(clients, topics.subscriptions, Subscription::id, "subscriptions.yml");
    }

    /**
     * A subscription disabled at runtime (410 Gone, unsubscribed) stays disabled while the file's entry is
     * unchanged: the file does not re-enable it.
     */
    @Override
    protected boolean needsWrite(Subscription current, Subscription fromFile) {
        return current == null || !current.equals(fromFile)
                && !(current.disabled() && current.equals(fromFile.disable(current.disabledReason())));
    }

    /** Marks a subscription disabled (unsubscribe); false when there is none. */
    public boolean disable(String id, String reason) {
        return get(id).map(s -> {
            add(s.disable(reason));
            return true;
        }).orElse(false);
    }
}
