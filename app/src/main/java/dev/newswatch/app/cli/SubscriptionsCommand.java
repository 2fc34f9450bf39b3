package dev.newswatch.app.cli;

import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.app.backtest.AlertLine;
import dev.newswatch.app.backtest.AlertOutcome;
import dev.newswatch.app.backtest.ArchiveReader;
import dev.newswatch.app.backtest.BacktestEngine;
import dev.newswatch.app.backtest.BacktestResult;
import dev.newswatch.app.backtest.History;
import dev.newswatch.app.backtest.Progress;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Subscription;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch subscriptions add|remove|list}: the subscriptions topic, changed at runtime; and
 * {@code subscriptions test}: what a subscription would have been sent over an archive.
 */
@Command(name = "subscriptions", mixinStandardHelpOptions = true,
        description = "Manage subscriptions (the subscriptions topic); running alerters use changes within a second.",
        subcommands = {SubscriptionsCommand.Add.class, SubscriptionsCommand.Remove.class, SubscriptionsCommand.ListAll.class,
                SubscriptionsCommand.Test.class})
public final class SubscriptionsCommand {

    private static final TableCommand.Table<Subscription> SUBSCRIPTIONS = new TableCommand.Table<>("subscription",
            "subscriptions", "no subscription %s", SubscriptionRegistry::new);

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a subscription, or replace the one with the same id.")
    static final class Add extends TableCommand.Add<Subscription> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--channel", required = true, description = "webhook, email, console, slack, teams, discord, telegram or feed.")
        String channel;
        @Option(names = "--url", description = "Webhook URL (webhook), or the incoming-webhook URL (slack, teams, discord).")
        String url;
        @Option(names = "--secret-env", paramLabel = "VAR", description = "Environment variable holding the webhook secret(s), whsec_..., space-separated.")
        String secretEnv;
        @Option(names = "--to", description = "Email address.")
        String to;
        @Option(names = "--mode", description = "instant or digest (email).")
        String mode;
        @Option(names = "--digest", description = "hourly, daily or weekly.")
        String digest;
        @Option(names = "--min-amount-usd", description = "Alerts at or above this amount.")
        BigDecimal minAmountUsd;
        @Option(names = "--category", description = "Only these categories (repeatable).")
        List<String> categories = new ArrayList<>();
        @Option(names = "--entity", description = "Only deals naming this entity id (repeatable).")
        List<String> entities = new ArrayList<>();
        @Option(names = "--stage", description = "Only these stages (repeatable).")
        List<String> stages = new ArrayList<>();
        @Option(names = "--type", description = "Only these deal types (repeatable).")
        List<String> types = new ArrayList<>();
        @Option(names = "--max-per-minute", defaultValue = "0", description = "Rate cap; beyond it alerts are folded into a digest.")
        int maxPerMinute;
        @Option(names = "--chat-id", description = "Telegram chat id (telegram).")
        String chatId;
        @Option(names = "--bot-token-env", paramLabel = "VAR", description = "Environment variable holding the Telegram bot token (telegram).")
        String botTokenEnv;
        @Option(names = "--api-base-url", description = "Telegram Bot API base URL (telegram; default https://api.telegram.org).")
        String apiBaseUrl;
        @Option(names = "--feed-token", description = "The secret that opens the subscription's alerts feed (feed).")
        String feedToken;
        @Option(names = "--digest-hour", description = "Hour of a daily or weekly digest, 0-23 (default 0).")
        Integer digestHour;
        @Option(names = "--digest-day", description = "Day of a weekly digest, monday ... sunday (default monday).")
        String digestDay;
        @Option(names = "--time-zone", description = "IANA time zone of the digest hour, such as Europe/Paris (default UTC).")
        String timeZone;
        @Option(names = "--query", description = "A rule over the article and the deal, such as"
                + " '(nvidia OR \"ai chips\") AND NOT rumour AND amount>=500M' (docs/ALERTS.md#rules).")
        String query;
        @Option(names = "--alert-on", description = "deals (default), articles (every article that matches --query, deal"
                + " or not) or both.")
        String alertOn;

        Add() {
            super(SUBSCRIPTIONS);
        }

