package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.text.TextNormalizer;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityCatalogTest {

    /** The ids and names of the development set (shared/samples/entities_dev.yml), which must keep their ids. */
    private static final Map<String, List<String>> DEV_SET = Map.ofEntries(
            Map.entry("openai", List.of("OpenAI", "Open AI")),
            Map.entry("amazon", List.of("Amazon", "Amazon.com")),
            Map.entry("aws", List.of("AWS", "Amazon Web Services")),
            Map.entry("microsoft", List.of("Microsoft", "Microsoft Corp")),
            Map.entry("anthropic", List.of("Anthropic")),
            Map.entry("nvidia", List.of("Nvidia", "NVIDIA Corporation")),
            Map.entry("amd", List.of("AMD", "Advanced Micro Devices")),
            Map.entry("broadcom", List.of("Broadcom")),
            Map.entry("google", List.of("Google", "Alphabet")),
            Map.entry("apple", List.of("Apple")),
            Map.entry("intel", List.of("Intel")),
            Map.entry("runai", List.of("Run:ai", "Run AI")),
            Map.entry("siloai", List.of("Silo AI")),
            Map.entry("vmware", List.of("VMware")),
            Map.entry("mistral", List.of("Mistral AI", "Mistral")),
            Map.entry("generalcatalyst", List.of("General Catalyst")),
            Map.entry("thrive", List.of("Thrive Capital")),
            Map.entry("lightspeed", List.of("Lightspeed Venture Partners", "Lightspeed")));

    /** The shipped entity table, relative to the repository root. */
    static final String SHIPPED = "config/entities";

    /**
     * Ordinary lower-case words of English, Italian, German, French and Spanish that are also (parts of)
     * organisation names. A shipped name equal to one of them must be case-sensitive or a cue alias, or
     * "the arm", "la meta" and "a glean of" would link.
     */
    private static final Set<String> ORDINARY_WORDS = Set.of(
            "apple", "arm", "meta", "oracle", "orange", "intel", "dell", "cursor", "figure", "scale", "together",
            "index", "insight", "glean", "sierra", "harvey", "runway", "lambda", "magic", "dust", "neon",
            "snowflake", "micron", "cadence", "mistral", "perplexity", "sequoia", "lightspeed", "benchmark",
            "fidelity", "tesla", "reliance", "cognition", "inflection", "adept", "lovable", "abridge", "poolside",
            "etched", "rebellions", "suno", "wiz", "manus", "windsurf", "decagon", "slack", "stripe", "workday",
            "vistra", "chevron", "terna", "edison", "vinci", "leonardo", "indra", "amadeus", "thales", "atos",
            "ferrari", "generali", "informatica", "altera", "intuit", "verily", "rippling", "cognizant", "pulsant",
            "idealista", "vedrai", "switch", "vantage", "aligned", "stack", "compass", "crane", "bloom", "io", "x",
            "la caisse", "humain", "eni", "sony", "corning", "citadel", "paradigm", "covariant", "samsara",
            "pigment", "nuance", "tableau", "unity", "elastic", "confluent", "box", "toast", "nice", "sage", "flex",
            "disco", "coherent", "nova", "arista", "reply", "sparkle", "plural", "valor", "matrix", "bond",
            "headline", "neo", "ramp", "speak", "warp", "chroma", "gamma", "clio", "kakao");

    @Test
    void shouldLoadTheShippedEntityDirectory() {
        // Given
        Path directory = RepoPaths.root().resolve(SHIPPED);

        // When
        List<Entity> entities = EntityCatalog.load(directory);

        // Then: at least 1,500 entities, unique ids, existing parents, no name shared by two entities
        assertTrue(entities.size() >= 1500, "only " + entities.size() + " entities");
        Map<String, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        assertEquals(entities.size(), byId.size(), "ids are not unique");
        Map<String, String> ownerOfName = new HashMap<>();
        for (Entity entity : entities) {
            assertTrue(entity.parent() == null || byId.containsKey(entity.parent()), entity.id() + " has no parent");
            assertTrue(EntityCatalog.TYPES.contains(entity.type()), entity.id() + " has type " + entity.type());
            Set<String> names = new HashSet<>(entity.aliases());
            names.add(entity.name());
            for (String name : names) {
                String owner = ownerOfName.putIfAbsent(TextNormalizer.normalize(name).text(), entity.id());
                assertTrue(owner == null || owner.equals(entity.id()), name + " names " + owner + " and " + entity.id());
            }
        }
    }

    @Test
    void shouldKeepTheIdsAndNamesOfTheDevelopmentSet() {
        // Given
        List<Entity> entities = EntityCatalog.load(RepoPaths.root().resolve(SHIPPED));
        Map<String, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));

        // When / Then
        DEV_SET.forEach((id, names) -> {
            Entity entity = byId.get(id);
            assertTrue(entity != null, "missing " + id);
            assertEquals(names.get(0), entity.name(), id);
            assertTrue(entity.aliases().containsAll(names.subList(1, names.size())), id + " aliases " + entity.aliases());
        });
        assertEquals("amazon", byId.get("aws").parent());
        assertEquals("microsoft", byId.get("azure").parent());
        assertEquals("google", byId.get("deepmind").parent());
        assertEquals("softbank", byId.get("vision-fund").parent());
        assertEquals("nvidia", byId.get("nventures").parent());
    }

    @Test
    void shouldMatchOrdinaryWordsOnlyWithExactCaseOrACue() {
        // Given
        List<Entity> entities = EntityCatalog.load(RepoPaths.root().resolve(SHIPPED));

        // When: every name that is an ordinary word, and how it is matched
        List<String> loose = new ArrayList<>();
        for (Entity entity : entities) {
            Set<String> exact = listed(entity, EntityLinker.CASE_SENSITIVE);
            exact.addAll(listed(entity, EntityLinker.CUE_ALIASES));
            Set<String> names = new LinkedHashSet<>(entity.aliases());
            names.add(entity.name());
            for (String name : names) {
                boolean ordinary = ORDINARY_WORDS.contains(TextNormalizer.normalize(name).text().strip());
                if (ordinary && !exact.contains("true") && !exact.contains(name)) {
                    loose.add(entity.id() + ": " + name);
                }
            }
        }

        // Then
        assertEquals(List.of(), loose, "ordinary words linked in any case");
    }

    @Test
    void shouldReadOneEntryOnItsOwnWithKeysRelativeToIt() throws IOException {
        // Given one entity mapping, as the HTTP API receives it, and one with a name that is not its own
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var good = json.readTree("{\"id\": \"arm\", \"name\": \"Arm\", \"aliases\": [\"ARM\"], \"case-sensitive\": true}");
        var bad = json.readTree("{\"id\": \"arm\", \"name\": \"Arm\", \"cue-aliases\": [\"Acorn\"]}");

        // When each is read
        Entity entity = EntityCatalog.entry(good, "request body");
        ConfigException e = assertThrows(ConfigException.class, () -> EntityCatalog.entry(bad, "request body"));

        // Then the first is read as the files read it, and the error names the key without an entry prefix
        assertEquals("true", entity.attributes().get(EntityLinker.CASE_SENSITIVE));
        assertEquals("cue-aliases[0]", e.key());
    }

    @Test
    void shouldReadEveryYamlFileOfADirectoryInNameOrder(@TempDir Path directory) throws IOException {
        // Given: the parent in a later file, a file that is not YAML ignored
        Files.writeString(directory.resolve("b-labs.yml"), "- {id: deepmind, name: DeepMind, parent: google}\n");
        Files.writeString(directory.resolve("a-big-tech.yml"), "- {id: google, name: Google}\n");
        Files.writeString(directory.resolve("c-empty.yml"), "# nothing yet\n");
        Files.writeString(directory.resolve("README.md"), "not an entity file\n");

        // When
        List<Entity> entities = EntityCatalog.load(directory);

        // Then
        assertEquals(List.of("google", "deepmind"), entities.stream().map(Entity::id).toList());
        assertEquals("google", entities.get(1).parent());
    }

    @Test
    void shouldNameBothFilesWhenTwoFilesUseTheSameId(@TempDir Path directory) throws IOException {
        // Given
        Path first = directory.resolve("a.yml");
        Path second = directory.resolve("b.yml");
        Files.writeString(first, "- {id: openai, name: OpenAI}\n");
        Files.writeString(second, "- {id: anthropic, name: Anthropic}\n- {id: openai, name: Open AI}\n");

        // When
        ConfigException error = assertThrows(ConfigException.class, () -> EntityCatalog.load(directory));

        // Then
        assertEquals(second.toString(), error.file());
        assertEquals("[1] openai.id", error.key());
        assertTrue(error.reason().contains("duplicate id") && error.reason().contains("[0] openai in " + first),
                error.getMessage());
    }

    @Test
    void shouldNameBothFilesWhenTwoFilesUseTheSameName(@TempDir Path directory) throws IOException {
        // Given: the same name once normalised (case and accents do not matter)
        Path first = directory.resolve("europe.yml");
        Path second = directory.resolve("telecoms.yml");
        Files.writeString(first, "- {id: telefonica, name: Telefónica}\n");
        Files.writeString(second, "- {id: telefonica-sa, name: TELEFONICA}\n");

        // When
        ConfigException error = assertThrows(ConfigException.class, () -> EntityCatalog.load(directory));

        // Then
        assertEquals(second.toString(), error.file());
        assertEquals("[0] telefonica-sa.aliases", error.key());
        assertTrue(error.reason().contains("entity 'telefonica' in " + first), error.getMessage());
    }

    @Test
    void shouldRejectAnEntityDirectoryWithoutYamlFiles(@TempDir Path directory) {
        // Given / When
        ConfigException error = assertThrows(ConfigException.class, () -> EntityCatalog.load(directory));

        // Then
        assertEquals(directory.toString(), error.file());
        assertTrue(error.reason().contains("no *.yml"), error.getMessage());
    }

    @Test
    void shouldTurnCaseAndCueSettingsIntoAttributes() {
        // Given
        String yaml = """
                - {id: arm, name: Arm, aliases: ["Arm Holdings"], case-sensitive: true, attributes: {country: GB}}
                - {id: meta, name: Meta, aliases: ["Meta Platforms"], case-sensitive: [Meta]}
                - {id: runway, name: Runway, aliases: ["Runway ML"], cue-aliases: [Runway], type: company}
                - {id: a16z, name: Andreessen Horowitz, type: investor, parent: arm}
                """;

        // When
        List<Entity> entities = EntityCatalog.parse(yaml, "inline.yml");

        // Then
        assertEquals(Map.of("country", "GB", "case-sensitive", "true"), entities.get(0).attributes());
        assertEquals(Map.of("case-sensitive", "Meta"), entities.get(1).attributes());
        assertEquals(Map.of("cue-aliases", "Runway"), entities.get(2).attributes());
        assertEquals("company", entities.get(0).type());
        assertEquals("investor", entities.get(3).type());
        assertEquals("arm", entities.get(3).parent());
        assertNull(entities.get(2).parent());
        assertEquals(List.of(), entities.get(3).aliases());
    }

    @Test
    void shouldReadAnEmptyDocumentAsNoEntities() {
        // Given / When / Then
        assertEquals(List.of(), EntityCatalog.parse("# nothing yet\n", "empty.yml"));
    }

    @Test
    void shouldRejectANameWithTheListSeparator() {
        // Given
        String yaml = "- {id: a, name: 'A|B'}";

        // When
        ConfigException error = assertThrows(ConfigException.class, () -> EntityCatalog.parse(yaml, "bad-entities.yml"));

        // Then
        assertEquals("[0] a.aliases", error.key());
        assertTrue(error.reason().contains("must not contain '|'"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            // what is wrong | yaml | expected key | expected reason fragment
            "not a list|{id: a, name: A}||list of entities",
            "entry not a mapping|- openai|[0]|mapping",
            "missing id|- {name: A}|[0].id|required",
            "bad id|- {id: Open AI, name: A}|[0] Open AI|entity id",
            "missing name|- {id: a}|[0] a.name|required",
            "unknown key|- {id: a, name: A, alias: [B]}|[0] a.alias|unknown key",
            "unknown type|- {id: a, name: A, type: startup}|[0] a.type|unknown type 'startup'",
            "duplicate id|- {id: a, name: A}\\n- {id: a, name: B}|[1] a.id|duplicate id",
            "unknown parent|- {id: a, name: A, parent: b}|[0] a.parent|unknown entity 'b'",
            "unknown grandparent|- {id: a, name: A, parent: b}\\n- {id: b, name: B, parent: c}|[1] b.parent|unknown entity 'c'",
            "own parent|- {id: a, name: A, parent: a}|[0] a.parent|own parent",
            "parent cycle|- {id: a, name: A, parent: b}\\n- {id: b, name: B, parent: a}|[0] a.parent|cycle",
            "shared name|- {id: a, name: Lambda}\\n- {id: b, name: B, aliases: [LAMBDA]}|[1] b.aliases|entity 'a'",
            "case-sensitive stranger|- {id: a, name: A, case-sensitive: [B]}|[0] a.case-sensitive[0]|not the name",
            "case-sensitive scalar|- {id: a, name: A, case-sensitive: yes please}|[0] a.case-sensitive|true, false",
            "cue stranger|- {id: a, name: A, cue-aliases: [B]}|[0] a.cue-aliases[0]|not the name",
            "reserved attribute|- {id: a, name: A, attributes: {case-sensitive: 'true'}}|[0] a.attributes.case-sensitive|entry itself",
            "name starting with punctuation|- {id: a, name: A, aliases: ['.NET']}|[0] a.aliases|letter or digit",
            "not YAML|- {id: a, name: [|| not valid YAML",
    })
    void shouldNameFileEntryKeyAndReasonWhenTheEntityFileIsInvalid(String what, String yaml, String key, String reason) {
        // Given
        String document = yaml.replace("\\n", "\n");

        // When
        ConfigException error = assertThrows(ConfigException.class, () -> EntityCatalog.parse(document, "bad-entities.yml"));

        // Then
        assertEquals("bad-entities.yml", error.file(), what);
        assertEquals(key == null ? "" : key, error.key(), what + ": " + error.getMessage());
        assertTrue(error.reason().contains(reason.strip()), what + ": " + error.getMessage());
    }

    private static Set<String> listed(Entity entity, String attribute) {
        String value = entity.attributes().getOrDefault(attribute, "");
        return new HashSet<>(Arrays.asList(value.split("\\" + EntityLinker.LIST_SEPARATOR)));
    }
}
