/** The {@code newswatch} command line entry point. */
package dev.newswatch.app;
