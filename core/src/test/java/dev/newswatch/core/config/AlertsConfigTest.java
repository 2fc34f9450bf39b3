package dev.newswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Subscription;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code alerts:} section of {@code newswatch.yml} and the {@code subscriptions.yml} format: one test per
 * invalid setting, each checking that the {@link ConfigException} names the file, the key and the reason; then
 * the shipped files.
 */
class AlertsConfigTest {

    @TempDir
    Path dir;

    // ---- newswatch.yml, alerts: invalid settings ----

    @Test
    void shouldRejectAStartTlsModeThatIsNotRequiredOptionalOrOff() throws IOException {
        writeMain("alerts:\n  smtp:\n    starttls: sometimes\n");

        assertError(loadFails(), mainFile(), "alerts.smtp.starttls",
                "must be required, optional or off, got 'sometimes'");
    }

    @Test
    void shouldRejectAPublicBaseUrlThatIsNotHttps() throws IOException {
        // Given a plain http address: RFC 8058 one-click unsubscribe requires https
        writeMain("alerts:\n  public-base-url: http://alerts.example.com\n");

        assertError(loadFails(), mainFile(), "alerts.public-base-url",
                "must be an https URL (RFC 8058 one-click unsubscribe), got 'http://alerts.example.com'");
    }

    @Test
    void shouldRejectAFromThatIsNotAnEmailAddress() throws IOException {
        writeMain("alerts:\n  smtp:\n    from: Newswatch alerts\n");

        assertError(loadFails(), mainFile(), "alerts.smtp.from", "must be an email address, got 'Newswatch alerts'");
    }

    @Test
    void shouldRejectAnUnknownKeyUnderSmtp() throws IOException {
        // Given a password written into the file instead of password-env
        writeMain("alerts:\n  smtp:\n    password: hunter2\n");

        ConfigException e = loadFails();
        assertError(e, mainFile(), "alerts.smtp.password", "unknown key");
        assertTrue(e.reason().contains("password-env"), "the reason lists the allowed keys: " + e.reason());
        assertFalse(e.getMessage().contains("hunter2"), "the value is not echoed: " + e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownKeyUnderAlerts() throws IOException {
        writeMain("alerts:\n  subscription: subs.yml\n");

        ConfigException e = loadFails();
        assertError(e, mainFile(), "alerts.subscription", "unknown key");
        assertTrue(e.reason().contains("subscriptions"), e.reason());
    }

    @Test
    void shouldRejectANegativeDefaultMinimumAmount() throws IOException {
        writeMain("alerts:\n  default-min-amount-usd: -1\n");

        assertError(loadFails(), mainFile(), "alerts.default-min-amount-usd", "must not be negative");
    }

    @Test
    void shouldRejectAnHttpPortOutOfRange() throws IOException {
        writeMain("alerts:\n  http-port: 70000\n");

        assertError(loadFails(), mainFile(), "alerts.http-port", "must be between -1 and 65535, got 70000");
    }

    @Test
    void shouldRejectAWebhookTimeoutBeyondFiveMinutes() throws IOException {
        writeMain("alerts:\n  webhook-timeout: 1h\n");

        assertError(loadFails(), mainFile(), "alerts.webhook-timeout", "must be between PT0.1S and PT5M, got 1h");
    }

    // ---- newswatch.yml, alerts: valid settings ----

    @Test
    void shouldDefaultTheAlertsThresholdToTheEnrichFloorAndStartTlsToRequired() throws IOException {
        // Given only an enrich floor
        writeMain("enrich:\n  alert-floor-usd: 250000000\n");

        AlertsSettings alerts = ConfigLoader.load(dir).alerts();

        assertEquals(0, new BigDecimal("250000000").compareTo(alerts.defaultMinAmountUsd()));
        assertEquals("required", alerts.smtp().startTls());
        assertEquals(dir.toAbsolutePath().normalize().resolve("subscriptions.yml"), alerts.subscriptionsFile());
        assertEquals(Duration.ofHours(24), alerts.retryHorizon());
        assertEquals(8088, alerts.httpPort());
        assertNull(alerts.publicBaseUrl());
    }

    @Test
    void shouldRefuseAnSmtpUsernameWithoutAPasswordVariable() throws IOException {
        writeMain(String.join("\n",
                "alerts:",
                "  smtp:",
                "    username: alerts",
                ""));

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));

        assertEquals("alerts.smtp.password-env", e.key());
        assertTrue(e.reason().contains("name the environment variable"), e.reason());
    }

