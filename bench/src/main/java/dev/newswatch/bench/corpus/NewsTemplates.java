package dev.newswatch.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sentence templates of one language, read from {@code news-templates.yml} next to this class: deal
 * headlines and lead paragraphs, ordinary headlines, paragraphs that name no money, and paragraphs that
 * name money without reporting a deal. Placeholders are written {@code {name}}. Immutable.
 *
 * @param language        ISO 639-1 code
 * @param days            weekdays as written in a sentence
 * @param dealTitles      headlines of a deal ({investor}, {target}, {amount})
 * @param dealLeads       first paragraphs reporting a deal
 * @param newsTitles      headlines of ordinary news ({company}, {rival}, {partner})
 * @param paragraphs      body paragraphs that name no money
 * @param moneyParagraphs body paragraphs with money that is not the news of a deal
 */
public record NewsTemplates(String language, List<String> days, List<String> dealTitles, List<String> dealLeads,
                            List<String> newsTitles, List<String> paragraphs, List<String> moneyParagraphs) {

    private static final String RESOURCE = "news-templates.yml";

    public NewsTemplates {
        Objects.requireNonNull(language, "language");
        days = nonEmpty(language, "days", days);
        dealTitles = nonEmpty(language, "deal-titles", dealTitles);
        dealLeads = nonEmpty(language, "deal-leads", dealLeads);
        newsTitles = nonEmpty(language, "news-titles", newsTitles);
        paragraphs = nonEmpty(language, "paragraphs", paragraphs);
        moneyParagraphs = nonEmpty(language, "money-paragraphs", moneyParagraphs);
    }

    /** The templates of every language in the resource file, in file order. */
    public static Map<String, NewsTemplates> load() {
        try (InputStream in = NewsTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + NewsTemplates.class.getName());
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, NewsTemplates> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                JsonNode n = e.getValue();
                out.put(e.getKey(), new NewsTemplates(e.getKey(), texts(n, "days"), texts(n, "deal-titles"),
                        texts(n, "deal-leads"), texts(n, "news-titles"), texts(n, "paragraphs"),
                        texts(n, "money-paragraphs")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static List<String> texts(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        JsonNode list = node.get(key);
        if (list != null) {
            list.forEach(item -> out.add(item.asText()));
        }
        return out;
    }

    private static List<String> nonEmpty(String language, String key, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("news templates of '" + language + "' need at least one entry in " + key);
        }
        return List.copyOf(values);
    }
}
