/**
 * Category tagging: the {@link dev.newswatch.enrich.tag.Taxonomy} read from {@code config/taxonomy.yml}
 * (per-language weighted terms, shared required term groups, case-sensitive short terms) and the
 * {@link dev.newswatch.enrich.tag.CategoryTagger} that applies it to normalised article text in one pass.
 */
package dev.newswatch.enrich.tag;
