/**
 * OPML 2.0 feed lists: {@link dev.newswatch.ingest.opml.Opml} reads the subscription outlines of an OPML file
 * (nested or flat, as feed readers export them) and writes the feed list as OPML 2.0 that feed readers import.
 */
package dev.newswatch.ingest.opml;
