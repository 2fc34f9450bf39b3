/**
 * Which network destinations Newswatch may contact: {@link dev.newswatch.core.net.NetworkPolicy} refuses
 * link-local and cloud metadata addresses always, private and other non-public ranges unless an allowed
 * {@link dev.newswatch.core.net.Cidr} covers them, and {@code file:} URLs outside the configured roots.
 * Every component that fetches a URL supplied by a user or a remote server checks it here first.
 * {@link dev.newswatch.core.net.DeadlineExecutor} and {@link dev.newswatch.core.net.DeadlineFilter} give reading each
 * request to an HTTP server of the JDK, and writing its answer, a deadline, so slow clients cannot hold its threads.
 */
package dev.newswatch.core.net;
