package dev.newswatch.core.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TopicCheck#compare}: which differences between the cluster and the catalogue stop a stage. */
class TopicCheckTest {

    private static final Topics TOPICS = new Topics("t.", Map.of());
    private static final List<Topic<?, ?>> USED = List.of(TOPICS.articles, TOPICS.subscriptions);

    @Test
    void shouldFindNothingWhenTheClusterHasTheCatalogueLayout() {
        Map<String, TopicCheck.Layout> actual = Map.of(
                TOPICS.articles.name(), new TopicCheck.Layout(3, 3, 2, "delete"),
                TOPICS.subscriptions.name(), new TopicCheck.Layout(1, 3, 2, "compact"));

        assertEquals(List.of(), TopicCheck.compare(USED, actual, 3, 2));
    }

    @Test
    void shouldRefuseATableTopicThatIsNotCompacted() {
        Map<String, TopicCheck.Layout> actual = layout(TOPICS.subscriptions.name(), new TopicCheck.Layout(1, 3, 2, "delete"));

        List<TopicCheck.Difference> found = TopicCheck.compare(USED, actual, 3, 2);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).fatal());
        assertEquals("cleanup.policy", found.get(0).what());
        assertEquals("topic t.subscriptions: cleanup.policy is delete, expected compact (a table topic must keep the "
                + "latest value of every key; retention would delete entries and lose feeds, subscriptions, deal state "
                + "or the delivery ledger)", found.get(0).toString());
    }

    @Test
    void shouldRefuseATableTopicThatAlsoDeletes() {
        Map<String, TopicCheck.Layout> actual = layout(TOPICS.subscriptions.name(),
                new TopicCheck.Layout(1, 3, 2, "compact,delete"));

        assertTrue(TopicCheck.compare(USED, actual, 3, 2).get(0).fatal());
    }

    @Test
    void shouldRefuseMoreInSyncReplicasThanReplicas() {
        Map<String, TopicCheck.Layout> actual = layout(TOPICS.articles.name(), new TopicCheck.Layout(3, 1, 2, "delete"));

        List<TopicCheck.Difference> found = TopicCheck.compare(USED, actual, 1, 1);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).fatal());
        assertEquals("min.insync.replicas", found.get(0).what());
    }

    @Test
    void shouldRefuseAMissingTopic() {
        List<TopicCheck.Difference> found = TopicCheck.compare(List.of(TOPICS.articles), Map.of(), 3, 2);

        assertEquals(List.of("exists"), found.stream().map(TopicCheck.Difference::what).toList());
        assertTrue(found.get(0).fatal());
    }

    @Test
    void shouldOnlyWarnAboutFewerReplicasLowerMinIsrOtherPartitionsAndACompactedEventTopic() {
        // Given an articles topic made by hand: 6 partitions, 1 replica, min ISR 1, compacted
        Map<String, TopicCheck.Layout> actual = layout(TOPICS.articles.name(), new TopicCheck.Layout(6, 1, 1, "compact"));

        // When checked against replication 3, min ISR 2
        List<TopicCheck.Difference> found = TopicCheck.compare(USED, actual, 3, 2);

        // Then four warnings, none fatal
        assertEquals(List.of("cleanup.policy", "partitions", "min.insync.replicas", "replication factor"),
                found.stream().map(TopicCheck.Difference::what).toList());
        assertTrue(found.stream().noneMatch(TopicCheck.Difference::fatal), found.toString());
    }

    /** {@code name} with {@code layout}, every other used topic as the catalogue wants it. */
    private static Map<String, TopicCheck.Layout> layout(String name, TopicCheck.Layout layout) {
        Map<String, TopicCheck.Layout> all = new HashMap<>();
        all.put(TOPICS.articles.name(), new TopicCheck.Layout(3, 3, 2, "delete"));
        all.put(TOPICS.subscriptions.name(), new TopicCheck.Layout(1, 3, 2, "compact"));
        all.put(name, layout);
        return all;
    }
}
