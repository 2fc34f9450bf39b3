/**
 * Text normalisation done once per article before any matching: lower case with {@code Locale.ROOT}, no
 * diacritics, ASCII quotes, dashes and spaces, with a character-by-character map back to the original
 * text so matches are reported with original offsets and surfaces. Matching code never lowercases again.
 */
package dev.newswatch.enrich.text;
