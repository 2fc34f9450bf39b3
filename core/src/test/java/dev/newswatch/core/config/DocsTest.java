package dev.newswatch.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation stays true: {@code docs/CONFIGURATION.md} lists exactly the keys that {@link ConfigLoader}
 * accepts, every relative link of the README and of {@code docs/} resolves, and the README stays short.
 *
 * <p>The accepted keys are not copied from the loader's source: the test asks the loader itself, by writing a
 * key it cannot know under each section and reading the "expected one of ..." list of the error.
 */
class DocsTest {

    private static final Path REPO = RepoPaths.root();
    private static final String UNKNOWN = "zz-not-a-key";
    private static final Pattern EXPECTED = Pattern.compile("unknown key \\(expected one of (.*)\\)");
    /** A row of a {@code | key | type | default | meaning |} table: its first cell is the key in backticks. */
    private static final Pattern KEY_ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");
    private static final int README_MAX_LINES = 200;

    @TempDir
    Path dir;

    @Test
    void shouldDocumentEveryKeyTheConfigLoaderAccepts() {
        Set<String> missing = new TreeSet<>(acceptedKeys());
        missing.removeAll(documentedKeys());

        assertTrue(missing.isEmpty(), () -> "docs/CONFIGURATION.md has no row for the key(s) " + missing
                + " that ConfigLoader accepts: add a row for each to the table of its section (key in backticks, type, default, meaning)");
    }

    @Test
    void shouldDocumentOnlyKeysTheConfigLoaderAccepts() {
        Set<String> unknown = new TreeSet<>(documentedKeys());
        unknown.removeAll(acceptedKeys());

        assertTrue(unknown.isEmpty(), () -> "docs/CONFIGURATION.md documents the key(s) " + unknown
                + " that ConfigLoader rejects as unknown: fix the key's name or remove its row");
    }

    @Test
    void shouldResolveEveryRelativeLinkOfTheReadmeAndTheDocs() throws IOException {
        List<MarkdownLinks.Broken> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            broken.addAll(MarkdownLinks.brokenLinks(file));
        }

