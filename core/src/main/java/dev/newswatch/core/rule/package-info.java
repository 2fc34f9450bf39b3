/**
 * Subscription rules: the {@code query} of a subscription, a boolean expression over an alert's article and
 * deal, parsed into a {@link dev.newswatch.core.rule.Rule} tree by {@link dev.newswatch.core.rule.RuleParser}.
 * It lives in core so that a bad query stops the configuration loader and the CLI with its position; the alerts
 * stage evaluates the tree.
 */
package dev.newswatch.core.rule;
