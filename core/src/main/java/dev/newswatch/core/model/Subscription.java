package dev.newswatch.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who wants which alerts, and how: the value of the compacted subscriptions topic, keyed by {@link #id()},
 * seeded from {@code subscriptions.yml} and editable at runtime.
 *
 * <p>{@code channel} is one of {@link #CHANNELS}. Webhooks use {@code url} and their secrets: {@code secrets}
 * (Standard Webhooks {@code whsec_...}, two during rotation) or {@code secretEnv}, the name of an environment
 * variable holding them (space-separated), so secrets need not be stored in Kafka. Email uses {@code to}
 * and {@code mode} (instant or digest, with {@code digest} hourly, daily or weekly: daily at {@code digestHour}
 * (0-23, default 0), weekly on {@code digestDay} (monday by default) at that hour, in {@code timeZone} (an IANA
 * zone, UTC by default)). Filters: {@code minAmountUsd} (null: the configured default) and the optional lists;
 * an empty list means "any". {@code maxPerMinute} caps instant deliveries (0: no cap): alerts beyond it are
 * folded into a digest, never dropped.
 * {@code disabled} is set when the endpoint answered 410 Gone or the subscriber unsubscribed.
 *
 * <p>Chat channels: {@code slack}, {@code teams} and {@code discord} post to the incoming-webhook {@code url};
 * {@code telegram} sends to {@code chatId} with the bot token read from the variable {@code botTokenEnv}, through
 * {@code apiBaseUrl} (default {@value #TELEGRAM_API}). {@code feed} keeps the alerts for a feed reader, served to
 * whoever presents {@code feedToken}.
 *
 * <p>{@code query} (null: none) is a rule over the article and the deal, in the grammar of
 * {@link dev.newswatch.core.rule.RuleParser}; it is checked here, so a bad one fails with its position wherever a
 * subscription is made, and it must match as well as every other filter.
 *
 * <p>{@code alertOn} ({@link #ALERT_ON}, default {@value #ON_DEALS}): {@value #ON_ARTICLES} asks for one alert per
 * article that matches the {@code query} (required then), whether or not it reports a deal; {@value #ON_BOTH} for
 * both kinds. Immutable.
 */
public record Subscription(
        String id,
        String channel,
        String url,
        List<String> secrets,
        String secretEnv,
        String to,
        String mode,
        String digest,
        BigDecimal minAmountUsd,
        List<String> categories,
        List<String> entities,
        List<String> stages,
        List<String> types,
        List<String> languages,
        int maxPerMinute,
        boolean disabled,
        String disabledReason,
        String chatId,
        String botTokenEnv,
        String apiBaseUrl,
        String feedToken,
        Integer digestHour,
        String digestDay,
        String timeZone,
        String query,
        String alertOn) {

    public static final String WEBHOOK = "webhook";
    public static final String EMAIL = "email";
    public static final String CONSOLE = "console";
    public static final String SLACK = "slack";
    public static final String TEAMS = "teams";
    public static final String DISCORD = "discord";
    public static final String TELEGRAM = "telegram";
    public static final String FEED = "feed";
    /** Every channel, in the order the documentation lists them. */
    public static final List<String> CHANNELS = List.of(WEBHOOK, EMAIL, CONSOLE, SLACK, TEAMS, DISCORD, TELEGRAM, FEED);
    /** The chat channels whose target is an incoming-webhook {@code url}. */
    public static final List<String> CHAT_WEBHOOKS = List.of(SLACK, TEAMS, DISCORD);
    /** The Telegram Bot API that {@code api-base-url} defaults to. */
    public static final String TELEGRAM_API = "https://api.telegram.org";
    /** The digest periods: at the end of each hour, daily at {@code digestHour}, weekly on {@code digestDay}. */
    public static final List<String> DIGESTS = List.of("hourly", "daily", "weekly");
    /** {@code alert-on: deals} (the default): alerts about deals. */
    public static final String ON_DEALS = "deals";
    /** {@code alert-on: articles}: one alert per article that matches the {@code query}, deal or not. */
    public static final String ON_ARTICLES = "articles";
    /** {@code alert-on: both}: deal alerts and article alerts. */
    public static final String ON_BOTH = "both";
    /** The values of {@code alert-on}. */
    public static final List<String> ALERT_ON = List.of(ON_DEALS, ON_ARTICLES, ON_BOTH);
    /** Shortest {@code feed-token} accepted: it is the only thing that guards a feed. */
    public static final int MIN_FEED_TOKEN_LENGTH = 16;

    public Subscription {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("subscription id must be 1-100 characters of a-z, 0-9, '.', '_', '-': " + id);
        }
        channel = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("subscription " + id + ": channel must be one of "
                    + String.join(", ", CHANNELS) + ", got '" + channel + "'");
        }
        if ((WEBHOOK.equals(channel) || CHAT_WEBHOOKS.contains(channel)) && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("subscription " + id + ": a " + channel + (WEBHOOK.equals(channel)
                    ? " needs a url" : " subscription needs a url (the channel's incoming-webhook URL)"));
        }
        if (TELEGRAM.equals(channel)) {
            if (chatId == null || chatId.isBlank()) {
                throw new IllegalArgumentException("subscription " + id + ": a telegram subscription needs a chat-id");
            }
            if (botTokenEnv == null || botTokenEnv.isBlank()) {
                throw new IllegalArgumentException("subscription " + id
                        + ": a telegram subscription needs bot-token-env (the variable that holds the bot token)");
            }
            apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? TELEGRAM_API : apiBaseUrl.strip();
            if (!apiBaseUrl.startsWith("https://") && !apiBaseUrl.startsWith("http://")) {
                throw new IllegalArgumentException("subscription " + id + ": api-base-url must be an http or https URL, got '"
                        + apiBaseUrl + "'");
            }
        }
        if (FEED.equals(channel) && (feedToken == null || feedToken.strip().length() < MIN_FEED_TOKEN_LENGTH
                || !feedToken.matches("[A-Za-z0-9._~-]+"))) {
            throw new IllegalArgumentException("subscription " + id + ": a feed subscription needs a feed-token of at least "
                    + MIN_FEED_TOKEN_LENGTH + " characters of A-Z, a-z, 0-9, '.', '_', '~', '-'");
        }
        if (EMAIL.equals(channel) && (to == null || !to.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new IllegalArgumentException("subscription " + id + ": an email subscription needs a valid 'to' address");
        }
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        mode = mode == null || mode.isBlank() ? "instant" : mode.toLowerCase(Locale.ROOT);
        if (!mode.equals("instant") && !mode.equals("digest")) {
            throw new IllegalArgumentException("subscription " + id + ": mode must be instant or digest, got '" + mode + "'");
        }
        digest = digest == null || digest.isBlank() ? "daily" : digest.toLowerCase(Locale.ROOT);
        if (!DIGESTS.contains(digest)) {
            throw new IllegalArgumentException("subscription " + id + ": digest must be hourly, daily or weekly, got '"
                    + digest + "'");
        }
        digestHour = digestHour == null ? 0 : digestHour;
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("subscription " + id + ": digest-hour must be 0 to 23, got " + digestHour);
        }
        digestDay = digestDay == null || digestDay.isBlank() ? "monday" : digestDay.strip().toLowerCase(Locale.ROOT);
        String day = digestDay;
        if (java.util.Arrays.stream(java.time.DayOfWeek.values())
                .noneMatch(d -> d.name().toLowerCase(Locale.ROOT).equals(day))) {
            throw new IllegalArgumentException("subscription " + id + ": digest-day must be a day of the week (monday ..."
                    + " sunday), got '" + digestDay + "'");
        }
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        try {
            java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("subscription " + id + ": time-zone must be an IANA zone such as"
                    + " Europe/Paris or UTC, got '" + timeZone + "'");
        }
        query = query == null || query.isBlank() ? null : query.strip();
        if (query != null) {
            try {
                dev.newswatch.core.rule.RuleParser.parse(query);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("subscription " + id + ": " + e.getMessage(), e);
            }
        }
        alertOn = alertOn == null || alertOn.isBlank() ? ON_DEALS : alertOn.strip().toLowerCase(Locale.ROOT);
        if (!ALERT_ON.contains(alertOn)) {
            throw new IllegalArgumentException("subscription " + id + ": alert-on must be deals, articles or both, got '"
                    + alertOn + "'");
        }
        if (!ON_DEALS.equals(alertOn) && query == null) {
            // Without a rule every article of every feed would be sent.
            throw new IllegalArgumentException("subscription " + id + ": alert-on " + alertOn
                    + " needs a query, the rule an article must match");
        }
        if (minAmountUsd != null && minAmountUsd.signum() < 0) {
            throw new IllegalArgumentException("subscription " + id + ": min-amount-usd must not be negative");
        }
        categories = categories == null ? List.of() : categories.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).toList();
        entities = entities == null ? List.of() : List.copyOf(entities);
        stages = stages == null ? List.of() : stages.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).toList();
        types = types == null ? List.of() : types.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).toList();
        for (String stage : stages) {
            if (java.util.Arrays.stream(DealStage.values()).noneMatch(v -> v.wireName().equals(stage))) {
                throw new IllegalArgumentException("subscription " + id + ": unknown stage '" + stage
                        + "' (rumoured, in-talks, announced, completed, background)");
            }
        }
        for (String type : types) {
            if (java.util.Arrays.stream(DealType.values()).noneMatch(v -> v.wireName().equals(type))) {
                throw new IllegalArgumentException("subscription " + id + ": unknown type '" + type
                        + "' (investment, acquisition, contract, secondary-sale, partnership, other)");
            }
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (maxPerMinute < 0) {
            throw new IllegalArgumentException("subscription " + id + ": max-per-minute must not be negative");
        }
    }

    /** A subscription of deal alerts ({@code alert-on: deals}). */
    public Subscription(String id, String channel, String url, List<String> secrets, String secretEnv, String to,
                        String mode, String digest, BigDecimal minAmountUsd, List<String> categories,
                        List<String> entities, List<String> stages, List<String> types, List<String> languages,
                        int maxPerMinute, boolean disabled, String disabledReason, String chatId, String botTokenEnv,
                        String apiBaseUrl, String feedToken, Integer digestHour, String digestDay, String timeZone,
                        String query) {
        this(id, channel, url, secrets, secretEnv, to, mode, digest, minAmountUsd, categories, entities, stages, types,
                languages, maxPerMinute, disabled, disabledReason, chatId, botTokenEnv, apiBaseUrl, feedToken, digestHour,
                digestDay, timeZone, query, null);
    }

    /** A subscription without a {@code query}. */
    public Subscription(String id, String channel, String url, List<String> secrets, String secretEnv, String to,
                        String mode, String digest, BigDecimal minAmountUsd, List<String> categories,
                        List<String> entities, List<String> stages, List<String> types, List<String> languages,
                        int maxPerMinute, boolean disabled, String disabledReason, String chatId, String botTokenEnv,
                        String apiBaseUrl, String feedToken, Integer digestHour, String digestDay, String timeZone) {
        this(id, channel, url, secrets, secretEnv, to, mode, digest, minAmountUsd, categories, entities, stages, types,
                languages, maxPerMinute, disabled, disabledReason, chatId, botTokenEnv, apiBaseUrl, feedToken, digestHour,
                digestDay, timeZone, null);
    }

    /** A subscription of the first channels (webhook, email, console), without chat or feed settings. */
    public Subscription(String id, String channel, String url, List<String> secrets, String secretEnv, String to,
                        String mode, String digest, BigDecimal minAmountUsd, List<String> categories,
                        List<String> entities, List<String> stages, List<String> types, List<String> languages,
                        int maxPerMinute, boolean disabled, String disabledReason) {
        this(id, channel, url, secrets, secretEnv, to, mode, digest, minAmountUsd, categories, entities, stages, types,
                languages, maxPerMinute, disabled, disabledReason, null, null, null, null, null, null, null, null);
    }

    public boolean digestMode() {
        return "digest".equals(mode);
    }

    /** A copy switched off, with the reason (410 Gone, unsubscribed). */
    public Subscription disable(String reason) {
        return new Subscription(id, channel, url, secrets, secretEnv, to, mode, digest, minAmountUsd, categories, entities,
                stages, types, languages, maxPerMinute, true, reason, chatId, botTokenEnv, apiBaseUrl, feedToken,
                digestHour, digestDay, timeZone, query, alertOn);
    }

    /** Whether this subscription wants deal alerts. */
    public boolean wantsDeals() {
        return !ON_ARTICLES.equals(alertOn);
    }

    /** Whether this subscription wants article alerts (an article that matches its query, deal or not). */
    public boolean wantsArticles() {
        return !ON_DEALS.equals(alertOn);
    }

    /**
     * Where the alerts go, safe to print: the webhook URL, the address, the chat webhook's host only (its path is
     * a credential), the Telegram chat, the feed's path without its token, or "terminal".
     */
    public String displayTarget() {
        return switch (channel) {
            case WEBHOOK -> url;
            case EMAIL -> to + " (" + mode + ")";
            case SLACK, TEAMS, DISCORD -> hostOf(url);
            case TELEGRAM -> "chat " + chatId;
            case FEED -> "/feeds/alerts.atom?subscription=" + id;
            default -> "terminal";
        };
    }

    /** Hides the secrets, which must never reach a log. */
    @Override
    public String toString() {
        // Chat webhook URLs carry their credential in the path: only the host is shown.
        String shownUrl = url == null ? null : CHAT_WEBHOOKS.contains(channel) ? hostOf(url) : url;
        return "Subscription[" + id + ", " + channel + (shownUrl != null ? ", " + shownUrl : "")
                + (to != null ? ", " + to : "") + (chatId != null ? ", chat " + chatId : "")
                + (disabled ? ", disabled: " + disabledReason : "") + "]";
    }

    private static String hostOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + "/...";
        } catch (IllegalArgumentException e) {
            return "(invalid url)";
        }
    }
}