    @Test
    void shouldReadEverySmtpSettingAndNormaliseStartTlsCase() throws IOException {
        writeMain(String.join("\n",
                "alerts:",
                "  public-base-url: https://alerts.example.com",
                "  http-port: -1",
                "  smtp:",
                "    host: smtp.example.com",
                "    port: 587",
                "    from: alerts@example.com",
                "    username: alerts",
                "    password-env: PATH",
                "    starttls: OFF",
                "    ssl: false",
                "    read-timeout: 30s",
                ""));

        AlertsSettings alerts = ConfigLoader.load(dir).alerts();

        assertEquals("smtp.example.com", alerts.smtp().host());
        assertEquals(587, alerts.smtp().port());
        assertEquals("alerts@example.com", alerts.smtp().from());
        assertEquals("alerts", alerts.smtp().username());
        assertEquals("off", alerts.smtp().startTls());
        assertEquals(Duration.ofSeconds(30), alerts.smtp().readTimeout());
        assertEquals("https://alerts.example.com", alerts.publicBaseUrl());
        assertEquals(-1, alerts.httpPort());
    }

    @Test
    void shouldReadAnUnquotedOffAsTheStartTlsModeNotAsABoolean() throws IOException {
        // Given the setting docs/ALERTS.md gives for a local test server, unquoted (YAML 1.1 would read off as false)
        writeMain("alerts:\n  smtp:\n    port: 3025\n    starttls: off\n");

        assertEquals("off", ConfigLoader.load(dir).alerts().smtp().startTls());
    }

    // ---- subscriptions.yml: invalid settings ----

    @Test
    void shouldRejectAnUnknownChannel() throws IOException {
        writeSubscriptions("- {id: pager, channel: sms}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription pager: channel must be one of webhook, email, console, slack, teams, discord, telegram,"
                        + " feed, got 'sms'");
    }

    @Test
    void shouldRejectAChatChannelWithoutUrl() throws IOException {
        writeSubscriptions("- {id: team, channel: discord}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription team: a discord subscription needs a url");
    }

    @Test
    void shouldRejectATelegramSubscriptionWithoutChatIdOrTokenVariable() throws IOException {
        writeSubscriptions("- {id: tg, channel: telegram, bot-token-env: TG_TOKEN}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription tg: a telegram subscription needs a chat-id");

        writeSubscriptions("- {id: tg, channel: telegram, chat-id: \"-100123\"}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription tg: a telegram subscription needs bot-token-env");
    }

    @Test
    void shouldRejectAFeedWithAShortOrOddToken() throws IOException {
        writeSubscriptions("- {id: desk, channel: feed, feed-token: short}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription desk: a feed subscription needs a feed-token of at least 16 characters");

        writeSubscriptions("- {id: desk, channel: feed, feed-token: \"has spaces in it, sixteen+\"}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription desk: a feed subscription needs a feed-token");
    }

    @Test
    void shouldReadADigestScheduleAndRejectABadOne() throws IOException {
        writeSubscriptions("- {id: weekly, channel: email, to: a@example.test, mode: digest, digest: weekly,"
                + " digest-day: Friday, digest-hour: 17, time-zone: America/New_York}");
        var weekly = ConfigLoader.subscriptions(ConfigLoader.read(dir.resolve("subscriptions.yml"), true)).get(0);
        assertEquals(List.of("weekly", 17, "friday", "America/New_York"),
                List.of(weekly.digest(), weekly.digestHour(), weekly.digestDay(), weekly.timeZone()));

        writeSubscriptions("- {id: d, channel: email, to: a@example.test, mode: digest, time-zone: Mars/Olympus}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription d: time-zone must be an IANA zone such as Europe/Paris or UTC, got 'Mars/Olympus'");

        writeSubscriptions("- {id: d, channel: email, to: a@example.test, mode: digest, digest-day: someday}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription d: digest-day must be a day of the week");

        writeSubscriptions("- {id: d, channel: email, to: a@example.test, mode: digest, digest-hour: 24}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0].digest-hour", "");
    }

