package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDirTest {

    @Test
    void shouldWriteTheMainFileFromLines(@TempDir Path dir) throws Exception {
        // When
        Path config = ConfigDir.create(dir.resolve("a/config")).main("kafka:", "  topic-prefix: it.").path();

        // Then
        assertEquals("kafka:\n  topic-prefix: it.\n", Files.readString(config.resolve("newswatch.yml")));
    }

    @Test
    void shouldCopyShippedFilesAndDirectories(@TempDir Path dir) throws Exception {
        // When
        Path config = ConfigDir.create(dir).copyShipped("taxonomy.yml", "entities").path();

        // Then
        assertEquals(Files.readString(RepoPaths.config().resolve("taxonomy.yml")),
                Files.readString(config.resolve("taxonomy.yml")));
        try (var shipped = Files.list(RepoPaths.config().resolve("entities"))) {
            List<String> names = shipped.map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty());
            try (var copied = Files.list(config.resolve("entities"))) {
                assertEquals(names, copied.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void shouldCopyAShippedDirectoryWithItsSubdirectories(@TempDir Path dir) throws Exception {
        // Given the shipped demo directory, which holds the archive in a subdirectory
        Path shipped = RepoPaths.config().resolve("demo");
        List<String> expected;
        try (var files = Files.walk(shipped)) {
            expected = files.filter(Files::isRegularFile).map(f -> shipped.relativize(f).toString()).sorted().toList();
        }

        // When
        Path copied = ConfigDir.create(dir).copyShipped("demo").path().resolve("demo");

        // Then every file is there, at the same relative path
        try (var files = Files.walk(copied)) {
            assertEquals(expected,
                    files.filter(Files::isRegularFile).map(f -> copied.relativize(f).toString()).sorted().toList());
        }
        assertTrue(expected.stream().anyMatch(f -> f.contains("/")), "a file in a subdirectory: " + expected);
    }

    @Test
    void shouldListOnlyTheDemoFeeds(@TempDir Path dir) throws Exception {
        // When
        Path config = ConfigDir.create(dir).demoFeeds().path();

        // Then every feed left reads a demo file, and there is at least one
        List<String> lines = Files.readAllLines(config.resolve("feeds.yml"));
        assertEquals("feeds:", lines.get(0));
        assertTrue(lines.size() > 1, lines.toString());
        lines.subList(1, lines.size()).forEach(l -> assertTrue(l.contains("file:demo/"), l));
    }

    @Test
    void shouldReplaceAFileAndCreateItsDirectory(@TempDir Path dir) throws Exception {
        // Given
        ConfigDir config = ConfigDir.create(dir).write("feeds/one.xml", "old");

        // When
        config.write("feeds/one.xml", "new");

        // Then
        assertEquals("new", Files.readString(dir.resolve("feeds/one.xml")));
    }
}
