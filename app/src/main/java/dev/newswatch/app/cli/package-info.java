/** The picocli subcommands of {@code newswatch}: small callables sharing {@link dev.newswatch.app.cli.CommonOptions}. */
package dev.newswatch.app.cli;