        assertTrue(broken.isEmpty(), () -> broken.size() + " broken link(s); point each at an existing file and "
                + "heading (anchors are GitHub's: lower case, punctuation dropped, spaces as '-'):\n" + listed(broken));
    }

    @Test
    void shouldReportALinkToAMissingFileOrHeading() throws IOException {
        // Given a page with one good link and two broken ones
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## Email (SMTP)\n");
        Path page = dir.resolve("page.md");
        Files.writeString(page, String.join("\n",
                "# Page",
                "[good](other.md#email-smtp) and [web](https://example.com/x.md) and `[code](nowhere.md)`",
                "```",
                "[fenced](nowhere.md)",
                "```",
                "[missing file](nowhere.md)",
                "[missing heading](other.md#email)",
                "[same page](#page)"));

        // When
        List<MarkdownLinks.Broken> broken = MarkdownLinks.brokenLinks(page);

        // Then only the two broken ones are reported, with their lines
        assertEquals(List.of(6, 7), broken.stream().map(MarkdownLinks.Broken::line).toList(), listed(broken));
        assertTrue(broken.get(0).reason().startsWith("no such file"), broken.get(0).reason());
        assertTrue(broken.get(1).reason().startsWith("no heading with the anchor #email"), broken.get(1).reason());
    }

    @Test
    void shouldMakeAnchorsTheWayGitHubDoes() {
        assertEquals("email-smtp", MarkdownLinks.slug("Email (SMTP)"));
        assertEquals("newswatch-tail", MarkdownLinks.slug("`newswatch tail`"));
        assertEquals("docker-compose-and-deploy", MarkdownLinks.slug("Docker Compose and `deploy/`"));
        assertEquals("analysts-backtest-and-replay", MarkdownLinks.slug("Analysts: backtest and replay"));
        assertEquals("what-enrich-adds", MarkdownLinks.slug("What enrich adds"));
    }

    @Test
    void shouldKeepTheReadmeShort() throws IOException {
        long lines;
        try (Stream<String> readme = Files.lines(REPO.resolve("README.md"))) {
            lines = readme.count();
        }

        assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines, at most " + README_MAX_LINES
                + " allowed: move reference material to docs/ and link it");
    }

    // ---- the keys the loader accepts, asked of the loader ----

    private Set<String> acceptedKeys() {
        Set<String> keys = new TreeSet<>(mainKeys(""));
        for (String key : entryKeys(ConfigLoader.FEEDS_FILE, "feeds", "url: https://example.com/feed.xml",
                root -> ConfigLoader.feeds(root, dir))) {
            keys.add("feeds[]." + key);
        }
        for (String key : entryKeys("subscriptions.yml", "subscriptions", "id: probe, channel: console",
                ConfigLoader::subscriptions)) {
            keys.add("subscriptions[]." + key);
        }
        return keys;
    }

    /** The leaf keys of {@code newswatch.yml} under {@code section} ({@code ""} for the top level). */
    private Set<String> mainKeys(String section) {
        Set<String> keys = new TreeSet<>();
        for (String name : expectedKeysOfMain(section)) {
            String key = section.isEmpty() ? name : section + "." + name;
            if (isSection(key)) {
                keys.addAll(mainKeys(key));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    private List<String> expectedKeysOfMain(String section) {
        ConfigException e = loadMainWithUnknownKeyUnder(section);
        Matcher m = EXPECTED.matcher(e == null ? "" : e.reason());
        if (!m.matches() || !e.key().equals(qualified(section))) {
            fail("ConfigLoader should reject " + qualified(section) + " as an unknown key listing the expected ones, "
                    + "but said: " + (e == null ? "nothing (it loaded)" : e.getMessage()));
        }
        return Arrays.asList(m.group(1).split(", "));
    }

    /** A key is a section when the loader checks the keys under it, as it does for {@code kafka} or {@code alerts.smtp}. */
    private boolean isSection(String key) {
        ConfigException e = loadMainWithUnknownKeyUnder(key);
        return e != null && e.key().equals(qualified(key)) && EXPECTED.matcher(e.reason()).matches();
    }

    private ConfigException loadMainWithUnknownKeyUnder(String section) {
        StringBuilder yaml = new StringBuilder();
        String indent = "";
        if (!section.isEmpty()) {
            for (String part : section.split("\\.")) {
                yaml.append(indent).append(part).append(":\n");
                indent += "  ";
            }
        }
        yaml.append(indent).append(UNKNOWN).append(": 1\n");
        write(dir.resolve(ConfigLoader.MAIN_FILE), yaml.toString());
        try {
            ConfigLoader.load(dir);
            return null;
        } catch (ConfigException e) {
            return e;
        }
    }

    /** The keys that one entry of the list {@code listKey} of {@code file} may have. */
    private List<String> entryKeys(String file, String listKey, String requiredFields, Consumer<ConfigNode> parse) {
        Path path = dir.resolve(file);
        write(path, listKey + ":\n  - {" + requiredFields + ", " + UNKNOWN + ": 1}\n");
        try {
            parse.accept(ConfigLoader.read(path, true));
        } catch (ConfigException e) {
            Matcher m = EXPECTED.matcher(e.reason());
            if (e.key().equals(listKey + "[0]." + UNKNOWN) && m.matches()) {
                return Arrays.asList(m.group(1).split(", "));
            }
            fail("ConfigLoader should reject " + listKey + "[0]." + UNKNOWN + " as an unknown key, but said: "
                    + e.getMessage());
        }
        return fail("ConfigLoader accepted the key " + listKey + "[0]." + UNKNOWN + " in " + file);
    }

    private static String qualified(String section) {
        return section.isEmpty() ? UNKNOWN : section + "." + UNKNOWN;
    }

    // ---- the keys CONFIGURATION.md documents ----

    private static Set<String> documentedKeys() {
        Set<String> keys = new TreeSet<>();
        boolean keyTable = false;
        for (String line : MarkdownLinks.lines(REPO.resolve("docs").resolve("CONFIGURATION.md"))) {
            if (!line.startsWith("|")) {
                keyTable = false;
            } else if (line.matches("\\|\\s*key\\s*\\|.*")) {
                keyTable = true;
            } else {
                Matcher m = KEY_ROW.matcher(line);
                if (keyTable && m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(REPO.resolve("README.md"));
        try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    private static String listed(List<?> items) {
        StringBuilder out = new StringBuilder();
        items.forEach(i -> out.append("  ").append(i).append('\n'));
        return out.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
