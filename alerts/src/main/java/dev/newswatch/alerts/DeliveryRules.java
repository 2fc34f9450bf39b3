package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The pure state transitions of a delivery: what one send attempt's result makes of it, and when a digest is
 * due. Pending or failed → delivered, failed (with the next attempt from the retry schedule, Retry-After
 * honoured) or dead (permanent failure, or no attempt left within the horizon). An
 * {@linkplain DeliveryResult.Retryable#ambiguous ambiguous} attempt (the receiver may have the message) is retried
 * once; when the attempt after it is ambiguous too, the delivery is dead rather than sent a third time. Stateless.
 */
public final class DeliveryRules {

    /** How the last error of an ambiguous attempt begins, so that the next attempt knows it followed one. */
    public static final String AMBIGUOUS = "ambiguous: ";

    private DeliveryRules() {
    }

    public static Delivery afterAttempt(Delivery d, DeliveryResult result, RetrySchedule schedule, Instant now) {
        int attempts = d.attempts() + 1;
        Instant first = d.firstAttempt() != null ? d.firstAttempt() : now;
        if (result instanceof DeliveryResult.Delivered) {
            return d.with(Delivery.DELIVERED, attempts, first, null, null, now);
        }
        if (result instanceof DeliveryResult.Retryable retry && retry.ambiguous()) {
            if (d.lastError() != null && d.lastError().startsWith(AMBIGUOUS)) {
                return d.with(Delivery.DEAD, attempts, first, null, AMBIGUOUS + "no reply to this attempt either, "
                        + "not sent again (it may have been delivered): " + retry.reason(), now);
            }
            Optional<Instant> next = schedule.nextAttempt(attempts, first, now, null);
            String state = Delivery.DIGEST.equals(d.state()) ? Delivery.DIGEST : Delivery.FAILED;
            return next.map(at -> d.with(state, attempts, first, at, AMBIGUOUS + retry.reason(), now))
                    .orElseGet(() -> d.with(Delivery.DEAD, attempts, first, null,
                            AMBIGUOUS + "no attempt left within the retry horizon: " + retry.reason(), now));
        }
        if (result instanceof DeliveryResult.Retryable retry) {
            Optional<Instant> next = schedule.nextAttempt(attempts, first, now, retry.retryAfter());
            if (next.isEmpty()) {
                return d.with(Delivery.DEAD, attempts, first, null,
                        "gave up after " + attempts + " attempts: " + retry.reason(), now);
            }
            String state = Delivery.DIGEST.equals(d.state()) ? Delivery.DIGEST : Delivery.FAILED;
            return d.with(state, attempts, first, next.get(), retry.reason(), now);
        }
        DeliveryResult.Permanent permanent = (DeliveryResult.Permanent) result;
        return d.with(Delivery.DEAD, attempts, first, null, permanent.reason(), now);
    }

    /** When the digest that collects an alert arriving at {@code now} goes out: the end of the hour or the day (UTC). */
    public static Instant digestDue(String period, Instant now) {
        return digestDue(period, 0, DayOfWeek.MONDAY, ZoneOffset.UTC, now);
    }

    /**
     * When the digest of {@code s} that collects an alert arriving at {@code now} goes out: the end of the hour
     * (hourly), the next {@code digest-hour}:00 (daily), or the next {@code digest-day} at that hour (weekly), in the
     * subscription's time zone; always after {@code now}.
     */
    public static Instant digestDue(Subscription s, Instant now) {
        return digestDue(s.digest(), s.digestHour(), DayOfWeek.valueOf(s.digestDay().toUpperCase(Locale.ROOT)),
                ZoneId.of(s.timeZone()), now);
    }

    /**
     * The next digest time after {@code now}. A wall-clock hour that a daylight-saving change skips is moved forward
     * by the gap (02:00 becomes 03:00); one that happens twice counts its first occurrence.
     */
    static Instant digestDue(String period, int hour, DayOfWeek day, ZoneId zone, Instant now) {
        if ("hourly".equals(period)) {
            return now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        }
        LocalDate date = now.atZone(zone).toLocalDate();
        if ("weekly".equals(period)) {
            date = date.with(TemporalAdjusters.nextOrSame(day));
        }
        Instant due = ZonedDateTime.of(date, LocalTime.of(hour, 0), zone).toInstant();
        while (!due.isAfter(now)) {
            date = date.plusDays("weekly".equals(period) ? 7 : 1);
            due = ZonedDateTime.of(date, LocalTime.of(hour, 0), zone).toInstant();
        }
        return due;
    }

    /** When alerts folded by the rate cap go out: at the start of the next minute. */
    public static Instant foldDue(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    }
}
