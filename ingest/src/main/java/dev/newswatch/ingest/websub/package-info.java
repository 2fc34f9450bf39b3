/**
 * WebSub (W3C Recommendation, 2018) push for feeds that name a hub: discovery of the hub and topic URLs, the
 * subscription's life (subscribe with a per-subscription secret, verification of intent, renewal before the lease
 * ends, unsubscribe, fallback to polling when the hub fails), the callback server, and the signature check of
 * every notification.
 *
 * <p>Accepted notifications are handed to a {@link dev.newswatch.ingest.websub.PushSink}; the ingester commits
 * them through the same transaction, dedup and checkpoint as a poll. Nothing here writes to Kafka.
 */
package dev.newswatch.ingest.websub;
