package dev.newswatch.enrich.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigNode;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the entity file ({@code config/entities.yml}): a YAML list with one mapping per entity,
 * <pre>
 * - {id: aws, name: AWS, aliases: ["Amazon Web Services"], type: company, parent: amazon}
 * - {id: arm, name: Arm, aliases: ["Arm Holdings", "ARM"], type: company, case-sensitive: true}
 * - {id: runway, name: Runway, aliases: ["Runway ML"], type: company, cue-aliases: [Runway]}
 * </pre>
 * Keys: {@code id} (required; a-z, 0-9, '.', '_', '-'), {@code name} (required), {@code aliases} (list),
 * {@code type} (company, investor, government or other; default company), {@code parent} (id of another
 * entry), {@code attributes} (mapping of extra text fields such as country or ticker),
 * {@code case-sensitive} ({@code true} for all names, or a list of the names matched with exact case) and
 * {@code cue-aliases} (names that link only next to a company cue); the last two become the
 * {@link EntityLinker#CASE_SENSITIVE} and {@link EntityLinker#CUE_ALIASES} attributes.
 *
 * <p>Checks: ids unique, names start with a letter or digit, parents exist and form no cycle, names listed
 * in {@code case-sensitive} and
 * {@code cue-aliases} are the entity's name or aliases, and no name (once normalised) belongs to two
 * entities. Errors are {@link ConfigException}s naming the file, the entry (index and id), the key and the
 * reason. Stateless and thread-safe.
 */
public final class EntityCatalog {

    /** The entity types the file may use. */
    public static final Set<String> TYPES = Set.of("company", "investor", "government", "other");

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final Set<String> KEYS = Set.of(
            "id", "name", "aliases", "type", "parent", "attributes", "case-sensitive", "cue-aliases");

    private EntityCatalog() {
    }

    /**
     * Reads an entity file.
     *
     * @throws ConfigException naming the file, entry, key and reason
     */
    public static List<Entity> load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the entity file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * Parses an entity document.
     *
     * @param yaml       the document: a YAML list of entity mappings
     * @param sourceName the file name used in error messages
     * @return the entities in file order; never null
     * @throws ConfigException naming {@code sourceName}, entry, key and reason
     */
    public static List<Entity> parse(String yaml, String sourceName) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException(sourceName, "", "not valid YAML: " + describe(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw new ConfigException(sourceName, "", "must be a list of entities");
        }
        List<Entity> entities = new ArrayList<>(root.size());
        Map<String, String> keyOfId = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            Entity entity = entry(sourceName, i, root.get(i));
            String previous = keyOfId.putIfAbsent(entity.id(), entryKey(i, entity.id()));
            if (previous != null) {
                throw new ConfigException(sourceName, entryKey(i, entity.id()) + ".id",
                        "duplicate id, already used by " + previous);
            }
            entities.add(entity);
        }
        checkParents(sourceName, entities);
        checkSharedNames(sourceName, entities);
        return List.copyOf(entities);
    }

    private static Entity entry(String file, int index, JsonNode node) {
        String prefix = "[" + index + "]";
        if (node == null || !node.isObject()) {
            throw new ConfigException(file, prefix, "must be a mapping with at least id and name");
        }
        ConfigNode entry = new ConfigNode(file, prefix, node);
        String id = entry.get("id").requiredText();
        String key = entryKey(index, id);
        entry = new ConfigNode(file, key, node).onlyKeys(KEYS);
        String name = entry.get("name").requiredText();
        List<String> aliases = entry.get("aliases").textList();
        String type = entry.get("type").text("company").strip();
        if (!TYPES.contains(type)) {
            throw new ConfigException(file, key + ".type", "unknown type '" + type + "', expected one of "
                    + String.join(", ", new TreeSet<>(TYPES)));
        }
        String parent = entry.get("parent").text(null);
        if (parent != null && parent.strip().equals(id)) {
            throw new ConfigException(file, key + ".parent", "an entity cannot be its own parent");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> attribute : entry.get("attributes").entries().entrySet()) {
            String attributeKey = attribute.getKey();
            if (attributeKey.equals(EntityLinker.CASE_SENSITIVE) || attributeKey.equals(EntityLinker.CUE_ALIASES)) {
                throw new ConfigException(file, key + ".attributes." + attributeKey,
                        "set '" + attributeKey + "' on the entry itself, not under attributes");
            }
            attributes.put(attributeKey, attribute.getValue().requiredText());
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        names.addAll(aliases);
        for (String written : names) {
            if (written.contains(EntityLinker.LIST_SEPARATOR)) {
                throw new ConfigException(file, key + ".aliases", "name '" + written + "' must not contain '"
                        + EntityLinker.LIST_SEPARATOR + "'");
            }
            String normalized = TextNormalizer.normalize(written).text().strip();
            if (normalized.isEmpty() || !Character.isLetterOrDigit(normalized.charAt(0))) {
                throw new ConfigException(file, key + ".aliases", "name '" + written + "' must start with a letter or digit");
            }
        }
        String caseSensitive = caseSensitive(file, key, node.get("case-sensitive"), names);
        if (caseSensitive != null) {
            attributes.put(EntityLinker.CASE_SENSITIVE, caseSensitive);
        }
        List<String> cueAliases = entry.get("cue-aliases").textList();
        for (int i = 0; i < cueAliases.size(); i++) {
            if (!names.contains(cueAliases.get(i))) {
                throw new ConfigException(file, key + ".cue-aliases[" + i + "]",
                        "'" + cueAliases.get(i) + "' is not the name or an alias of this entity");
            }
        }
        if (!cueAliases.isEmpty()) {
            attributes.put(EntityLinker.CUE_ALIASES, String.join(EntityLinker.LIST_SEPARATOR, cueAliases));
        }
        try {
            return new Entity(id, name, aliases, type, parent, attributes);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, key, e.getMessage());
        }
    }

    /** {@code true}/{@code false}, or a list of the entity's names; returns the attribute value or null. */
    private static String caseSensitive(String file, String key, JsonNode node, Set<String> names) {
        if (node == null || node.isNull()) {
            return null;
        }
        ConfigNode config = new ConfigNode(file, key + ".case-sensitive", node);
        if (node.isBoolean()) {
            return node.asBoolean() ? "true" : null;
        }
        if (!node.isArray()) {
            throw config.error("must be true, false or a list of this entity's names");
        }
        List<String> listed = config.textList();
        for (int i = 0; i < listed.size(); i++) {
            if (!names.contains(listed.get(i))) {
                throw new ConfigException(file, key + ".case-sensitive[" + i + "]",
                        "'" + listed.get(i) + "' is not the name or an alias of this entity");
            }
        }
        return listed.isEmpty() ? null : String.join(EntityLinker.LIST_SEPARATOR, listed);
    }

    private static void checkParents(String file, List<Entity> entities) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            if (entity.parent() == null) {
                continue;
            }
            if (!byId.containsKey(entity.parent())) {
                throw new ConfigException(file, entryKey(i, entity.id()) + ".parent",
                        "unknown entity '" + entity.parent() + "'");
            }
            Set<String> seen = new HashSet<>();
            for (Entity up = entity; up != null && up.parent() != null; up = byId.get(up.parent())) {
                if (!seen.add(up.id())) {
                    throw new ConfigException(file, entryKey(i, entity.id()) + ".parent",
                            "parents form a cycle through " + String.join(" -> ", seen));
                }
            }
        }
    }

    private static void checkSharedNames(String file, List<Entity> entities) {
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.name());
            names.addAll(entity.aliases());
            for (String written : names) {
                String normalised = TextNormalizer.normalize(written).text().strip();
                String previous = owner.putIfAbsent(normalised, entity.id());
                if (previous != null && !previous.equals(entity.id())) {
                    throw new ConfigException(file, entryKey(i, entity.id()) + ".aliases",
                            "name '" + written + "' is also a name of entity '" + previous + "'");
                }
            }
        }
    }

    private static String entryKey(int index, String id) {
        return "[" + index + "] " + id;
    }

    private static String describe(IOException e) {
        if (e instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return parse.getOriginalMessage() + " (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
