package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless browser (Debian's chromium, driven through chromedriver by Selenium) against the
 * whole pipeline on a real embedded broker: ingest reads the shipped demo feeds plus one live feed file the test
 * writes to, enrich finds the deals, alerts delivers them to a webhook on 127.0.0.1. The tests share that run and go
 * in order: the page loads with live data; a deal just added to the live feed appears without a reload; the broker
 * stops (the page says so) and starts again on the same port and data, and a deal added after that appears on the
 * same, never reloaded page.
 *
 * <p>The ops endpoint has an ops token ({@code http.token-sha256}): the browser signs in once with
 * {@code /?token=TOKEN}, and its cookie carries the page, its scripts and its event stream from then on.
 *
 * <p>Needs /usr/bin/chromium and /usr/bin/chromedriver ({@code .ci/run} installs them). Without them the test is
 * skipped, unless {@code NEWSWATCH_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes that a failure. The screenshot of
 * the loaded page is written to {@code app/target/dashboard.png} (the picture in docs/OPERATIONS.md comes from it).
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("newswatch.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("newswatch.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(120);
    /** The ops token of this run: the page is opened once with it, and the browser carries on with its cookie. */
    private static final String OPS_TOKEN = "nw_dashboard-it-" + java.util.UUID.randomUUID();

    @TempDir
    static Path dir;

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    private static WebhookReceiver receiver;
    private static Pipeline pipeline;
    private static WebDriver browser;
    private static Path liveFeed;
    private static final List<String> liveItems = new ArrayList<>();
    private static String page;

    @BeforeAll
    static void startPipelineAndBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium and chromium-driver; "
                + ".ci/run installs them)";
        if ("1".equals(System.getenv("NEWSWATCH_REQUIRE_BROWSER"))) {
            assertTrue(present, missing);
        }
        Assumptions.assumeTrue(present, missing);

        receiver = new WebhookReceiver();
        int opsPort = LoopbackPorts.free();
        Path config = AlertsFixtures.demoConfig(dir, "dash.",
                List.of("  http-port: -1", "http:", "  port: " + opsPort, "  dashboard-refresh: 1s",
                        "  token-sha256: " + dev.newswatch.app.api.BearerAuth.hash(OPS_TOKEN)),
                "subscriptions:\n"
                        + "  - id: deals-webhook\n"
                        + "    channel: webhook\n"
                        + "    url: \"" + receiver.url() + "\"\n"
                        + "    secret: \"" + AlertsFixtures.newSecret() + "\"\n");
        liveFeed = config.resolve("demo/live.xml");
        writeLiveFeed();
        Files.writeString(config.resolve("feeds.yml"), Files.readString(config.resolve("feeds.yml"))
                + "  - {id: live-wire, url: \"file:demo/live.xml\", name: \"Live Wire (test)\", language: en}\n");
        NewswatchConfig loaded = ConfigLoader.load(config).withKafka(ConfigLoader.load(config).kafka()
                .withBootstrapServers(KAFKA.bootstrapServers()));
        pipeline = Pipeline.start(loaded, EnumSet.allOf(Stage.class), false, "dash-it", Clock.systemUTC());
        page = "http://127.0.0.1:" + pipeline.opsPort() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1500", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopAll() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void shouldLoadWithTheDemoDealsFeedsTopicsAndDeliveries() throws Exception {
        // Given an endpoint with an ops token, which a request without it does not pass
        java.net.http.HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(page)).timeout(Duration.ofSeconds(10)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());

        // When the browser opens the page once with the token in its address
        browser.get(page + "?token=" + OPS_TOKEN);

        // Then it lands on the page without the token in the address, signed in by its cookie
        assertEquals(page, browser.getCurrentUrl());

        // And the page is live and fills from the pipeline: the seed article's deal among the alerts
        assertEquals("Newswatch dashboard", browser.getTitle());
        waitForText("connection", "Live");
        waitForText("broker", "Broker up");
        waitUntil(() -> text("alerts").contains("Amazon \u2192 OpenAI") && text("alerts").contains("> $10B"),
                "the seed article's alert (Amazon \u2192 OpenAI, > $10B) in #alerts");
        waitUntil(() -> rows("feeds") >= 6, "six feeds (five demo feeds and the live one) in #feeds");
        waitUntil(() -> text("deliveries").contains("deals-webhook") && cell("deliveries", "deals-webhook", 1) > 0,
                "deliveries of deals-webhook in #deliveries");
        waitUntil(() -> text("topics").contains("articles") && !text("tile-articles").equals("\u2013"),
                "topic counts in #topics and the articles tile");
        assertFalse(text("feeds").contains("backing-off"), "no demo feed fails:\n" + text("feeds"));
        waitUntil(() -> cell("deliveries", "deals-webhook", 1) == receiver.requests().size() && rows("alerts") > 0,
                "delivered count equal to the webhook calls the receiver saw (" + receiver.requests().size() + ")");

        // And the topic tiles have caught up with the lists (records count transaction markers too)
        waitUntil(() -> number("tile-alerts") >= rows("alerts") && number("tile-deals") >= rows("deals"),
                "the alerts and deals tiles to count at least the listed alerts and deals");

        // And a screenshot of it for docs/OPERATIONS.md
        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot.toAbsolutePath());
    }

    @Test
    @Order(2)
    void shouldShowADealJustAddedToAFeedWithoutAReload() throws IOException {
        // Given the page as loaded, marked so that a reload would show
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = 'yes';");
        int alertsBefore = receiver.requests().size();

        // When a new article with a deal appears in a feed
        addLiveItem("Samsung to invest $3 billion in Mistral AI",
                "Samsung Electronics said on Tuesday it will invest $3 billion in French start-up Mistral AI, "
                        + "according to a statement.");

        // Then the deal, its alert and its delivery show up on the same page
        waitUntil(() -> text("deals").contains("Samsung Electronics \u2192 Mistral AI"), "the new deal in #deals");
        waitUntil(() -> text("alerts").contains("Samsung Electronics \u2192 Mistral AI") && text("alerts").contains("$3B"),
                "its alert at the top of #alerts");
        WebElement first = browser.findElement(By.cssSelector("#alerts li"));
        assertTrue(first.getText().contains("Samsung Electronics \u2192 Mistral AI"), "newest first: " + first.getText());
        waitUntil(() -> receiver.requests().size() > alertsBefore
                && cell("deliveries", "deals-webhook", 1) == receiver.requests().size(), "its delivery counted");
        assertEquals("yes", ((JavascriptExecutor) browser).executeScript("return window.__sameDocument;"));
    }

    @Test
    @Order(3)
    void shouldSayTheBrokerIsDownAndCarryOnWhenItIsBack() throws IOException {
        // Given
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = 'still';");

        // When the broker stops
        KAFKA.cluster().stop();

        // Then the page says so and keeps the last figures, marked stale
        waitForText("broker", "Broker unreachable");
        waitUntil(() -> text("topics-note").contains("not answering"), "topic figures marked stale");
        assertTrue(text("deals").contains("Samsung Electronics \u2192 Mistral AI"), "deals stay on the page");

        // When it starts again on the same port and data, and a new deal arrives
        KAFKA.cluster().start();
        waitForText("broker", "Broker up");
        addLiveItem("Nvidia invests $2 billion in Cohere",
                "Nvidia has agreed to invest $2 billion in Canadian AI company Cohere, the companies announced on Thursday.");

        // Then it shows up on the same page, which never reloaded
        waitUntil(() -> text("deals").contains("Nvidia \u2192 Cohere"), "the deal made after the restart in #deals");
        waitUntil(() -> text("alerts").contains("Nvidia \u2192 Cohere"), "its alert in #alerts");
        waitForText("connection", "Live");
        assertEquals("still", ((JavascriptExecutor) browser).executeScript("return window.__sameDocument;"));
        assertTrue(text("deals").contains("Samsung Electronics \u2192 Mistral AI"), "older deals still listed");
    }

    // ---- the live feed ---------------------------------------------------------------------------------

    private static void addLiveItem(String title, String text) throws IOException {
        int n = liveItems.size() + 1;
        liveItems.add("<item><guid>live-" + n + "</guid><title>" + title + "</title>"
                + "<link>https://live.example/" + n + "</link><pubDate>"
                + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atZone(java.time.ZoneOffset.UTC))
                + "</pubDate><description>" + text + "</description></item>");
        writeLiveFeed();
    }

    private static void writeLiveFeed() throws IOException {
        Path tmp = liveFeed.resolveSibling("live.xml.tmp");
        Files.writeString(tmp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Live Wire</title><link>https://live.example/</link><description>test feed</description>"
                + String.join("", liveItems) + "</channel></rss>\n");
        Files.move(tmp, liveFeed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // ---- the page --------------------------------------------------------------------------------------

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static int rows(String id) {
        return browser.findElements(By.cssSelector("#" + id + " tbody tr, #" + id + " > li")).size();
    }

    private static long number(String id) {
        String shown = text(id).replace(",", "").strip();
        return shown.matches("\\d+") ? Long.parseLong(shown) : -1;
    }

    /** The number in column {@code column} of the row whose first cell is {@code key}, or -1 (read in one script). */
    private static int cell(String tableId, String key, int column) {
        Object value = ((JavascriptExecutor) browser).executeScript(
                "for (const tr of document.querySelectorAll('#' + arguments[0] + ' tbody tr')) {"
                        + "  if (tr.cells[0].textContent === arguments[1]) return tr.cells[arguments[2]].textContent;"
                        + "} return null;", tableId, key, column);
        return value == null ? -1 : Integer.parseInt(value.toString().replace(",", "").strip());
    }

    private static void waitForText(String id, String expected) {
        waitUntil(() -> text(id).contains(expected), "#" + id + " to say '" + expected + "'");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        try {
            new WebDriverWait(browser, PIPELINE_WAIT, Duration.ofMillis(250))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + PIPELINE_WAIT.toSeconds() + " s for " + what + "; the page shows:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
