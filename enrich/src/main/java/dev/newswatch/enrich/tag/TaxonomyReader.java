package dev.newswatch.enrich.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newswatch.core.config.ConfigException;
import dev.newswatch.core.config.ConfigNode;
import dev.newswatch.enrich.tag.Taxonomy.Category;
import dev.newswatch.enrich.tag.Taxonomy.Term;
import dev.newswatch.enrich.tag.Taxonomy.TermGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the YAML taxonomy format into a {@link Taxonomy}, failing with file, key and reason. Stateless. */
final class TaxonomyReader {

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private TaxonomyReader() {
    }

    static Taxonomy read(String yaml, String file) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException(file, "", "not valid YAML: " + describe(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(file, "", "is empty; expected the keys 'groups' and 'categories'");
        }
        // "forms" holds the per-language forms of rule keywords, read by the alerts stage (core KeywordForms).
        ConfigNode top = new ConfigNode(file, "", root).onlyKeys(Set.of("case-sensitive", "groups", "categories",
                "forms"));
        Set<String> caseSensitive = new LinkedHashSet<>(top.get("case-sensitive").textList());
        Set<String> caseSensitiveSeen = new HashSet<>();

        Map<String, TermGroup> groups = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : fields(file, "groups", root.get("groups"), false)) {
            String key = "groups." + entry.getKey();
            JsonNode node = entry.getValue();
            new ConfigNode(file, key, node).onlyKeys(Set.of("description", "terms"));
            List<Term> terms = terms(file, key + ".terms", node.get("terms"), caseSensitive, caseSensitiveSeen);
            groups.put(entry.getKey(), build(file, key,
                    () -> new TermGroup(entry.getKey(), text(file, key, node, "description"), terms)));
        }

        List<Category> categories = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(file, "categories", root.get("categories"), true)) {
            String key = "categories." + entry.getKey();
            JsonNode node = entry.getValue();
            ConfigNode category = new ConfigNode(file, key, node)
                    .onlyKeys(Set.of("description", "min-score", "requires", "terms"));
            double minScore = category.get("min-score").decimal(1.0, 0.001, 1_000_000);
            List<String> requires = category.get("requires").textList();
            for (int i = 0; i < requires.size(); i++) {
                if (!groups.containsKey(requires.get(i))) {
                    throw new ConfigException(file, key + ".requires[" + i + "]", "unknown group '" + requires.get(i)
                            + "' (defined groups: " + String.join(", ", groups.keySet()) + ")");
                }
            }
            List<Term> terms = terms(file, key + ".terms", node.get("terms"), caseSensitive, caseSensitiveSeen);
            categories.add(build(file, key, () -> new Category(entry.getKey(),
                    text(file, key, node, "description"), minScore, requires, terms)));
        }

        caseSensitive.removeAll(caseSensitiveSeen);
        if (!caseSensitive.isEmpty()) {
            throw new ConfigException(file, "case-sensitive", "lists terms that no group or category has: "
                    + String.join(", ", caseSensitive));
        }
        return build(file, "", () -> new Taxonomy(file, groups, categories));
    }

    /** A term list keyed by language: {@code any}, {@code en}, {@code it}, ... each a list of terms. */
    private static List<Term> terms(String file, String key, JsonNode node, Set<String> caseSensitive,
                                    Set<String> caseSensitiveSeen) {
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<String, JsonNode> byLanguage : fields(file, key, node, true)) {
            String language = byLanguage.getKey();
            String listKey = key + "." + language;
            if (!Taxonomy.LANGUAGE.matcher(language).matches()) {
                throw new ConfigException(file, listKey, "unknown language key, expected 'any' or a two-letter code");
            }
            JsonNode list = byLanguage.getValue();
            if (list == null || !list.isArray()) {
                throw new ConfigException(file, listKey, "must be a list of terms");
            }
            for (int i = 0; i < list.size(); i++) {
                String termKey = listKey + "[" + i + "]";
                Term term = term(file, termKey, list.get(i), language, caseSensitive);
                if (term.caseSensitive()) {
                    caseSensitiveSeen.add(term.text());
                }
                terms.add(term);
            }
        }
        return terms;
    }

    /** A plain string (weight 1) or a mapping {@code {term, weight, case-sensitive}}. */
    private static Term term(String file, String key, JsonNode node, String language, Set<String> caseSensitive) {
        if (node.isTextual() || node.isNumber()) {
            String text = node.asText().strip();
            return build(file, key, () -> new Term(text, language, 1.0, caseSensitive.contains(text)));
        }
        if (!node.isObject()) {
            throw new ConfigException(file, key, "must be a term or a mapping {term, weight, case-sensitive}");
        }
        ConfigNode mapping = new ConfigNode(file, key, node).onlyKeys(Set.of("term", "weight", "case-sensitive"));
        String text = mapping.get("term").requiredText();
        double weight = mapping.get("weight").decimal(1.0, 0, 1_000_000);
        boolean exactCase = mapping.get("case-sensitive").bool(false) || caseSensitive.contains(text);
        return build(file, key, () -> new Term(text, language, weight, exactCase));
    }

    private static List<Map.Entry<String, JsonNode>> fields(String file, String key, JsonNode node, boolean required) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (required) {
                throw new ConfigException(file, key, "is required");
            }
            return List.of();
        }
        if (!node.isObject()) {
            throw new ConfigException(file, key, "must be a mapping of keys to values");
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>(node.properties());
        if (required && out.isEmpty()) {
            throw new ConfigException(file, key, "must not be empty");
        }
        return out;
    }

    private static String text(String file, String key, JsonNode node, String name) {
        return new ConfigNode(file, key, node).get(name).text("");
    }

    private static <T> T build(String file, String key, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, key, e.getMessage());
        }
    }

    private static String describe(IOException e) {
        if (e instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return parse.getOriginalMessage() + " (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
