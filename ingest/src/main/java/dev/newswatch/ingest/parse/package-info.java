/**
 * Turns the bytes of a fetched RSS or Atom document into {@link dev.newswatch.ingest.parse.ParsedFeed} values.
 *
 * <p>{@link dev.newswatch.ingest.parse.FeedParser} reads every document with ROME first (DOCTYPEs rejected,
 * external entities never loaded) and falls back to a tolerant jsoup XML reading that expands no DTD entity
 * when the document is not well-formed. Nothing here touches the network or the file system. What the items
 * mean (ids, canonical URLs, plain text, language) is decided later by {@code dev.newswatch.ingest.normalize}.
 */
package dev.newswatch.ingest.parse;
