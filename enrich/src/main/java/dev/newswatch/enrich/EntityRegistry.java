package dev.newswatch.enrich;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TableRegistry;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.topic.Topics;

/**
 * The entity table as kept in the compacted entities topic: seeded from {@code config/entities/}, edited at
 * runtime ({@code newswatch entities add|remove}); running enrich instances see changes within seconds.
 * Thread-safe.
 */
public final class EntityRegistry extends TableRegistry<String, Entity> {

    /** The table in the catalogue's topic of {@code topics}, on the cluster of {@code clients}. */
    public EntityRegistry(Topics topics, KafkaClients clients) {
        super(clients, topics.entities, Entity::id, "the entity file");
    }
}