    @Test
    void shouldReadChatAndFeedSubscriptions() throws IOException {
        writeSubscriptions("- {id: tg, channel: telegram, chat-id: \"-100123\", bot-token-env: TG_TOKEN}\n"
                + "- {id: tg-local, channel: telegram, chat-id: \"@deals\", bot-token-env: TG_TOKEN,"
                + " api-base-url: \"http://127.0.0.1:8081\"}\n"
                + "- {id: team, channel: slack, url: \"https://hooks.slack.com/services/T0/B0/secret\"}\n"
                + "- {id: desk, channel: feed, feed-token: 0123456789abcdef-xyz}");

        var subs = ConfigLoader.subscriptions(ConfigLoader.read(dir.resolve("subscriptions.yml"), true));

        assertEquals("https://api.telegram.org", subs.get(0).apiBaseUrl());
        assertEquals("-100123", subs.get(0).chatId());
        assertEquals("TG_TOKEN", subs.get(0).botTokenEnv());
        assertEquals("http://127.0.0.1:8081", subs.get(1).apiBaseUrl());
        assertEquals("Subscription[team, slack, https://hooks.slack.com/...]", subs.get(2).toString());
        assertEquals("0123456789abcdef-xyz", subs.get(3).feedToken());
        assertFalse(subs.get(3).toString().contains("0123456789abcdef"), subs.get(3).toString());
    }

    @Test
    void shouldReadAQueryAndRejectABadOneWithItsPosition() throws IOException {
        writeSubscriptions("- {id: fr-ai, channel: console, query: '(nvidia OR \"ai chips\") AND NOT rumour"
                + " AND country:FR AND amount>=500M'}");
        var sub = ConfigLoader.subscriptions(ConfigLoader.read(dir.resolve("subscriptions.yml"), true)).get(0);
        assertEquals("(nvidia OR \"ai chips\") AND NOT rumour AND country:FR AND amount>=500M", sub.query());

        writeSubscriptions("- {id: fr-ai, channel: console, query: 'nvidia AND colour:red'}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0].query",
                "subscription fr-ai: query: unknown field 'colour' (fields: entity, role, country, feed, outlet, type,"
                        + " stage, category, language, amount) at position 12 of 'nvidia AND colour:red'");
    }

    @Test
    void shouldReadAlertOnAndRejectArticleAlertsWithoutAQuery() throws IOException {
        writeSubscriptions("- {id: watch, channel: console, alert-on: Articles, query: acquisition}\n"
                + "- {id: plain, channel: console}");
        var subs = ConfigLoader.subscriptions(ConfigLoader.read(dir.resolve("subscriptions.yml"), true));
        assertEquals("articles", subs.get(0).alertOn());
        assertEquals("deals", subs.get(1).alertOn(), "the default");

        writeSubscriptions("- {id: watch, channel: console, alert-on: articles}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription watch: alert-on articles needs a query, the rule an article must match");

        writeSubscriptions("- {id: watch, channel: console, alert-on: news, query: acquisition}");
        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription watch: alert-on must be deals, articles or both, got 'news'");
    }

    @Test
    void shouldRejectAWebhookWithoutUrl() throws IOException {
        writeSubscriptions("- {id: hook, channel: webhook, secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]", "subscription hook: a webhook needs a url");
    }

    @Test
    void shouldRejectAWebhookUrlThatIsNotHttp() throws IOException {
        writeSubscriptions("- {id: hook, channel: webhook, url: \"ftp://example.com/x\", "
                + "secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0].url",
                "must be an http or https URL, got 'ftp://example.com/x'");
    }

