/**
 * Loading and validating {@code config/*.yml}. Every setting is typed, has a default and a range, and an
 * invalid file fails fast with a {@link dev.newswatch.core.config.ConfigException} naming the file, the key
 * and the reason.
 */
package dev.newswatch.core.config;
