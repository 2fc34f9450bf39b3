/**
 * Polite, safe fetching of feed URLs: {@link dev.newswatch.ingest.fetch.FeedFetcher} sends conditional
 * requests with an identifying User-Agent, follows redirects by hand under the
 * {@link dev.newswatch.core.net.NetworkPolicy}, decompresses gzip and deflate itself under a size cap, holds
 * every fetch to a total deadline, and reports the outcome as a {@link dev.newswatch.ingest.fetch.FetchResult}
 * (fetched, not modified, or failed with a one-line reason and whether a retry may help). It also reads
 * {@code file:} URLs under the policy's allowed roots.
 */
package dev.newswatch.ingest.fetch;
