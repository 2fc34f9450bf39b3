/**
 * The picocli subcommands of {@code newswatch}: small callables sharing the {@link dev.newswatch.app.cli.ConfigOption}
 * and {@link dev.newswatch.app.cli.KafkaOptions} mixins, with {@link dev.newswatch.app.cli.ExitCodes} mapping every
 * failure to a documented exit code and a one-line message.
 */
package dev.newswatch.app.cli;