        @Override
        Subscription value() {
            return new Subscription(id, channel, url, List.of(), secretEnv, to, mode, digest, minAmountUsd,
                    categories, entities, stages, types, List.of(), maxPerMinute, false, null, chatId, botTokenEnv, apiBaseUrl,
                    feedToken, digestHour, digestDay, timeZone, query, alertOn);
        }

        @Override
        String added(Subscription s) {
            return "subscription " + s;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a subscription.")
    static final class Remove extends TableCommand.Remove<Subscription> {
        Remove() {
            super(SUBSCRIPTIONS);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscriptions.")
    static final class ListAll extends TableCommand.ListAll<Subscription> {
        ListAll() {
            super(SUBSCRIPTIONS);
        }

        @Override
        void printHeader(PrintWriter out) {
            out.printf("%-22s %-8s %-9s %-40s %s%n", "ID", "CHANNEL", "STATE", "TARGET", "FILTERS");
        }

        @Override
        void printRow(PrintWriter out, Subscription s) {
            String target = s.displayTarget();
            String filters = (s.minAmountUsd() == null ? "" : "≥ $" + s.minAmountUsd().toPlainString() + " ")
                    + (s.categories().isEmpty() ? "" : "categories " + s.categories() + " ")
                    + (s.entities().isEmpty() ? "" : "entities " + s.entities() + " ")
                    + (s.stages().isEmpty() ? "" : "stages " + s.stages() + " ")
                    + (s.types().isEmpty() ? "" : "types " + s.types() + " ")
                    + (s.wantsArticles() ? "alert-on " + s.alertOn() + " " : "")
                    + (s.query() == null ? "" : "query " + s.query());
            out.printf("%-22s %-8s %-9s %-40s %s%n", s.id(), s.channel(),
                    s.disabled() ? "disabled" : "active", target, filters.strip());
            if (s.disabled()) {
                out.printf("%-22s %s%n", "", "disabled: " + s.disabledReason());
            }
        }
    }

    /**
     * {@code subscriptions test ID --archive DIR}: the alerts a subscription of {@code subscriptions.yml} would have
     * been sent over an archive. Runs the backtest ({@link BacktestEngine}) with the config's rules, keeps the deal
     * alerts the subscription would have got and adds its article alerts, then prints one line per alert
     * ({@link AlertLine#sent}) in time order and the count. Nothing is sent and Kafka is not needed.
     */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Show what a subscription of subscriptions.yml would have been sent over an archive (nothing is sent).")
    static final class Test implements java.util.concurrent.Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The subscription's id in subscriptions.yml.")
        String id;
        @Option(names = "--archive", paramLabel = "DIR", required = true,
                description = "Archive directory: <feed-id>/<fetch time>.xml[.gz], as ingest.archive-dir writes it.")
        Path archive;
        @Mixin
        ConfigOption config;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewswatchConfig cfg = config.load();
            PrintWriter out = spec.commandLine().getOut();
            BacktestEngine engine = new BacktestEngine(cfg);
            Subscription subscription = engine.subscriptions().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "no subscription '" + id + "' in "
                            + cfg.alerts().subscriptionsFile() + " (it has: " + String.join(", ",
                            engine.subscriptions().stream().map(Subscription::id).toList()) + ")"));
            History history = InputException.reading(archive, () -> new ArchiveReader(cfg).read(archive));
            history.problems().forEach(p -> spec.commandLine().getErr().println("newswatch: skipped " + p));
            BacktestResult result = engine.run(history.articles(), Progress.NONE);
            List<Alert> sent = new ArrayList<>();
            result.alerts().stream().filter(o -> o.subscriptions().contains(id)).map(AlertOutcome::alert)
                    .forEach(sent::add);
            List<Alert> articles = engine.articleAlerts(history.articles(), subscription);
            sent.addAll(articles);
            sent.sort(Comparator.comparing(Alert::raisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Alert::alertId));
            sent.forEach(a -> out.println(AlertLine.sent(a)));
            out.printf(Locale.ROOT, "%d alert%s (%d deal, %d article) would have been sent to %s over %d articles of %s.%n",
                    sent.size(), sent.size() == 1 ? "" : "s", sent.size() - articles.size(), articles.size(), id,
                    history.articles().size(), archive);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
