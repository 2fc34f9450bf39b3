package dev.newswatch.enrich.tag;

import dev.newswatch.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The categories an article can be tagged with, read from {@code config/taxonomy.yml} (the format is
 * documented at the top of that file). A category has its own weighted {@link Term terms} and may require
 * shared {@link TermGroup term groups}: it is tagged when every required group matched at least once and
 * the weights of its own distinct matched terms add up to at least {@link Category#minScore()}. So
 * {@code ai-funding} = (funding terms, score ≥ 1) AND (at least one term of group {@code ai}).
 *
 * <p>Immutable and thread-safe; no component is null. {@link #source()} names the file it came from.
 *
 * @param source     where the taxonomy was read from, for messages
 * @param groups     shared term groups by id, in file order
 * @param categories the categories in file order
 */
public record Taxonomy(String source, Map<String, TermGroup> groups, List<Category> categories) {

    /** Ids of categories and groups: lower-case words joined by hyphens. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Language keys of term lists: {@code any} or a two-letter ISO 639-1 code. */
    static final Pattern LANGUAGE = Pattern.compile("any|[a-z]{2}");

    public Taxonomy {
        Objects.requireNonNull(source, "source");
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
        categories = List.copyOf(categories);
        Set<String> ids = new HashSet<>();
        for (Category category : categories) {
            if (!ids.add(category.id())) {
                throw new IllegalArgumentException("category '" + category.id() + "' is defined twice");
            }
            for (String required : category.requires()) {
                if (!groups.containsKey(required)) {
                    throw new IllegalArgumentException("category '" + category.id() + "' requires unknown group '"
                            + required + "' (groups: " + String.join(", ", groups.keySet()) + ")");
                }
            }
        }
        groups.forEach((id, group) -> {
            if (!id.equals(group.id())) {
                throw new IllegalArgumentException("group keyed '" + id + "' has id '" + group.id() + "'");
            }
        });
    }

    /**
     * Reads a taxonomy file.
     *
     * @throws ConfigException naming the file, the key and the reason when the file is missing, is not
     *                         YAML or breaks a rule of the format
     */
    public static Taxonomy load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the taxonomy: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * Parses a taxonomy document.
     *
     * @param yaml       the document
     * @param sourceName the file name used in error messages and {@link #source()}
     * @throws ConfigException naming {@code sourceName}, the key and the reason on any error
     */
    public static Taxonomy parse(String yaml, String sourceName) {
        return TaxonomyReader.read(yaml, sourceName);
    }

    /** The category with this id, if there is one. */
    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * One keyword of the taxonomy: its text as written (a trailing {@code *} makes it a prefix of a word),
     * the language list it came from ({@code any} or a two-letter code), its weight and whether it must
     * match with exactly this case in the original text (for short terms such as "AI" that are ordinary
     * words in lower case, like the Italian "ai"). A weight of 0 makes a blocker: a phrase that hides the
     * shorter terms inside it ("blue-chip" hides "chip", "raise concerns" hides "raise") and is itself
     * never counted nor reported.
     */
    public record Term(String text, String language, double weight, boolean caseSensitive) {

        public Term {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a term needs a text");
            }
            text = text.strip();
            if (text.indexOf('*') >= 0 && text.indexOf('*') != text.length() - 1) {
                throw new IllegalArgumentException("term '" + text + "' may only have '*' at its end");
            }
            if (text.equals("*")) {
                throw new IllegalArgumentException("term '*' matches nothing");
            }
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("term '" + text + "' has language '" + language
                        + "', expected 'any' or a two-letter code");
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("term '" + text + "' needs a weight of 0 or more, got " + weight);
            }
        }

        /** The term without its trailing {@code *}. */
        public String stem() {
            return text.endsWith("*") ? text.substring(0, text.length() - 1) : text;
        }

        /** True when the term ends in {@code *} and matches any word it starts. */
        public boolean prefix() {
            return text.endsWith("*");
        }
    }

    /** A named list of terms that categories can require (for instance {@code ai}). */
    public record TermGroup(String id, String description, List<Term> terms) {

        public TermGroup {
            checkId("group", id);
            description = description == null ? "" : description;
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("group '" + id + "' has no terms");
            }
        }
    }

    /**
     * A category: tagged when every group in {@code requires} matched and its own matched terms weigh at
     * least {@code minScore}.
     */
    public record Category(String id, String description, double minScore, List<String> requires, List<Term> terms) {

        public Category {
            checkId("category", id);
            description = description == null ? "" : description;
            if (!(minScore > 0) || Double.isInfinite(minScore)) {
                throw new IllegalArgumentException("category '" + id + "' needs a min-score above 0, got " + minScore);
            }
            requires = List.copyOf(new LinkedHashSet<>(requires));
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("category '" + id + "' has no terms");
            }
        }
    }

    private static void checkId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id
                    + "' must be lower-case letters and digits joined by hyphens");
        }
    }
}
