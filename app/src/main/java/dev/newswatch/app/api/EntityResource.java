package dev.newswatch.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.serde.Json;
import dev.newswatch.enrich.EntityRegistry;
import dev.newswatch.enrich.link.EntityCatalog;
import dev.newswatch.enrich.link.EntityLinker;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code /api/v1/entities}: entries in the shape of the entity files ({@code id}, {@code name}, {@code aliases},
 * {@code type}, {@code parent}, {@code attributes}, {@code case-sensitive}, {@code cue-aliases}), read by
 * {@link EntityCatalog#entry}. A {@code parent} must be in the table already.
 */
final class EntityResource extends Resource<Entity> {

    EntityResource(EntityRegistry registry) {
        super("entities", "entity", registry);
    }

    @Override
    Entity parse(ObjectNode body, Entity current) {
        Entity entity = EntityCatalog.entry(body, SOURCE);
        if (entity.parent() != null && registry().get(entity.parent()).isEmpty()) {
            throw new ConfigException(SOURCE, "parent", "unknown entity '" + entity.parent() + "'");
        }
        return entity;
    }

    @Override
    ObjectNode write(Entity entity) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", entity.id());
        node.put("name", entity.name());
        ArrayNode aliases = node.putArray("aliases");
        entity.aliases().forEach(aliases::add);
        node.put("type", entity.type());
        if (entity.parent() != null) {
            node.put("parent", entity.parent());
        }
        ObjectNode attributes = node.putObject("attributes");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(entity.attributes()).entrySet()) {
            if (e.getKey().equals(EntityLinker.CASE_SENSITIVE)) {
                if (e.getValue().equals("true")) {
                    node.put("case-sensitive", true);
                } else {
                    names(node.putArray("case-sensitive"), e.getValue());
                }
            } else if (e.getKey().equals(EntityLinker.CUE_ALIASES)) {
                names(node.putArray("cue-aliases"), e.getValue());
            } else {
                attributes.put(e.getKey(), e.getValue());
            }
        }
        return node;
    }

    private static void names(ArrayNode into, String joined) {
        Arrays.stream(joined.split(java.util.regex.Pattern.quote(EntityLinker.LIST_SEPARATOR))).forEach(into::add);
    }

    @Override
    String id(Entity entity) {
        return entity.id();
    }
}
