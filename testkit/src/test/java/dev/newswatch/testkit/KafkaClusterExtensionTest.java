package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class KafkaClusterExtensionTest {

    /** What the fake cluster and the tests using it did, in order. */
    static final List<String> EVENTS = new ArrayList<>();

    /** The data directory the last fake cluster was given. */
    static Path lastDataDir;

    /** A cluster that only records its lifecycle and writes a file into its data directory. */
    static final class FakeCluster implements KafkaCluster {

        private final Path dataDir;

        FakeCluster(Path dataDir) {
            this.dataDir = dataDir;
            lastDataDir = dataDir;
            EVENTS.add("create " + (Files.isDirectory(dataDir) ? "in a directory" : "without a directory"));
        }

        @Override
        public void start() {
            try {
                Files.writeString(dataDir.resolve("meta.properties"), "node.id=1\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            EVENTS.add("start");
        }

        @Override
        public void stop() {
            EVENTS.add("stop");
        }

        @Override
        public String bootstrapServers() {
            return "127.0.0.1:" + dataDir.getFileName().toString().length();
        }
    }

    /** Run by the launcher below, not by surefire (a nested class). */
    static final class TwoTestsOnOneCluster {

        @RegisterExtension
        static final KafkaClusterExtension KAFKA = KafkaClusterExtension.using(FakeCluster::new);

        @Test
        void first() {
            EVENTS.add("test at " + KAFKA.bootstrapServers());
        }

        @Test
        void second() {
            EVENTS.add("test at " + KAFKA.bootstrapServers());
        }
    }

    @Test
    void shouldStartOneClusterBeforeTheTestsOfAClassAndStopItAfterThem() {
        // Given
        EVENTS.clear();

        // When the class with two tests runs
        TestExecutionSummary summary = run(TwoTestsOnOneCluster.class);

        // Then one cluster served both tests, started before and stopped after them
        assertEquals(2, summary.getTestsSucceededCount(), summary.getFailures().toString());
        String test = "test at 127.0.0.1:" + lastDataDir.getFileName().toString().length();
        assertEquals(List.of("create in a directory", "start", test, test, "stop"), EVENTS.subList(0, 5));
    }

    @Test
    void shouldRemoveTheDataDirectoryAfterTheClass() {
        // When
        TestExecutionSummary summary = run(TwoTestsOnOneCluster.class);

        // Then the directory the cluster wrote into is gone
        assertEquals(2, summary.getTestsSucceededCount(), summary.getFailures().toString());
        assertTrue(lastDataDir.getFileName().toString().startsWith("newswatch-kafka-"), lastDataDir.toString());
        assertFalse(Files.exists(lastDataDir), lastDataDir + " left behind");
    }

    @Test
    void shouldExplainHowToRegisterItWhenUsedOutsideItsClass() {
        // Given an extension no test class registered
        EVENTS.clear();
        KafkaClusterExtension unused = KafkaClusterExtension.using(FakeCluster::new);

        // When / Then
        IllegalStateException e = assertThrows(IllegalStateException.class, unused::bootstrapServers);
        assertTrue(e.getMessage().contains("@RegisterExtension"), e.getMessage());
        assertEquals(List.of(), EVENTS, "no cluster is created before a test class starts");
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass)).build(), listener);
        return listener.getSummary();
    }
}
