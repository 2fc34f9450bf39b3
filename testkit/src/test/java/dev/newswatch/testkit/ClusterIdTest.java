package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClusterIdTest {

    @Test
    void shouldNeverStartAClusterIdWithADashThatTheStorageToolReadsAsAnOption() {
        // Given: a plain base64 id starts with '-' once in 64 draws, so 10,000 draws would meet it about 156 times
        int draws = 10_000;

        // When / Then
        for (int i = 0; i < draws; i++) {
            String id = ProcessKafkaCluster.newClusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id).length, id);
        }
    }
}
