package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoPathsTest {

    private String property;

    @BeforeEach
    void rememberProperty() {
        property = System.getProperty(RepoPaths.ROOT_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (property == null) {
            System.clearProperty(RepoPaths.ROOT_PROPERTY);
        } else {
            System.setProperty(RepoPaths.ROOT_PROPERTY, property);
        }
    }

    @Test
    void shouldFindTheRepositoryWithItsShippedConfig() {
        // When
        Path root = RepoPaths.root();

        // Then
        assertTrue(Files.isRegularFile(root.resolve("config/newswatch.yml")), root.toString());
        assertTrue(Files.isRegularFile(root.resolve("testkit/pom.xml")), root.toString());
        assertEquals(root.resolve("config"), RepoPaths.config());
        assertEquals(root.resolve("config/taxonomy.yml"), RepoPaths.resolve("config/taxonomy.yml"));
    }

    @Test
    void shouldWalkUpFromTheWorkingDirectoryWhenThePropertyPointsElsewhere(@TempDir Path elsewhere) {
        // Given a property naming a directory without config/newswatch.yml (surefire runs in testkit/)
        Path expected = RepoPaths.root();
        System.setProperty(RepoPaths.ROOT_PROPERTY, elsewhere.toString());

        // When / Then
        assertEquals(expected, RepoPaths.root());
    }

    @Test
    void shouldFindSharedDataBesideTheRepositoryOrNothing(@TempDir Path dir) throws Exception {
        // Given a repository with a shared directory beside it
        Path repo = Files.createDirectories(dir.resolve("repo/config"));
        Files.writeString(repo.resolve("newswatch.yml"), "");
        Path samples = Files.createDirectories(dir.resolve("shared/samples"));
        System.setProperty(RepoPaths.ROOT_PROPERTY, repo.getParent().toString());

        // When / Then
        assertEquals(samples, RepoPaths.shared("samples").orElseThrow());
        assertTrue(RepoPaths.shared("no-such-data-" + System.nanoTime()).isEmpty());
    }

    @Test
    void shouldIgnoreABlankProperty() {
        // Given
        Path expected = RepoPaths.root();
        System.setProperty(RepoPaths.ROOT_PROPERTY, " ");

        // When / Then
        assertEquals(expected, RepoPaths.root());
    }
}
