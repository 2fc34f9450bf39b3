package dev.newswatch.alerts;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions as kept in the compacted subscriptions topic: seeded from {@code subscriptions.yml},
 * edited at runtime. Running alerters see changes within a second. Thread-safe.
 */
public final class SubscriptionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRegistry.class);

    private final Topics topics;
    private final KafkaClients clients;

    public SubscriptionRegistry(Topics topics, KafkaClients clients) {
        this.topics = topics;
        this.clients = clients;
    }

    public Map<String, Subscription> subscriptions() {
        Map<String, Subscription> out = new TreeMap<>();
        TableTopics.read(clients, topics.subscriptions).forEach((id, s) -> {
            if (s != null) {
                out.put(id, s);
            }
        });
        return out;
    }

    /**
     * Writes the file's subscriptions that are new or changed. A subscription disabled at runtime (410 Gone,
     * unsubscribed) stays disabled while the file's entry is unchanged: the file does not re-enable it.
     */
    public int seed(List<Subscription> fromFile) {
        Map<String, Subscription> current = subscriptions();
        Map<String, Optional<Subscription>> changed = new LinkedHashMap<>();
        for (Subscription s : fromFile) {
            Subscription existing = current.get(s.id());
            if (existing == null || !existing.equals(s) && !(existing.disabled() && existing.equals(s.disable(existing.disabledReason())))) {
                changed.put(s.id(), Optional.of(s));
            }
        }
        if (!changed.isEmpty()) {
            TableTopics.putAll(clients, topics.subscriptions, changed);
            LOG.info("Seeded {} subscription{} from subscriptions.yml.", changed.size(), changed.size() == 1 ? "" : "s");
        }
        return changed.size();
    }

    public void add(Subscription s) {
        TableTopics.put(clients, topics.subscriptions, s.id(), s);
    }

    public boolean remove(String id) {
        if (!subscriptions().containsKey(id)) {
            return false;
        }
        TableTopics.put(clients, topics.subscriptions, id, null);
        return true;
    }

    /** Marks a subscription disabled (unsubscribe); false when there is none. */
    public boolean disable(String id, String reason) {
        Subscription s = subscriptions().get(id);
        if (s == null) {
            return false;
        }
        add(s.disable(reason));
        return true;
    }
}
