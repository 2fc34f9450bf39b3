/**
 * The seam between the alerter and its delivery channels: the channel-neutral view of an alert
 * ({@link dev.newswatch.alerts.channel.AlertView}), the rendered message
 * ({@link dev.newswatch.alerts.channel.Notification}), the channel interfaces
 * ({@link dev.newswatch.alerts.channel.WebhookSender}, {@link dev.newswatch.alerts.channel.Mailer}), their
 * outcome ({@link dev.newswatch.alerts.channel.DeliveryResult}) and the retry policy
 * ({@link dev.newswatch.alerts.channel.RetrySchedule}).
 *
 * <p>Every string that came from a feed is untrusted: the renderer escapes it for HTML, flattens it to
 * one line where a line is expected and leaves JSON escaping to Jackson. Channels never throw for I/O;
 * they report a {@code DeliveryResult} and the caller (the ledger) decides when to try again.
 */
package dev.newswatch.alerts.channel;
