package dev.newswatch.core.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.serde.JsonSerde;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The topic catalogue: names, layout and lookup. */
class TopicsTest {

    @Test
    void shouldPrefixEveryTopicName() {
        Topics topics = new Topics("replay-7.", Map.of());

        for (Topic<?, ?> topic : topics.all()) {
            assertEquals("replay-7." + topic.alias(), topic.name());
        }
        assertEquals("replay-7.", topics.prefix());
        assertEquals("replay-7.articles", topics.articles.name());
    }

    @Test
    void shouldUseDefaultPrefixInDefaults() {
        Topics topics = Topics.defaults();

        assertEquals(Topics.DEFAULT_PREFIX, topics.prefix());
        assertEquals("newswatch.feed-status", topics.feedStatus.name());
    }

    @Test
    void shouldAllowEmptyPrefix() {
        assertEquals("feeds", new Topics("", Map.of()).feeds.name());
    }

    @Test
    void shouldHaveUniqueAliasesAndNames() {
        Topics topics = Topics.defaults();
        Set<String> aliases = new HashSet<>();
        Set<String> names = new HashSet<>();

        for (Topic<?, ?> topic : topics.all()) {
            assertTrue(aliases.add(topic.alias()), "duplicate alias " + topic.alias());
            assertTrue(names.add(topic.name()), "duplicate name " + topic.name());
        }
        assertTrue(aliases.containsAll(List.of("feeds", "feed-checkpoints", "feed-status", "articles")), aliases.toString());
    }

    @Test
    void shouldCompactTableTopics() {
        Topics topics = Topics.defaults();

        for (Topic<?, ?> table : List.of(topics.feeds, topics.feedCheckpoints, topics.feedStatus)) {
            assertTrue(table.compacted(), table.name() + " is a table");
            assertEquals("compact", table.configs().get("cleanup.policy"), table.name());
            assertFalse(table.configs().containsKey("retention.ms"), table.name() + " keeps no time retention");
        }
    }

    @Test
    void shouldKeepDeleteTopicsForeverSoReplaysSeeOldEvents() {
        Topics topics = Topics.defaults();

        for (Topic<?, ?> topic : topics.all()) {
            if (!topic.compacted()) {
                assertEquals("delete", topic.configs().get("cleanup.policy"), topic.name());
                assertEquals("-1", topic.configs().get("retention.ms"), topic.name());
            }
        }
        assertFalse(topics.articles.compacted());
        assertEquals("-1", topics.articles.configs().get("retention.ms"));
    }

    @Test
    void shouldTakePartitionsFromMapAndDefaultOtherwise() {
        Topics topics = new Topics("p.", Map.of("articles", 12, "feeds", 6));

        assertEquals(12, topics.articles.partitions());
        assertEquals(6, topics.feeds.partitions());
        assertEquals(Topics.DEFAULT_PARTITIONS, topics.feedStatus.partitions());
    }

    @Test
    void shouldPartitionCheckpointsLikeFeeds() {
        assertEquals(5, new Topics("p.", Map.of("feeds", 5)).feedCheckpoints.partitions());
        assertEquals(Topics.DEFAULT_PARTITIONS, Topics.defaults().feedCheckpoints.partitions());
    }

    @Test
    void shouldFindTopicByAliasAndByFullName() {
        Topics topics = new Topics("nw.", Map.of());

        assertSame(topics.articles, topics.find("articles").orElseThrow());
        assertSame(topics.articles, topics.find("nw.articles").orElseThrow());
        assertSame(topics.feedCheckpoints, topics.find("feed-checkpoints").orElseThrow());
        assertSame(topics.feedCheckpoints, topics.find("nw.feed-checkpoints").orElseThrow());
    }

    @Test
    void shouldFindNothingForUnknownOrOtherPrefix() {
        Topics topics = new Topics("nw.", Map.of());

        assertEquals(Optional.empty(), topics.find("artcles"));
        assertEquals(Optional.empty(), topics.find("newswatch.articles"));
    }

    @Test
    void shouldCarrySerdesOfTheRecordTypes() {
        Topics topics = Topics.defaults();

        assertEquals(FeedSpec.class, ((JsonSerde<?>) topics.feeds.valueSerde()).type());
        assertEquals(FeedCheckpoint.class, ((JsonSerde<?>) topics.feedCheckpoints.valueSerde()).type());
        assertEquals(FeedStatus.class, ((JsonSerde<?>) topics.feedStatus.valueSerde()).type());
        assertEquals(Article.class, ((JsonSerde<?>) topics.articles.valueSerde()).type());
    }
}
