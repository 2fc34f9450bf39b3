package dev.newswatch.enrich.deal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.newswatch.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A position in one of the lexicon files ({@code lexicon/en.yml}, {@code lexicon/money.yml}, resources of this
 * package) that knows its file and dotted key, so that every read fails with a {@link ConfigException} naming
 * both. Every key read is required. Used only while the lexicons load; not thread-safe.
 */
final class LexiconFile {

    /** The languages that have a file; {@link DealLexicon} and {@link MoneyLexicon} fall back to the first. */
    static final List<String> LANGUAGES = List.of("en", "it", "de", "fr", "es");
    static final String MONEY = "money";

    /** Unquoted yes/no/on/off stay words ("on" is an English marker); duplicate keys are errors. */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build());

    private final String file;
    private final String key;
    private final JsonNode node;

    private LexiconFile(String file, String key, JsonNode node) {
        this.file = file;
        this.key = key;
        this.node = node;
    }

    /** The parsed file of a language code or of {@link #MONEY}; each file is parsed once, at first use. */
    static LexiconFile of(String name) {
        LexiconFile file = Parsed.FILES.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no lexicon file for " + name);
        }
        return file;
    }

    /** Parses a lexicon document; {@code file} names it in error messages. */
    static LexiconFile parse(String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "", "not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(file, "", "must be a mapping of keys to values");
        }
        return new LexiconFile(file, "", root);
    }

    /** The resource path of a lexicon file, relative to the class path root. */
    static String resourcePath(String name) {
        return LexiconFile.class.getPackageName().replace('.', '/') + "/lexicon/" + name + ".yml";
    }

    private static LexiconFile load(String name) {
        String path = resourcePath(name);
        try (InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ConfigException(path, "", "missing from the class path");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the lexicon file " + path + ".", e);
        }
    }

    /** Holder: the files are parsed when a lexicon first needs them, once for both lexicons. */
    private static final class Parsed {
        static final Map<String, LexiconFile> FILES = loadAll();

        private static Map<String, LexiconFile> loadAll() {
            Map<String, LexiconFile> files = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                files.put(language, load(language));
            }
            files.put(MONEY, load(MONEY));
            return Map.copyOf(files);
        }
    }

    String file() {
        return file;
    }

    /** Fails on a key not in {@code allowed}: most often a typo of a required one. */
    LexiconFile onlyKeys(Set<String> allowed) {
        Iterator<String> names = mapping().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ConfigException(file, child(name), "unknown key (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    /** The required child {@code name}. */
    LexiconFile get(String name) {
        JsonNode child = mapping().get(name);
        if (child == null || child.isNull()) {
            throw new ConfigException(file, child(name), "is missing");
        }
        return new LexiconFile(file, child(name), child);
    }

    boolean has(String name) {
        JsonNode child = mapping().get(name);
        return child != null && !child.isNull();
    }

    /** The entries of a mapping, in file order (the order of alternatives and named groups). */
    Map<String, LexiconFile> entries() {
        Map<String, LexiconFile> out = new LinkedHashMap<>();
        mapping().fields().forEachRemaining(e -> out.put(e.getKey(),
                new LexiconFile(file, child(e.getKey()), e.getValue())));
        if (out.isEmpty()) {
            throw error("must not be empty");
        }
        return out;
    }

    List<LexiconFile> elements() {
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<LexiconFile> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new LexiconFile(file, key + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    /** A word or regular expression, exactly as written. */
    String text() {
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw error("must be a non-empty text (put it in quotes), got '" + node.asText() + "'");
        }
        return node.asText();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error("must be true or false, got '" + node.asText() + "'");
        }
        return node.asBoolean();
    }

    /** A number written as text ("1e9", "0.5") or a whole number. */
    BigDecimal number() {
        String raw = node.isIntegralNumber() ? node.asText() : text();
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw error("must be a number such as \"1e9\" or \"0.5\", got '" + raw + "'");
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw error("'" + name + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A list of regular expressions, each checked alone, joined with "|"; the list must not be empty. */
    String alternatives() {
        String joined = alternativesOrNull();
        if (joined == null) {
            throw error("must list at least one entry");
        }
        return joined;
    }

    /** Like {@link #alternatives()}, but an empty list gives null ("none in this language"). */
    String alternativesOrNull() {
        List<String> items = new ArrayList<>();
        for (LexiconFile element : elements()) {
            items.add(element.checkedRegex());
        }
        return items.isEmpty() ? null : String.join("|", items);
    }

    /** A list of plain texts, not regular expressions. */
    List<String> texts() {
        List<String> items = new ArrayList<>();
        for (LexiconFile element : elements()) {
            items.add(element.text());
        }
        return items;
    }

    /** This entry's regular expression after checking that it compiles alone. */
    String checkedRegex() {
        String regex = text();
        compile(regex, 0);
        return regex;
    }

    /** Compiles a pattern built from this entry; a syntax error names the file and key. */
    Pattern compile(String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw error("not a valid regular expression: " + e.getDescription() + " in " + e.getPattern());
        }
    }

    ConfigException error(String reason) {
        return new ConfigException(file, key, reason);
    }

    private JsonNode mapping() {
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        return node;
    }

    private String child(String name) {
        return key.isEmpty() ? name : key + "." + name;
    }
}
