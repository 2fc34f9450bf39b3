/**
 * The ingest stage: polls RSS and Atom feeds politely and produces each new article to Kafka exactly once.
 * {@link dev.newswatch.ingest.IngestService} owns the Kafka side; {@link dev.newswatch.ingest.FeedReader}
 * reads one feed (packages {@code fetch}, {@code parse}, {@code normalize}); {@link
 * dev.newswatch.ingest.FeedUpdatePlanner} and {@link dev.newswatch.ingest.PollPolicy} are the pure rules of
 * what is new and when to poll again.
 */
package dev.newswatch.ingest;
