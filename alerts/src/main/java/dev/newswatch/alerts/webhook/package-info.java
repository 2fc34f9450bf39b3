/**
 * Signed webhook delivery (Standard Webhooks v1): signing and verifying
 * ({@link dev.newswatch.alerts.webhook.WebhookSigner}); the HTTP sender and its classification of answers
 * ({@link dev.newswatch.alerts.webhook.HttpWebhookSender}), which asks the core {@code NetworkPolicy}
 * about every resolved address so webhooks stay off private networks; and the receiver-side check
 * behind {@code newswatch webhook verify} ({@link dev.newswatch.alerts.webhook.WebhookVerifier}).
 *
 * <p>Secrets are {@code whsec_} followed by base64 of the key; they never appear in messages, logs or
 * {@code toString()}.
 */
package dev.newswatch.alerts.webhook;
