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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the entity table: one YAML file, or a directory of them ({@code config/entities/}, every
 * {@code *.yml} file in it read in file-name order and concatenated). Each file is a YAML list with one
 * mapping per entity,
 * <pre>
 * - {id: aws, name: AWS, aliases: ["Amazon Web Services"], type: company, parent: amazon}
 * - {id: arm, name: Arm, aliases: ["Arm Holdings", "ARM"], type: company, case-sensitive: true}
 * - {id: runway, name: Runway, aliases: ["Runway ML"], type: company, cue-aliases: [Runway]}
 * </pre>
 * Keys: {@code id} (required; a-z, 0-9, '.', '_', '-'), {@code name} (required), {@code aliases} (list),
 * {@code type} (company, investor, government or other; default company), {@code parent} (id of another
 * entry, in any file of the directory), {@code attributes} (mapping of extra text fields such as country or
 * ticker), {@code case-sensitive} ({@code true} for all names, or a list of the names matched with exact
 * case) and {@code cue-aliases} (names that link only next to a company cue); the last two become the
 * {@link EntityLinker#CASE_SENSITIVE} and {@link EntityLinker#CUE_ALIASES} attributes.
 *
 * <p>Checks, over the whole table: ids unique, names start with a letter or digit, parents exist and form no
 * cycle, names listed in {@code case-sensitive} and {@code cue-aliases} are the entity's name or aliases,
 * and no name (once normalised) belongs to two entities. Errors are {@link ConfigException}s naming the file,
 * the entry (index and id), the key and the reason; when two files clash the reason names the other file.
 * Stateless and thread-safe.
 */
public final class EntityCatalog {

    /** The entity types the file may use. */
    public static final Set<String> TYPES = Set.of("company", "investor", "government", "other");
    /** The file-name suffix of the entity files read from a directory. */
    public static final String FILE_SUFFIX = ".yml";

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final Set<String> KEYS = Set.of(
            "id", "name", "aliases", "type", "parent", "attributes", "case-sensitive", "cue-aliases");

    private EntityCatalog() {
    }

    /**
     * Reads an entity file, or every {@code *.yml} file of a directory in file-name order (not recursive).
     *
     * @param path an entity file or a directory of entity files; not null
     * @return the entities in file order; never null
     * @throws ConfigException naming the file, entry, key and reason; for a clash between two files of a
     *                         directory, the later file, with the earlier one in the reason
     */
    public static List<Entity> load(Path path) {
        if (!Files.isDirectory(path)) {
            return parse(read(path), path.toString());
        }
        List<Located> all = new ArrayList<>();
        for (Path file : entityFiles(path)) {
            all.addAll(entries(read(file), file.toString()));
        }
        return check(all);
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
        return check(entries(yaml, sourceName));
    }

    /** The {@code *.yml} files directly in {@code dir}, by file name. */
    private static List<Path> entityFiles(Path dir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(FILE_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ConfigException(dir.toString(), "", "cannot list the entity directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ConfigException(dir.toString(), "", "the entity directory has no *" + FILE_SUFFIX + " file");
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the entity file: " + e.getMessage());
        }
    }

    /** The entries of one document, each checked on its own; the checks across entries come after. */
    private static List<Located> entries(String yaml, String sourceName) {
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
        List<Located> entries = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            entries.add(new Located(entry(sourceName, i, root.get(i)), sourceName, i));
        }
        return entries;
    }

    /** Ids unique, parents known and acyclic, no name shared, over entries of one or several files. */
    private static List<Entity> check(List<Located> entries) {
        Map<String, Located> byId = new HashMap<>();
        for (Located located : entries) {
            Located previous = byId.putIfAbsent(located.entity().id(), located);
            if (previous != null) {
                throw located.error(".id", "duplicate id, already used by " + previous.describeFrom(located.file()));
            }
        }
        checkParents(entries, byId);
        checkSharedNames(entries);
        return entries.stream().map(Located::entity).toList();
    }

    /**
     * Parses one entity mapping on its own, in the shape of an entry of an entity file; the checks over the whole
     * table (unique ids and names, parents) are the caller's. Used for the HTTP API's request bodies.
     *
     * @param node       the mapping
     * @param sourceName the source used in error messages; keys in errors are relative to the mapping ({@code name})
     * @throws ConfigException naming the key and the reason
     */
    public static Entity entry(JsonNode node, String sourceName) {
        return entry(sourceName, -1, node);
    }

    /** An entry of a file at {@code index}, or on its own when {@code index} is negative (keys relative to it). */
    private static Entity entry(String file, int index, JsonNode node) {
        String prefix = index < 0 ? "" : "[" + index + "]";
        if (node == null || !node.isObject()) {
            throw new ConfigException(file, prefix, "must be a mapping with at least id and name");
        }
        ConfigNode entry = new ConfigNode(file, prefix, node);
        String id = entry.get("id").requiredText();
        String key = index < 0 ? "" : entryKey(index, id);
        entry = new ConfigNode(file, key, node).onlyKeys(KEYS);
        String name = entry.get("name").requiredText();
        List<String> aliases = entry.get("aliases").textList();
        String type = entry.get("type").text("company").strip();
        if (!TYPES.contains(type)) {
            throw new ConfigException(file, at(key, "type"), "unknown type '" + type + "', expected one of "
                    + String.join(", ", new TreeSet<>(TYPES)));
        }
        String parent = entry.get("parent").text(null);
        if (parent != null && parent.strip().equals(id)) {
            throw new ConfigException(file, at(key, "parent"), "an entity cannot be its own parent");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> attribute : entry.get("attributes").entries().entrySet()) {
            String attributeKey = attribute.getKey();
            if (attributeKey.equals(EntityLinker.CASE_SENSITIVE) || attributeKey.equals(EntityLinker.CUE_ALIASES)) {
                throw new ConfigException(file, at(key, "attributes." + attributeKey),
                        "set '" + attributeKey + "' on the entry itself, not under attributes");
            }
            attributes.put(attributeKey, attribute.getValue().requiredText());
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        names.addAll(aliases);
        for (String written : names) {
            if (written.contains(EntityLinker.LIST_SEPARATOR)) {
                throw new ConfigException(file, at(key, "aliases"), "name '" + written + "' must not contain '"
                        + EntityLinker.LIST_SEPARATOR + "'");
            }
            String normalized = TextNormalizer.normalize(written).text().strip();
            if (normalized.isEmpty() || !Character.isLetterOrDigit(normalized.charAt(0))) {
                throw new ConfigException(file, at(key, "aliases"), "name '" + written + "' must start with a letter or digit");
            }
        }
        String caseSensitive = caseSensitive(file, key, node.get("case-sensitive"), names);
        if (caseSensitive != null) {
            attributes.put(EntityLinker.CASE_SENSITIVE, caseSensitive);
        }
        List<String> cueAliases = entry.get("cue-aliases").textList();
        for (int i = 0; i < cueAliases.size(); i++) {
            if (!names.contains(cueAliases.get(i))) {
                throw new ConfigException(file, at(key, "cue-aliases[" + i + "]"),
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

    /** The key {@code name} under the entry {@code key} ({@code ""} for an entry on its own). */
    private static String at(String key, String name) {
        return key.isEmpty() ? name : key + "." + name;
    }

    /** {@code true}/{@code false}, or a list of the entity's names; returns the attribute value or null. */
    private static String caseSensitive(String file, String key, JsonNode node, Set<String> names) {
        if (node == null || node.isNull()) {
            return null;
        }
        ConfigNode config = new ConfigNode(file, at(key, "case-sensitive"), node);
        if (node.isBoolean()) {
            return node.asBoolean() ? "true" : null;
        }
        if (!node.isArray()) {
            throw config.error("must be true, false or a list of this entity's names");
        }
        List<String> listed = config.textList();
        for (int i = 0; i < listed.size(); i++) {
            if (!names.contains(listed.get(i))) {
                throw new ConfigException(file, at(key, "case-sensitive[" + i + "]"),
                        "'" + listed.get(i) + "' is not the name or an alias of this entity");
            }
        }
        return listed.isEmpty() ? null : String.join(EntityLinker.LIST_SEPARATOR, listed);
    }

    private static void checkParents(List<Located> entries, Map<String, Located> locatedById) {
        Map<String, Entity> byId = new HashMap<>();
        locatedById.forEach((id, entry) -> byId.put(id, entry.entity()));
        for (Located located : entries) {
            Entity entity = located.entity();
            if (entity.parent() == null) {
                continue;
            }
            if (!byId.containsKey(entity.parent())) {
                throw located.error(".parent", "unknown entity '" + entity.parent() + "'");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Entity up = entity; up != null && up.parent() != null; up = byId.get(up.parent())) {
                if (!seen.add(up.id())) {
                    throw located.error(".parent", "parents form a cycle through " + String.join(" -> ", seen));
                }
            }
        }
    }

    private static void checkSharedNames(List<Located> entries) {
        Map<String, Located> owner = new HashMap<>();
        for (Located located : entries) {
            Entity entity = located.entity();
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.name());
            names.addAll(entity.aliases());
            for (String written : names) {
                String normalised = TextNormalizer.normalize(written).text().strip();
                Located previous = owner.putIfAbsent(normalised, located);
                if (previous != null && !previous.entity().id().equals(entity.id())) {
                    throw located.error(".aliases", "name '" + written + "' is also a name of entity '"
                            + previous.entity().id() + "'" + previous.inFileOtherThan(located.file()));
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

    /** An entity with the file and list index it was read from, for error messages. */
    private record Located(Entity entity, String file, int index) {

        String key() {
            return entryKey(index, entity.id());
        }

        ConfigException error(String keySuffix, String reason) {
            return new ConfigException(file, key() + keySuffix, reason);
        }

        /** "[3] openai", followed by " in FILE" when that is not {@code otherFile}. */
        String describeFrom(String otherFile) {
            return key() + inFileOtherThan(otherFile);
        }

        String inFileOtherThan(String otherFile) {
            return file.equals(otherFile) ? "" : " in " + file;
        }
    }
}