    @Test
    void shouldRejectAnEmailSubscriptionWithoutTo() throws IOException {
        writeSubscriptions("- {id: analyst, channel: email}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription analyst: an email subscription needs a valid 'to' address");
    }

    @Test
    void shouldRejectAnEmailSubscriptionWithAnInvalidTo() throws IOException {
        writeSubscriptions("- {id: analyst, channel: email, to: analyst.example.com}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription analyst: an email subscription needs a valid 'to' address");
    }

    @Test
    void shouldRejectAModeOtherThanInstantOrDigest() throws IOException {
        writeSubscriptions("- {id: analyst, channel: email, to: analyst@example.com, mode: weekly}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription analyst: mode must be instant or digest, got 'weekly'");
    }

    @Test
    void shouldRejectADigestPeriodOtherThanHourlyDailyOrWeekly() throws IOException {
        writeSubscriptions("- {id: analyst, channel: email, to: analyst@example.com, mode: digest, digest: monthly}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription analyst: digest must be hourly, daily or weekly, got 'monthly'");
    }

    @Test
    void shouldRejectANegativeMinimumAmount() throws IOException {
        writeSubscriptions("- {id: terminal, channel: console, min-amount-usd: -5}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0]",
                "subscription terminal: min-amount-usd must not be negative");
    }

    @Test
    void shouldRejectAMinimumAmountThatIsNotANumber() throws IOException {
        writeSubscriptions("- {id: terminal, channel: console, min-amount-usd: 1bn}");

        ConfigException e = subscriptionsFail();
        assertEquals(subscriptionsFile(), e.file());
        assertEquals("subscriptions[0].min-amount-usd", e.key());
    }

    @Test
    void shouldRejectANegativeRateCap() throws IOException {
        writeSubscriptions("- {id: terminal, channel: console, max-per-minute: -1}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0].max-per-minute",
                "must be between 0 and 100000, got -1");
    }

    @Test
    void shouldRejectASecretThatIsNotAStandardWebhooksSecret() throws IOException {
        // Given a raw password instead of whsec_ + base64
        writeSubscriptions("- {id: hook, channel: webhook, url: \"https://example.com/hook\", secret: s3cret}");

        ConfigException e = subscriptionsFail();
        assertError(e, subscriptionsFile(), "subscriptions[0].secret",
                "a webhook secret starts with whsec_ (Standard Webhooks)");
        assertFalse(e.getMessage().contains("s3cret"), "the secret is not echoed: " + e.getMessage());
    }

    @Test
    void shouldRejectADuplicateId() throws IOException {
        writeSubscriptions("- {id: terminal, channel: console}\n- {id: terminal, channel: console, min-amount-usd: 0}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[1].id", "duplicate subscription id 'terminal'");
    }

    @Test
    void shouldRejectAnUnknownKey() throws IOException {
        // Given "category" for "categories"
        writeSubscriptions("- {id: terminal, channel: console, category: [ai-funding]}");

        ConfigException e = subscriptionsFail();
        assertError(e, subscriptionsFile(), "subscriptions[0].category", "unknown key");
        assertTrue(e.reason().contains("categories"), "the reason lists the allowed keys: " + e.reason());
    }

    @Test
    void shouldRejectAnUnknownTopLevelKey() throws IOException {
        Files.writeString(dir.resolve("subscriptions.yml"), "subscribers:\n  - {id: terminal, channel: console}\n");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscribers", "unknown key");
    }

    @Test
    void shouldRejectASubscriptionWithoutId() throws IOException {
        writeSubscriptions("- {channel: console}");

        assertError(subscriptionsFail(), subscriptionsFile(), "subscriptions[0].id", "is required");
    }

    // ---- subscriptions.yml: valid files ----

