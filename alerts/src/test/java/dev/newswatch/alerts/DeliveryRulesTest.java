package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.testkit.FixedRandom;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The state transitions of one delivery after a send attempt, and when digests and folded alerts are due. */
class DeliveryRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    /** Always draws the largest delay allowed: after attempt n the delay is the schedule's ceiling. */
    private static final RandomGenerator HIGHEST = FixedRandom.highest();

    /** Always draws zero: no delay unless the receiver asks for one. */
    private static final RandomGenerator LOWEST = FixedRandom.lowest();

    private static final RetrySchedule SCHEDULE = new RetrySchedule(HIGHEST);

    // ---- afterAttempt ----

    @Test
    void shouldMarkAFirstAttemptDeliveredWithItsTimes() {
        // Given a pending delivery never tried
        Delivery pending = delivery(Delivery.PENDING, 0, null);

        // When the receiver accepts it
        Delivery next = DeliveryRules.afterAttempt(pending, new DeliveryResult.Delivered("HTTP 204"), SCHEDULE, NOW);

        // Then it is delivered, first and last attempt now, no error and nothing scheduled
        assertEquals(Delivery.DELIVERED, next.state());
        assertEquals(1, next.attempts());
        assertEquals(NOW, next.firstAttempt());
        assertNull(next.nextAttempt());
        assertNull(next.lastError());
        assertEquals(NOW, next.updatedAt());
        assertTrue(next.terminal());
        assertEquals(pending.deliveryId(), next.deliveryId(), "the id (webhook-id, Message-ID) never changes");
    }

    @Test
    void shouldKeepTheFirstAttemptTimeWhenALaterAttemptSucceeds() {
        // Given a delivery that failed twice, first at 09:00
        Instant first = Instant.parse("2026-11-26T09:00:00Z");
        Delivery failed = delivery(Delivery.FAILED, 2, first);

        Delivery next = DeliveryRules.afterAttempt(failed, new DeliveryResult.Delivered("250 OK"), SCHEDULE, NOW);

        assertEquals(Delivery.DELIVERED, next.state());
        assertEquals(3, next.attempts());
        assertEquals(first, next.firstAttempt());
    }

    @Test
    void shouldScheduleTheNextAttemptWhenARetryableFailureHappens() {
        // Given a pending delivery whose first attempt times out
        Delivery pending = delivery(Delivery.PENDING, 0, null);

        Delivery next = DeliveryRules.afterAttempt(pending,
                new DeliveryResult.Retryable("https://example.com/hook: timed out after 10 s"), SCHEDULE, NOW);

        // Then it is failed with the next attempt after the first ceiling (30 s with the highest jitter)
        assertEquals(Delivery.FAILED, next.state());
        assertEquals(1, next.attempts());
        assertEquals(NOW, next.firstAttempt());
        assertEquals(NOW.plusSeconds(30), next.nextAttempt());
        assertEquals("https://example.com/hook: timed out after 10 s", next.lastError());
        assertFalse(next.terminal());
    }

    @Test
    void shouldGrowTheDelayWithTheNumberOfAttempts() {
        // Given a delivery already tried three times
        Delivery failed = delivery(Delivery.FAILED, 3, NOW.minusSeconds(600));

        Delivery next = DeliveryRules.afterAttempt(failed, new DeliveryResult.Retryable("HTTP 503"), SCHEDULE, NOW);

        // Then after attempt 4 the ceiling is 30 s * 2^3 = 4 min
        assertEquals(4, next.attempts());
        assertEquals(NOW.plus(Duration.ofMinutes(4)), next.nextAttempt());
    }

    @Test
    void shouldHonourRetryAfterAsTheEarliestNextAttempt() {
        // Given no jitter, and a receiver answering 429 with Retry-After: 300
        RetrySchedule noJitter = new RetrySchedule(LOWEST);
        Delivery pending = delivery(Delivery.PENDING, 0, null);

        Delivery next = DeliveryRules.afterAttempt(pending,
                new DeliveryResult.Retryable("HTTP 429 Too Many Requests", Duration.ofSeconds(300)), noJitter, NOW);

        assertEquals(Delivery.FAILED, next.state());
        assertEquals(NOW.plusSeconds(300), next.nextAttempt());
    }

    @Test
    void shouldGiveUpWhenTheNextAttemptWouldFallBeyondTheHorizon() {
        // Given a delivery first tried 23 h 59 m 50 s ago: 10 s left of the 24 h horizon, the next delay is 30 s+
        Instant first = NOW.minus(Duration.ofHours(24)).plusSeconds(10);
        Delivery failed = delivery(Delivery.FAILED, 7, first);

        Delivery next = DeliveryRules.afterAttempt(failed, new DeliveryResult.Retryable("connection refused"), SCHEDULE,
                NOW);

        // Then it is dead, says how many attempts were made and why the last failed
        assertEquals(Delivery.DEAD, next.state());
        assertEquals(8, next.attempts());
        assertNull(next.nextAttempt());
        assertEquals("gave up after 8 attempts: connection refused", next.lastError());
        assertEquals(first, next.firstAttempt());
    }

    @Test
    void shouldGiveUpWhenRetryAfterAsksForLongerThanTheHorizonLeaves() {
        // Given an hour left of the horizon and a receiver asking for two
        RetrySchedule noJitter = new RetrySchedule(LOWEST);
        Delivery failed = delivery(Delivery.FAILED, 1, NOW.minus(Duration.ofHours(23)));

        Delivery next = DeliveryRules.afterAttempt(failed,
                new DeliveryResult.Retryable("HTTP 503", Duration.ofHours(2)), noJitter, NOW);

        assertEquals(Delivery.DEAD, next.state());
        assertEquals("gave up after 2 attempts: HTTP 503", next.lastError());
    }

    @Test
    void shouldRetryAnAmbiguousAttemptOnceAndThenNoMore() {
        // Given a pending delivery whose SMTP server took the whole mail and closed without a reply
        Delivery pending = delivery(Delivery.PENDING, 0, null);
        DeliveryResult noReply = DeliveryResult.Retryable.ambiguous("no reply after the final dot");

        // When that happens on the first attempt, and again on the retry
        Delivery afterFirst = DeliveryRules.afterAttempt(pending, noReply, SCHEDULE, NOW);
        Delivery afterSecond = DeliveryRules.afterAttempt(afterFirst, noReply, SCHEDULE, NOW.plusSeconds(30));

        // Then the first is retried, marked ambiguous, and the second is dead: no third copy is sent
        assertEquals(Delivery.FAILED, afterFirst.state());
        assertEquals(DeliveryRules.AMBIGUOUS + "no reply after the final dot", afterFirst.lastError());
        assertTrue(afterFirst.nextAttempt() != null && afterFirst.nextAttempt().isAfter(NOW), afterFirst.toString());
        assertEquals(Delivery.DEAD, afterSecond.state());
        assertEquals(2, afterSecond.attempts());
        assertTrue(afterSecond.lastError().startsWith(DeliveryRules.AMBIGUOUS + "no reply to this attempt either"),
                afterSecond.lastError());
    }

    @Test
    void shouldDeliverAnAmbiguousDeliveryWhoseRetryIsAccepted() {
        Delivery ambiguous = DeliveryRules.afterAttempt(delivery(Delivery.PENDING, 0, null),
                DeliveryResult.Retryable.ambiguous("no reply after the final dot"), SCHEDULE, NOW);

        Delivery next = DeliveryRules.afterAttempt(ambiguous, new DeliveryResult.Delivered("250 queued"), SCHEDULE,
                NOW.plusSeconds(30));

        assertEquals(Delivery.DELIVERED, next.state());
        assertEquals(2, next.attempts());
        assertEquals(ambiguous.deliveryId(), next.deliveryId(), "the retry carries the same Message-ID");
    }

    @Test
    void shouldMarkDeadAtOnceOnAPermanentFailure() {
        // Given a first attempt answered 400 Bad Request
        Delivery pending = delivery(Delivery.PENDING, 0, null);

        Delivery next = DeliveryRules.afterAttempt(pending,
                new DeliveryResult.Permanent("HTTP 400 Bad Request from https://example.com/hook"), SCHEDULE, NOW);

        assertEquals(Delivery.DEAD, next.state());
        assertEquals(1, next.attempts());
        assertNull(next.nextAttempt());
        assertEquals("HTTP 400 Bad Request from https://example.com/hook", next.lastError());
        assertTrue(next.terminal());
    }

    @Test
    void shouldMarkDeadOnGoneToo() {
        // The subscription is disabled by the service; the delivery itself is simply dead.
        Delivery pending = delivery(Delivery.PENDING, 0, null);

        Delivery next = DeliveryRules.afterAttempt(pending,
                new DeliveryResult.Permanent("HTTP 410 Gone", true), SCHEDULE, NOW);

        assertEquals(Delivery.DEAD, next.state());
        assertEquals("HTTP 410 Gone", next.lastError());
    }

    @Test
    void shouldKeepADigestDeliveryInTheDigestStateWhenItsDigestFailsRetryably() {
        // Given a delivery waiting in a digest, and the digest mail failing with SMTP 451
        Delivery inDigest = delivery(Delivery.DIGEST, 0, null);

        Delivery next = DeliveryRules.afterAttempt(inDigest, new DeliveryResult.Retryable("SMTP 451 try again later"),
                SCHEDULE, NOW);

        // Then it stays a digest delivery (retried as part of the next digest), with the next attempt set
        assertEquals(Delivery.DIGEST, next.state());
        assertEquals(1, next.attempts());
        assertEquals(NOW.plusSeconds(30), next.nextAttempt());
        assertEquals("SMTP 451 try again later", next.lastError());
    }

    @Test
    void shouldMarkADigestDeliveryDeliveredWhenItsDigestGoesOut() {
        Delivery inDigest = delivery(Delivery.DIGEST, 0, null);

        Delivery next = DeliveryRules.afterAttempt(inDigest, new DeliveryResult.Delivered("250 OK"), SCHEDULE, NOW);

        assertEquals(Delivery.DELIVERED, next.state());
    }

    // ---- digestDue and foldDue ----

    @Test
    void shouldSendAnHourlyDigestAtTheNextFullHour() {
        assertEquals(Instant.parse("2026-11-26T11:00:00Z"), DeliveryRules.digestDue("hourly", NOW));
        assertEquals(Instant.parse("2026-11-26T11:00:00Z"),
                DeliveryRules.digestDue("hourly", Instant.parse("2026-11-26T10:59:59.999Z")));
        // An alert arriving exactly on the hour waits for the next one, not zero seconds.
        assertEquals(Instant.parse("2026-11-26T11:00:00Z"),
                DeliveryRules.digestDue("hourly", Instant.parse("2026-11-26T10:00:00Z")));
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"),
                DeliveryRules.digestDue("hourly", Instant.parse("2026-11-26T23:30:00Z")));
    }

    @Test
    void shouldSendADailyDigestAtTheNextMidnightUtc() {
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"), DeliveryRules.digestDue("daily", NOW));
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"),
                DeliveryRules.digestDue("daily", Instant.parse("2026-11-26T23:59:59.999Z")));
        assertEquals(Instant.parse("2026-11-28T00:00:00Z"),
                DeliveryRules.digestDue("daily", Instant.parse("2026-11-27T00:00:00Z")));
        // Across a month and a year end
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"),
                DeliveryRules.digestDue("daily", Instant.parse("2026-12-31T18:00:00Z")));
    }

    @Test
    void shouldSendADailyDigestAtTheSubscribersHourInTheirTimeZone() {
        // 08:00 in Paris is 07:00 UTC in winter
        Subscription paris = digest("daily", 8, null, "Europe/Paris");
        assertEquals(Instant.parse("2026-11-27T07:00:00Z"), DeliveryRules.digestDue(paris, NOW));
        assertEquals(Instant.parse("2026-11-26T07:00:00Z"),
                DeliveryRules.digestDue(paris, Instant.parse("2026-11-26T06:59:59Z")));
        // An alert arriving exactly at the hour waits for the next day
        assertEquals(Instant.parse("2026-11-27T07:00:00Z"),
                DeliveryRules.digestDue(paris, Instant.parse("2026-11-26T07:00:00Z")));
        // In summer the same 08:00 is 06:00 UTC
        assertEquals(Instant.parse("2026-07-02T06:00:00Z"),
                DeliveryRules.digestDue(paris, Instant.parse("2026-07-01T09:00:00Z")));
    }

    @Test
    void shouldMoveADigestHourThatDaylightSavingSkipsForwardByTheGap() {
        // Paris skips 02:00-03:00 on 2026-03-29: the 02:00 digest goes at 03:00 CEST, 01:00 UTC
        Subscription paris = digest("daily", 2, null, "Europe/Paris");
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"),
                DeliveryRules.digestDue(paris, Instant.parse("2026-03-28T12:00:00Z")));
        assertEquals(Instant.parse("2026-03-30T00:00:00Z"),
                DeliveryRules.digestDue(paris, Instant.parse("2026-03-29T01:00:00Z")));
    }

    @Test
    void shouldSendAWeeklyDigestOnTheSubscribersDayAndHour() {
        // Friday 17:00 in New York (EST, UTC-5) is 22:00 UTC; NOW is Thursday 2026-11-26
        Subscription newYork = digest("weekly", 17, "friday", "America/New_York");
        assertEquals(Instant.parse("2026-11-27T22:00:00Z"), DeliveryRules.digestDue(newYork, NOW));
        // On Friday after 17:00 it is a week later
        assertEquals(Instant.parse("2026-12-04T22:00:00Z"),
                DeliveryRules.digestDue(newYork, Instant.parse("2026-11-27T22:00:00Z")));
        // Defaults: Monday 00:00 UTC
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"),
                DeliveryRules.digestDue(digest("weekly", null, null, null), NOW));
        // The zone decides the day: Monday 06:00 in Tokyo is Sunday 21:00 UTC
        assertEquals(Instant.parse("2026-11-29T21:00:00Z"),
                DeliveryRules.digestDue(digest("weekly", 6, "monday", "Asia/Tokyo"), NOW));
    }

    @Test
    void shouldFoldAlertsBeyondTheRateCapIntoTheNextMinute() {
        assertEquals(Instant.parse("2026-11-26T10:16:00Z"), DeliveryRules.foldDue(NOW));
        assertEquals(Instant.parse("2026-11-26T10:16:00Z"), DeliveryRules.foldDue(Instant.parse("2026-11-26T10:15:00Z")));
        assertEquals(Instant.parse("2026-11-26T11:00:00Z"),
                DeliveryRules.foldDue(Instant.parse("2026-11-26T10:59:59.500Z")));
    }

    // ---- fixtures ----

    private static Subscription digest(String period, Integer hour, String day, String zone) {
        return new Subscription("digest-sub", Subscription.EMAIL, null, null, null, "analyst@example.com", "digest",
                period, null, null, null, null, null, null, 0, false, null, null, null, null, null, hour, day, zone);
    }

    private static Delivery delivery(String state, int attempts, Instant firstAttempt) {
        Deal deal = new Deal(Party.of("amazon", "Amazon"), Party.of("openai", "OpenAI"), new BigDecimal("10000000000"),
                null, "USD", new BigDecimal("10000000000"), Qualifier.MORE_THAN, DealType.INVESTMENT, DealStage.IN_TALKS,
                "Amazon in talks to invest more than $10 billion in OpenAI.", 0, 58);
        TrackedDeal tracked = new TrackedDeal("deal-amazon-openai", deal, List.of("ai-funding"), List.of(), NOW, NOW, 1,
                "new");
        Alert alert = new Alert("deal-amazon-openai-v1", Alert.NEW, tracked, NOW);
        return new Delivery("dlv-0123456789abcdef", "analyst-webhook", alert, state, attempts, firstAttempt,
                firstAttempt == null ? NOW : null, null, firstAttempt == null ? NOW : firstAttempt, 2);
    }
}
