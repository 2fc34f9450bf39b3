package dev.newswatch.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FullTextMode;
import dev.newswatch.core.topic.Topics;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code newswatch.yml} and {@code feeds.yml} from a config directory into a {@link NewswatchConfig}.
 * Relative paths in {@code newswatch.yml} are resolved against the working directory ({@code data-dir}) or
 * the config directory ({@code network.allow-files}, {@code file:} feed URLs). Stateless and thread-safe.
 */
public final class ConfigLoader {

    public static final String MAIN_FILE = "newswatch.yml";
    public static final String FEEDS_FILE = "feeds.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /** Loads the directory; throws {@link ConfigException} naming file, key and reason on any problem. */
    public static NewswatchConfig load(Path configDir) {
        Path dir = configDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir.toString(), "", "config directory does not exist");
        }
        ConfigNode root = read(dir.resolve(MAIN_FILE), true)
                .onlyKeys(Set.of("kafka", "data-dir", "ingest", "network", "enrich", "alerts", "http"));
        Path dataDir = Path.of(root.get("data-dir").text("data")).toAbsolutePath().normalize();
        KafkaSettings kafka = kafka(root.get("kafka"));
        IngestSettings ingest = ingest(root.get("ingest"));
        NetworkSettings network = network(root.get("network"), dir);
        List<FeedSpec> feeds = feeds(read(dir.resolve(FEEDS_FILE), false), dir);
        EnrichSettings enrich = enrich(root.get("enrich"), dir);
        AlertsSettings alerts = alerts(root.get("alerts"), dir, enrich);
        // Validated now, so a broken subscription file stops everything before anything starts.
        subscriptions(read(alerts.subscriptionsFile(), false));
        // Only the processes use the http section, but a typo in it should fail here, with everything else.
        ops(dir);
        return new NewswatchConfig(dir, dataDir, kafka, ingest, network, feeds, enrich, alerts);
    }

    /**
     * The {@code http} section of {@code newswatch.yml} in {@code configDir}: where a long-running process serves
     * {@code /metrics} and {@code /health}. Kept out of {@link NewswatchConfig} because only the processes read it;
     * a missing file or section gives {@link OpsSettings#defaults()}.
     */
    public static OpsSettings ops(Path configDir) {
        Path dir = configDir.toAbsolutePath().normalize();
        ConfigNode http = read(dir.resolve(MAIN_FILE), false).get("http")
                .onlyKeys(Set.of("port", "bind-address", "dashboard", "dashboard-refresh", "api", "allowed-hosts",
                        "token-sha256", "allow-without-token", "max-event-streams", "request-timeout"));
        String bind = http.get("bind-address").text(OpsSettings.DEFAULT_BIND_ADDRESS).strip();
        if (bind.isEmpty()) {
            throw http.get("bind-address").error("must be an address such as 127.0.0.1 or 0.0.0.0");
        }
        int port = http.get("port").integer(OpsSettings.DEFAULT_PORT, OpsSettings.OFF, 65535);
        return new OpsSettings(bind, port, http.get("dashboard").bool(true),
                http.get("dashboard-refresh").duration(OpsSettings.DEFAULT_DASHBOARD_REFRESH, java.time.Duration.ofMillis(500),
                        java.time.Duration.ofMinutes(10)),
                api(http.get("api"), bind, port), access(http, bind, port));
    }

    /**
     * The guards of the ops endpoint. An endpoint listening beyond loopback needs {@code token-sha256}, or the
     * operator's explicit {@code allow-without-token}: anything else is refused here, so the dashboard and metrics
     * are not opened to the network by an address change alone.
     */
    private static OpsSettings.Access access(ConfigNode http, String bind, int port) {
        List<String> hosts = new ArrayList<>();
        for (String host : http.get("allowed-hosts").textList()) {
            if (!host.strip().matches("[A-Za-z0-9.-]+")) {
                throw http.get("allowed-hosts").error("must be host names such as newswatch.example.com (no port, no"
                        + " scheme), got '" + host + "'");
            }
            hosts.add(host);
        }
        OpsSettings.Access access;
        try {
            access = new OpsSettings.Access(hosts, http.get("token-sha256").text(null),
                    http.get("allow-without-token").bool(false),
                    http.get("max-event-streams").integer(OpsSettings.Access.DEFAULT_MAX_EVENT_STREAMS, 1, 1000),
                    http.get("request-timeout").duration(OpsSettings.Access.DEFAULT_REQUEST_TIMEOUT,
                            java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(5)));
        } catch (IllegalArgumentException e) {
            throw http.get("token-sha256").error(e.getMessage());
        }
        if (port != OpsSettings.OFF && access.tokenSha256() == null && !access.allowWithoutToken() && !loopback(bind)) {
            throw http.get("bind-address").error("the ops endpoint would listen on " + bind + " beyond loopback with no"
                    + " token: set http.token-sha256 (newswatch api new-token prints a token and its hash), or"
                    + " http.allow-without-token: true when a firewall or a private network already keeps others out");
        }
        return access;
    }

    /**
     * The {@code http.api} section. An enabled API needs the endpoint on, and either tokens or the operator's
     * explicit {@code allow-loopback-without-token} on an endpoint bound to a loopback address: anything else is
     * refused here, so the process does not start with an API open to the network.
     */
    private static ApiSettings api(ConfigNode api, String bind, int port) {
        api.onlyKeys(Set.of("enabled", "tokens", "allow-loopback-without-token", "max-body"));
        List<ApiSettings.Token> tokens = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode entry : api.get("tokens").elements()) {
            entry.onlyKeys(Set.of("name", "sha256", "scopes"));
            java.util.EnumSet<ApiSettings.Scope> scopes = java.util.EnumSet.noneOf(ApiSettings.Scope.class);
            for (ConfigNode scope : entry.get("scopes").elements()) {
                scopes.add(scope.map(ApiSettings.Scope::parse, null));
            }
            try {
                tokens.add(new ApiSettings.Token(entry.get("name").requiredText(), entry.get("sha256").text(null), scopes));
            } catch (IllegalArgumentException e) {
                throw entry.error(e.getMessage());
            }
            if (!names.add(tokens.get(tokens.size() - 1).name())) {
                throw entry.get("name").error("duplicate token name '" + tokens.get(tokens.size() - 1).name() + "'");
            }
        }
        boolean allowOpen = api.get("allow-loopback-without-token").bool(false);
        ApiSettings settings = new ApiSettings(api.get("enabled").bool(false), tokens, allowOpen,
                api.get("max-body").bytes(ApiSettings.DEFAULT_MAX_BODY, 1024, 16L * 1024 * 1024));
        if (!settings.enabled()) {
            return settings;
        }
        if (port == OpsSettings.OFF) {
            throw api.get("enabled").error("the API is served on the ops endpoint, which http.port: -1 turns off");
        }
        if (settings.open() && !allowOpen) {
            throw api.get("tokens").error("the API is enabled without tokens: add a token (newswatch api new-token), or "
                    + "set http.api.allow-loopback-without-token: true with http.bind-address on loopback");
        }
        if (settings.open() && !loopback(bind)) {
            throw api.get("allow-loopback-without-token").error("an API without tokens is served on loopback only, but "
                    + "http.bind-address is " + bind + ": add a token (newswatch api new-token) or bind 127.0.0.1");
        }
        return settings;
    }

    private static boolean loopback(String address) {
        try {
            return java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * Parses one feed entry, a mapping in the shape of a {@code feeds.yml} entry; {@code file:} URLs are resolved
     * against {@code configDir}. Used for the file and for the HTTP API's request bodies.
     *
     * @throws ConfigException naming the key of {@code entry} that is wrong and why
     */
    public static FeedSpec feed(ConfigNode entry, Path configDir) {
        entry.onlyKeys(Set.of("id", "url", "name", "language", "interval", "full-text"));
        String url = resolveFeedUrl(entry.get("url"), configDir);
        String name = entry.get("name").text(null);
        String id = entry.get("id").text(null);
        if (id == null) {
            id = FeedSpec.slug(name != null ? name : URI.create(url).getHost() + URI.create(url).getPath());
        }
        String language = entry.get("language").text(null);
        if (language != null && !language.matches("[a-zA-Z]{2}")) {
            throw entry.get("language").error("must be a two-letter ISO 639-1 code such as en or it, got '" + language + "'");
        }
        Duration interval = entry.get("interval").duration(null, Duration.ofSeconds(10), Duration.ofDays(7));
        FullTextMode fullText;
        try {
            fullText = FullTextMode.parse(entry.get("full-text").text(null));
        } catch (IllegalArgumentException e) {
            throw entry.get("full-text").error(e.getMessage());
        }
        try {
            return new FeedSpec(id, url, name, language, interval, fullText);
        } catch (IllegalArgumentException e) {
            throw entry.error(e.getMessage());
        }
    }

    /** Parses one YAML file into a node tree; a missing optional file reads as empty. */
    public static ConfigNode read(Path file, boolean required) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            if (required) {
                throw new ConfigException(file.toString(), "", "file not found");
            }
            return new ConfigNode(name, "", null);
        }
        try {
            JsonNode tree = YAML.readTree(file.toFile());
            return new ConfigNode(file.toString(), "", tree);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    /** Parses the feed list of a {@code feeds.yml} document. */
    public static List<FeedSpec> feeds(ConfigNode root, Path configDir) {
        root.onlyKeys(Set.of("feeds"));
        List<FeedSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode entry : root.get("feeds").elements()) {
            FeedSpec spec = feed(entry, configDir);
            if (!ids.add(spec.id())) {
                throw entry.get("id").error("duplicate feed id '" + spec.id() + "': give one of the feeds an explicit id");
            }
            out.add(spec);
        }
        return out;
    }

    private static String resolveFeedUrl(ConfigNode node, Path configDir) {
        String raw = node.requiredText();
        if (raw.startsWith("file:")) {
            String path = raw.substring("file:".length());
            if (path.startsWith("//")) {
                return URI.create(raw).toString();
            }
            return configDir.resolve(path).normalize().toUri().toString();
        }
        URI uri;
        try {
            uri = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw node.error("is not a valid URL: " + raw);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw node.error("must be an http, https or file: URL, got '" + raw + "'");
        }
        if (uri.getHost() == null) {
            throw node.error("has no host: " + raw);
        }
        return uri.toString();
    }

    private static KafkaSettings kafka(ConfigNode node) {
        node.onlyKeys(Set.of("bootstrap-servers", "embedded-port", "topic-prefix", "partitions",
                "replication-factor", "min-insync-replicas", "client"));
        String prefix = node.get("topic-prefix").text(Topics.DEFAULT_PREFIX);
        if (!prefix.matches("[a-zA-Z0-9._-]*")) {
            throw node.get("topic-prefix").error("may only contain letters, digits, '.', '_' and '-'");
        }
        Map<String, Integer> partitions = new LinkedHashMap<>();
        Set<String> aliases = new HashSet<>();
        Topics.defaults().all().forEach(t -> aliases.add(t.alias()));
        for (Map.Entry<String, ConfigNode> e : node.get("partitions").entries().entrySet()) {
            if (!aliases.contains(e.getKey())) {
                throw e.getValue().error("unknown topic alias (expected one of " + String.join(", ", new java.util.TreeSet<>(aliases)) + ")");
            }
            partitions.put(e.getKey(), e.getValue().integer(Topics.DEFAULT_PARTITIONS, 1, 1000));
        }
        Map<String, String> client = new LinkedHashMap<>();
        node.get("client").entries().forEach((k, v) -> client.put(k, v.text("")));
        String envServers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        String servers = node.get("bootstrap-servers").text(null);
        if (envServers != null && !envServers.isBlank()) {
            servers = envServers;
        }
        short replication = (short) node.get("replication-factor").integer(1, 1, 10);
        short minInsync = (short) node.get("min-insync-replicas")
                .integer(KafkaSettings.defaultMinInsyncReplicas(replication), 1, replication);
        return new KafkaSettings(servers, node.get("embedded-port").integer(9092, 0, 65535), prefix, partitions,
                replication, minInsync, client);
    }

    private static IngestSettings ingest(ConfigNode node) {
        node.onlyKeys(Set.of("default-interval", "min-interval", "jitter", "max-backoff", "host-concurrency",
                "host-min-gap", "fetch-threads", "connect-timeout", "total-deadline", "max-body", "max-redirects",
                "user-agent", "seen-window", "archive-dir", "websub", "requests-in-flight"));
        IngestSettings d = IngestSettings.defaults();
        Duration minInterval = node.get("min-interval").duration(d.minInterval(), Duration.ofSeconds(1), Duration.ofDays(1));
        Duration defaultInterval = node.get("default-interval").duration(d.defaultInterval(), Duration.ofSeconds(1), Duration.ofDays(7));
        if (defaultInterval.compareTo(minInterval) < 0) {
            throw node.get("default-interval").error("must not be shorter than ingest.min-interval (" + minInterval + ")");
        }
        String archive = node.get("archive-dir").text(null);
        return new IngestSettings(
                defaultInterval,
                minInterval,
                node.get("jitter").decimal(d.jitter(), 0.0, 0.5),
                node.get("max-backoff").duration(d.maxBackoff(), Duration.ofSeconds(10), Duration.ofDays(7)),
                node.get("host-concurrency").integer(d.hostConcurrency(), 1, 64),
                node.get("host-min-gap").duration(d.hostMinGap(), Duration.ZERO, Duration.ofMinutes(10)),
                node.get("fetch-threads").integer(d.fetchThreads(), 1, 256),
                node.get("connect-timeout").duration(d.connectTimeout(), Duration.ofMillis(100), Duration.ofMinutes(5)),
                node.get("total-deadline").duration(d.totalDeadline(), Duration.ofMillis(100), Duration.ofMinutes(30)),
                node.get("max-body").bytes(d.maxBodyBytes(), 1024, 1024L * 1024 * 1024),
                node.get("max-redirects").integer(d.maxRedirects(), 0, 20),
                node.get("user-agent").text(d.userAgent()),
                node.get("seen-window").integer(d.seenWindow(), 10, 1_000_000),
                archive == null || archive.isBlank() ? null : Path.of(archive).toAbsolutePath().normalize(),
                webSub(node.get("websub")),
                node.get("requests-in-flight").integer(d.requestsInFlight(), 1, 1024));
    }

    private static WebSubSettings webSub(ConfigNode node) {
        node.onlyKeys(Set.of("enabled", "listen", "callback-base-url", "poll-interval", "lease", "verify-timeout",
                "retry-interval"));
        WebSubSettings d = WebSubSettings.disabled();
        boolean enabled = node.get("enabled").bool(false);
        String listen = node.get("listen").text(d.listenHost() + ":" + d.listenPort()).strip();
        int colon = listen.lastIndexOf(':');
        if (colon <= 0 || !listen.substring(colon + 1).matches("[0-9]{1,5}")
                || Integer.parseInt(listen.substring(colon + 1)) > 65535) {
            throw node.get("listen").error("must be host:port such as 127.0.0.1:8090, got '" + listen + "'");
        }
        String host = listen.substring(0, colon).replaceAll("^\\[|\\]$", "");
        URI callback = node.get("callback-base-url").map(URI::create, null);
        if (callback != null && (!callback.isAbsolute() || callback.getHost() == null
                || !Set.of("http", "https").contains(callback.getScheme().toLowerCase(java.util.Locale.ROOT)))) {
            throw node.get("callback-base-url").error("must be an http or https URL such as https://newswatch.example.com/websub");
        }
        if (enabled && callback == null) {
            throw node.get("callback-base-url").error("is required when ingest.websub.enabled is true: the public URL the hub calls");
        }
        return new WebSubSettings(enabled, host, Integer.parseInt(listen.substring(colon + 1)), callback,
                node.get("poll-interval").duration(d.pollInterval(), Duration.ofMinutes(1), Duration.ofDays(7)),
                node.get("lease").duration(d.lease(), Duration.ofMinutes(5), Duration.ofDays(365)),
                node.get("verify-timeout").duration(d.verifyTimeout(), Duration.ofSeconds(1), Duration.ofHours(1)),
                node.get("retry-interval").duration(d.retryInterval(), Duration.ofSeconds(10), Duration.ofDays(7)));
    }

    private static EnrichSettings enrich(ConfigNode node, Path configDir) {
        node.onlyKeys(Set.of("alert-floor-usd", "usd-rates", "dedup-window", "deal-memory", "taxonomy", "entities",
                "commit-interval", "learned-backstop"));
        EnrichSettings d = EnrichSettings.defaults(configDir);
        java.math.BigDecimal floor = node.get("alert-floor-usd").map(java.math.BigDecimal::new, d.alertFloorUsd());
        if (floor.signum() < 0) {
            throw node.get("alert-floor-usd").error("must not be negative");
        }
        Map<String, java.math.BigDecimal> rates = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : node.get("usd-rates").entries().entrySet()) {
            if (!e.getKey().matches("[A-Z]{3}")) {
                throw e.getValue().error("currency must be an ISO 4217 code such as EUR");
            }
            java.math.BigDecimal rate = e.getValue().map(java.math.BigDecimal::new, null);
            if (rate == null || rate.signum() <= 0) {
                throw e.getValue().error("rate must be a positive number (USD per unit)");
            }
            rates.put(e.getKey(), rate);
        }
        return new EnrichSettings(floor, rates,
                node.get("dedup-window").duration(d.dedupWindow(), Duration.ofMinutes(1), Duration.ofDays(365)),
                node.get("deal-memory").duration(d.dealMemory(), Duration.ofHours(1), Duration.ofDays(3650)),
                configDir.resolve(node.get("taxonomy").text("taxonomy.yml")).normalize(),
                configDir.resolve(node.get("entities").text("entities")).normalize(),
                node.get("commit-interval").duration(d.commitInterval(), Duration.ofMillis(10), Duration.ofMinutes(1)),
                node.get("learned-backstop").bool(d.learnedBackstop()));
    }

    private static AlertsSettings alerts(ConfigNode node, Path configDir, EnrichSettings enrich) {
        node.onlyKeys(Set.of("subscriptions", "default-min-amount-usd", "webhook-timeout", "retry-horizon", "smtp",
                "http-port", "public-base-url", "unsubscribe-secret-env"));
        AlertsSettings d = AlertsSettings.defaults(configDir);
        java.math.BigDecimal min = node.get("default-min-amount-usd").map(java.math.BigDecimal::new, enrich.alertFloorUsd());
        if (min.signum() < 0) {
            throw node.get("default-min-amount-usd").error("must not be negative");
        }
        ConfigNode smtp = node.get("smtp").onlyKeys(Set.of("host", "port", "from", "username", "password-env",
                "starttls", "ssl", "connect-timeout", "read-timeout", "write-timeout"));
        String startTls = smtp.get("starttls").text(d.smtp().startTls()).toLowerCase(java.util.Locale.ROOT);
        // YAML 1.1 reads an unquoted off as false.
        startTls = startTls.equals("false") ? "off" : startTls;
        if (!Set.of("required", "optional", "off").contains(startTls)) {
            throw smtp.get("starttls").error("must be required, optional or off, got '" + startTls + "'");
        }
        String passwordEnv = smtp.get("password-env").text(null);
        String password = passwordEnv == null ? null : System.getenv(passwordEnv);
        if (smtp.get("username").text(null) != null && (password == null || password.isEmpty())) {
            throw smtp.get("password-env").error(passwordEnv == null
                    ? "alerts.smtp.username is set: name the environment variable that holds the password"
                    : "the environment variable " + passwordEnv + " is not set (it must hold the SMTP password)");
        }
        String from = smtp.get("from").text(d.smtp().from());
        if (!from.matches("[^@\\s<>]+@[^@\\s<>]+|[^<>]*<[^@\\s<>]+@[^@\\s<>]+>")) {
            throw smtp.get("from").error("must be an email address, got '" + from + "'");
        }
        AlertsSettings.Smtp smtpSettings = new AlertsSettings.Smtp(smtp.get("host").text(d.smtp().host()),
                smtp.get("port").integer(d.smtp().port(), 1, 65535), from, smtp.get("username").text(null), password,
                startTls, smtp.get("ssl").bool(false),
                smtp.get("connect-timeout").duration(d.smtp().connectTimeout(), Duration.ofMillis(100), Duration.ofMinutes(5)),
                smtp.get("read-timeout").duration(d.smtp().readTimeout(), Duration.ofMillis(100), Duration.ofMinutes(5)),
                smtp.get("write-timeout").duration(d.smtp().writeTimeout(), Duration.ofMillis(100), Duration.ofMinutes(5)));
        String base = node.get("public-base-url").text(null);
        if (base != null && !base.startsWith("https://")) {
            throw node.get("public-base-url").error("must be an https URL (RFC 8058 one-click unsubscribe), got '" + base + "'");
        }
        String secretEnv = node.get("unsubscribe-secret-env").text(null);
        return new AlertsSettings(configDir.resolve(node.get("subscriptions").text("subscriptions.yml")).normalize(), min,
                node.get("webhook-timeout").duration(d.webhookTimeout(), Duration.ofMillis(100), Duration.ofMinutes(5)),
                node.get("retry-horizon").duration(d.retryHorizon(), Duration.ofSeconds(1), Duration.ofDays(30)),
                smtpSettings, node.get("http-port").integer(d.httpPort(), -1, 65535), base,
                secretEnv == null ? null : System.getenv(secretEnv));
    }

    /** Parses the subscription list of a {@code subscriptions.yml} document. */
    public static List<dev.newswatch.core.model.Subscription> subscriptions(ConfigNode root) {
        root.onlyKeys(Set.of("subscriptions"));
        List<dev.newswatch.core.model.Subscription> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode e : root.get("subscriptions").elements()) {
            dev.newswatch.core.model.Subscription s = subscription(e);
            if (!ids.add(s.id())) {
                throw e.get("id").error("duplicate subscription id '" + s.id() + "'");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Parses one subscription entry, a mapping in the shape of a {@code subscriptions.yml} entry. Used for the file
     * and for the HTTP API's request bodies.
     *
     * @throws ConfigException naming the key of {@code e} that is wrong and why
     */
    public static dev.newswatch.core.model.Subscription subscription(ConfigNode e) {
        e.onlyKeys(Set.of("id", "channel", "url", "secret", "secrets", "secret-env", "to", "mode", "digest",
                "min-amount-usd", "categories", "entities", "stages", "types", "languages", "max-per-minute",
                "chat-id", "bot-token-env", "api-base-url", "feed-token", "digest-hour", "digest-day",
                "time-zone", "query", "alert-on"));
        List<String> secrets = new ArrayList<>(e.get("secrets").textList());
        String secret = e.get("secret").text(null);
        if (secret != null) {
            secrets.add(0, secret);
        }
        for (int j = 0; j < secrets.size(); j++) {
            if (!secrets.get(j).startsWith("whsec_")) {
                ConfigNode where = secret != null && j == 0 ? e.get("secret") : e.get("secrets").elements().get(secret != null ? j - 1 : j);
                throw where.error("a webhook secret starts with whsec_ (Standard Webhooks)");
            }
        }
        java.math.BigDecimal min = e.get("min-amount-usd").map(java.math.BigDecimal::new, null);
        dev.newswatch.core.model.Subscription s;
        try {
            s = new dev.newswatch.core.model.Subscription(e.get("id").requiredText(), e.get("channel").requiredText(),
                    e.get("url").text(null), secrets, e.get("secret-env").text(null), e.get("to").text(null),
                    e.get("mode").text(null), e.get("digest").text(null), min, e.get("categories").textList(),
                    e.get("entities").textList(), e.get("stages").textList(), e.get("types").textList(),
                    e.get("languages").textList(), e.get("max-per-minute").integer(0, 0, 100_000), false, null,
                    e.get("chat-id").text(null), e.get("bot-token-env").text(null), e.get("api-base-url").text(null),
                    e.get("feed-token").text(null),
                    e.get("digest-hour").isMissing() ? null : e.get("digest-hour").integer(0, 0, 23), e.get("digest-day").text(null),
                    e.get("time-zone").text(null), e.get("query").text(null), e.get("alert-on").text(null));
        } catch (IllegalArgumentException ex) {
            if (ex.getCause() instanceof dev.newswatch.core.rule.RuleSyntaxException) {
                throw e.get("query").error(ex.getMessage());
            }
            throw e.error(ex.getMessage());
        }
        if (s.url() != null) {
            String url = s.url();
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw e.get("url").error("must be an http or https URL, got '" + url + "'");
            }
        }
        return s;
    }

    private static NetworkSettings network(ConfigNode node, Path configDir) {
        node.onlyKeys(Set.of("allow", "allow-files"));
        List<String> cidrs = node.get("allow").textList();
        for (int i = 0; i < cidrs.size(); i++) {
            if (!validCidr(cidrs.get(i))) {
                throw new ConfigException(node.file(), node.key() + ".allow[" + i + "]",
                        "must be a CIDR such as 127.0.0.0/8, got '" + cidrs.get(i) + "'");
            }
        }
        List<Path> files = new ArrayList<>();
        for (String f : node.get("allow-files").textList()) {
            files.add(configDir.resolve(f).toAbsolutePath().normalize());
        }
        return new NetworkSettings(cidrs, files);
    }

    private static boolean validCidr(String text) {
        try {
            dev.newswatch.core.net.Cidr.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
