package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.text.TextNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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

    static Path repoRoot() {
        String configured = System.getProperty("newswatch.repo.root");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config/entities.yml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no config/entities.yml above " + dir.toAbsolutePath());
    }

    @Test
    void shouldLoadTheDefaultEntityFile() {
        // Given
        Path file = repoRoot().resolve("config/entities.yml");

        // When
        List<Entity> entities = EntityCatalog.load(file);

        // Then: at least 150 entities, unique ids, existing parents, no name shared by two entities
        assertTrue(entities.size() >= 150, "only " + entities.size() + " entities");
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
        List<Entity> entities = EntityCatalog.load(repoRoot().resolve("config/entities.yml"));
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
}
