package dev.newswatch.enrich.deal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newswatch.core.model.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the shared samples are, and the entity list in the project's YAML entity format. */
final class TestData {

    private TestData() {
    }

    /**
     * The shared samples directory: {@code newswatch.repo.root}/../shared/samples, else the first
     * {@code shared/samples} found walking up from the working directory.
     */
    static Optional<Path> samplesDir() {
        String root = System.getProperty("newswatch.repo.root");
        if (root != null) {
            Path candidate = Path.of(root).resolve("../shared/samples").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<Entity> entities(Path yaml) {
        try {
            List<Map<String, Object>> rows = new ObjectMapper(new YAMLFactory())
                    .readValue(Files.readString(yaml), new TypeReference<List<Map<String, Object>>>() { });
            List<Entity> entities = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked")
                List<String> aliases = (List<String>) row.getOrDefault("aliases", List.of());
                entities.add(new Entity((String) row.get("id"), (String) row.get("name"), aliases,
                        (String) row.get("type"), (String) row.get("parent"), Map.of()));
            }
            return entities;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entities from " + yaml, e);
        }
    }
}