    @Test
    void shouldReadEveryKeyOfAWebhookAndAnEmailSubscription() throws IOException {
        writeSubscriptions(String.join("\n",
                "- id: analyst-webhook",
                "  channel: webhook",
                "  url: https://example.com/hooks/deals",
                "  secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "  secrets: [whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD]",
                "  min-amount-usd: 1000000000",
                "  categories: [ai-funding]",
                "  entities: [amazon, openai]",
                "  stages: [in-talks, announced]",
                "  types: [investment]",
                "  languages: [en, it]",
                "  max-per-minute: 10",
                "- id: analyst-email",
                "  channel: EMAIL",
                "  to: analyst@example.com",
                "  mode: digest",
                "  digest: hourly"));

        List<Subscription> subscriptions = ConfigLoader.subscriptions(ConfigLoader.read(dir.resolve("subscriptions.yml"), true));

        assertEquals(2, subscriptions.size());
        Subscription hook = subscriptions.get(0);
        assertEquals(Subscription.WEBHOOK, hook.channel());
        assertEquals(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"),
                hook.secrets(), "secret first, then secrets");
        assertEquals(0, new BigDecimal("1000000000").compareTo(hook.minAmountUsd()));
        assertEquals(List.of("amazon", "openai"), hook.entities());
        assertEquals(List.of("in-talks", "announced"), hook.stages());
        assertEquals(List.of("en", "it"), hook.languages());
        assertEquals(10, hook.maxPerMinute());
        Subscription email = subscriptions.get(1);
        assertEquals(Subscription.EMAIL, email.channel(), "channel is normalised to lower case");
        assertTrue(email.digestMode());
        assertEquals("hourly", email.digest());
        assertNull(email.minAmountUsd(), "no threshold of its own: the default applies");
    }

    @Test
    void shouldLoadTheShippedSubscriptionsFileWithOneConsoleSubscription() {
        Path shipped = RepoPaths.resolve("config/subscriptions.yml");

        List<Subscription> subscriptions = ConfigLoader.subscriptions(ConfigLoader.read(shipped, true));

        assertEquals(1, subscriptions.size(), subscriptions.toString());
        assertEquals("terminal", subscriptions.get(0).id());
        assertEquals(Subscription.CONSOLE, subscriptions.get(0).channel());
        assertFalse(subscriptions.get(0).disabled());
    }

    @Test
    void shouldLoadTheShippedAlertsSection() {
        AlertsSettings alerts = ConfigLoader.load(RepoPaths.config()).alerts();

        assertEquals(RepoPaths.resolve("config/subscriptions.yml").toAbsolutePath().normalize(), alerts.subscriptionsFile());
        assertEquals(0, new BigDecimal("100000000").compareTo(alerts.defaultMinAmountUsd()));
        assertEquals("required", alerts.smtp().startTls());
        assertEquals(8088, alerts.httpPort());
    }

    // ---- helpers ----

    private void writeMain(String yaml) throws IOException {
        Files.writeString(dir.resolve("newswatch.yml"), yaml);
    }

    private void writeSubscriptions(String entries) throws IOException {
        StringBuilder yaml = new StringBuilder("subscriptions:\n");
        for (String line : entries.split("\n")) {
            yaml.append("  ").append(line).append('\n');
        }
        Files.writeString(dir.resolve("subscriptions.yml"), yaml.toString());
    }

    private String mainFile() {
        return dir.toAbsolutePath().normalize().resolve("newswatch.yml").toString();
    }

    private String subscriptionsFile() {
        return dir.resolve("subscriptions.yml").toString();
    }

    private ConfigException loadFails() {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    private ConfigException subscriptionsFail() {
        return assertThrows(ConfigException.class,
                () -> ConfigLoader.subscriptions(ConfigLoader.read(dir.resolve("subscriptions.yml"), true)));
    }

    private static void assertError(ConfigException e, String file, String key, String reasonStart) {
        assertEquals(file, e.file(), "file of " + e.getMessage());
        assertEquals(key, e.key(), "key of " + e.getMessage());
        assertTrue(e.reason().startsWith(reasonStart), "reason of " + e.getMessage() + " should start with: " + reasonStart);
    }
}
