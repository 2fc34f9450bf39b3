package dev.newswatch.enrich;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity table as kept in the compacted entities topic: seeded from {@code config/entities/}, edited at
 * runtime ({@code newswatch entities add|remove}); running enrich instances see changes within seconds.
 * Thread-safe; each call acknowledged by the broker before it returns.
 */
public final class EntityRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(EntityRegistry.class);

    private final Topics topics;
    private final KafkaClients clients;

    public EntityRegistry(Topics topics, KafkaClients clients) {
        this.topics = topics;
        this.clients = clients;
    }

    /** The current entities by id (removed ones left out). */
    public Map<String, Entity> entities() {
        Map<String, Entity> out = new TreeMap<>();
        TableTopics.read(clients, topics.entities).forEach((id, e) -> {
            if (e != null) {
                out.put(id, e);
            }
        });
        return out;
    }

    /** Writes the entities of the file that are new or changed; returns how many. */
    public int seed(List<Entity> fromFile) {
        Map<String, Entity> current = entities();
        Map<String, Optional<Entity>> changed = new LinkedHashMap<>();
        for (Entity e : fromFile) {
            if (!e.equals(current.get(e.id()))) {
                changed.put(e.id(), Optional.of(e));
            }
        }
        if (!changed.isEmpty()) {
            TableTopics.putAll(clients, topics.entities, changed);
            LOG.info("Seeded {} entit{} from the entity file into {}.", changed.size(), changed.size() == 1 ? "y" : "ies",
                    topics.entities.name());
        }
        return changed.size();
    }

    public void add(Entity entity) {
        TableTopics.put(clients, topics.entities, entity.id(), entity);
    }

    /** Removes an entity; false when there is none with this id. */
    public boolean remove(String id) {
        if (!entities().containsKey(id)) {
            return false;
        }
        TableTopics.put(clients, topics.entities, id, null);
        return true;
    }
}
