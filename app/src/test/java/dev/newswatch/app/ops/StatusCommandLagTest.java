package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Consumer lag in {@code newswatch status}: transaction markers after the committed offset are not records. */
class StatusCommandLagTest {

    private static final TopicPartition ALERTS_0 = new TopicPartition("nw.alerts", 0);

    // Offsets 90..99 were read back; 92, 95 and 99 are commit markers, the others records.
    private static final StatusCollector.Tails TAILS = new StatusCollector.Tails(Map.of(), Map.of(ALERTS_0, 90L),
            Map.of(ALERTS_0, List.of(90L, 91L, 93L, 94L, 96L, 97L, 98L)));

    @Test
    void shouldShowNoLagWhenOnlyACommitMarkerFollowsTheCommittedOffset() {
        // A consumer that read up to record 98 commits 99, the marker before the end offset 100
        assertEquals(0, TAILS.lag(ALERTS_0, 99, 100));
    }

    @Test
    void shouldCountOnlyTheRecordsAfterTheCommittedOffsetWithinTheTail() {
        assertEquals(3, TAILS.lag(ALERTS_0, 95, 100));
        assertEquals(7, TAILS.lag(ALERTS_0, 90, 100));
    }

    @Test
    void shouldFallBackToOffsetsBeforeTheTailOrOnAnotherPartition() {
        // Further back than the tail read, markers cannot be told apart: the offsets are the estimate
        assertEquals(20, TAILS.lag(ALERTS_0, 80, 100));
        assertEquals(12, TAILS.lag(new TopicPartition("nw.enrich-deal-reports-by-party-repartition", 0), 30, 42));
    }
}
