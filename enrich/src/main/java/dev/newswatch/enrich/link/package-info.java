/**
 * Entity linking: the {@link dev.newswatch.enrich.link.EntityCatalog} that reads {@code config/entities/}
 * and the {@link dev.newswatch.enrich.link.EntityLinker}, an immutable snapshot of the entity table that
 * finds entity names in normalised article text (leftmost-longest, exact case for names that are ordinary
 * words, context cues for the most generic ones) and reports them with original offsets.
 */
package dev.newswatch.enrich.link;
