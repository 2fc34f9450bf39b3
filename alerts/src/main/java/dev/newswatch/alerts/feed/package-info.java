/**
 * Alerts as a feed: the delivered alerts of each {@code channel: feed} subscription, newest first, kept from the
 * delivery ledger ({@link dev.newswatch.alerts.feed.AlertFeedStore}), rendered as Atom 1.0 and JSON Feed 1.1
 * ({@link dev.newswatch.alerts.feed.AlertFeedRenderer}) and served to whoever presents the subscription's
 * feed token ({@link dev.newswatch.alerts.feed.AlertFeedHandler}).
 */
package dev.newswatch.alerts.feed;
