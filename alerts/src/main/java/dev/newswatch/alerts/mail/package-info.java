/**
 * Email delivery over SMTP with Eclipse Angus Mail (Jakarta Mail): the validated server settings
 * ({@link dev.newswatch.alerts.mail.SmtpSettings}) and the mailer
 * ({@link dev.newswatch.alerts.mail.SmtpMailer}) that sends one alert or a digest as a
 * multipart/alternative message with a deterministic Message-ID and RFC 8058 one-click unsubscribe
 * headers, and classifies SMTP replies as retryable (4xx, connection trouble) or permanent (5xx).
 */
package dev.newswatch.alerts.mail;
