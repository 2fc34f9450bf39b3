package dev.newswatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.FeedStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The {@code push:} line that {@code feeds status} prints under a feed with a WebSub hub. */
class FeedsPushLineTest {

    @Test
    void shouldShowHubLeaseEndAndLastNotificationOfAnActiveSubscription() {
        FeedStatus.Push push = new FeedStatus.Push("subscribed", "https://hub.example/",
                Instant.parse("2026-12-11T12:00:00Z"), Instant.parse("2026-12-04T12:30:05Z"), null);
        assertEquals("push: subscribed at https://hub.example/, lease ends 12-11 12:00:00, last notification 12-04 12:30:05",
                FeedsCommand.push(push));
    }

    @Test
    void shouldSayWhyAFailedHubLeftTheFeedPolled() {
        FeedStatus.Push push = new FeedStatus.Push("failed", "https://hub.example/", Instant.parse("2026-12-11T12:00:00Z"),
                null, "the hub refused the subscription: HTTP 400");
        assertEquals("push: failed at https://hub.example/, last notification none; the hub refused the subscription: "
                + "HTTP 400 (polled at the normal interval)", FeedsCommand.push(push));
    }
}
