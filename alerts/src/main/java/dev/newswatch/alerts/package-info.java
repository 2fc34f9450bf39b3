/**
 * The alerts stage: {@link dev.newswatch.alerts.AlertService} reads the alerts topic and delivers each alert
 * to the subscriptions that want it ({@link dev.newswatch.alerts.SubscriptionFilter}), through
 * {@link dev.newswatch.alerts.Channels} (packages {@code webhook}, {@code mail}), recording every step in the
 * delivery ledger ({@link dev.newswatch.alerts.DeliveryRules}).
 */
package dev.newswatch.alerts;
