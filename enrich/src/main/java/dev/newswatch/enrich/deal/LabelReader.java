package dev.newswatch.enrich.deal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads labelled deal sets in the JSONL format of {@code deals_dev.jsonl}: one {@code {id, lang, title, text,
 * url, expect: {deals: [{target, investor, usd, main}], categories, lenient}}} object per line, blank lines
 * skipped. The one reader of that format, for the evaluation of the extractor and the scoring of backtests.
 * Stateless.
 */
public final class LabelReader {

    /** Whether a label must carry its article's {@code text}. */
    public enum Text {
        /** A label without text is malformed: the extractor needs something to read. */
        REQUIRED,
        /** A missing text reads as empty: the label only names an article found elsewhere. */
        OPTIONAL
    }

    /** One line of a labelled set: the item and the URL the line gives (null when none). */
    public record Label(LabelledItem item, String url) {
        public Label {
            Objects.requireNonNull(item, "item");
        }
    }

    private LabelReader() {
    }

    /**
     * Reads a labelled set from a UTF-8 file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is not a valid item
     */
    public static List<Label> read(Path jsonl, Text text) {
        try {
            return parse(Files.readString(jsonl, StandardCharsets.UTF_8), jsonl.toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled deals from " + jsonl, e);
        }
    }

    /**
     * Parses a labelled set; {@code sourceName} only appears in error messages.
     *
     * @throws IllegalArgumentException naming the source and line when a line is not a valid item
     */
    public static List<Label> parse(String jsonl, String sourceName, Text text) {
        Objects.requireNonNull(text, "text");
        List<Label> labels = new ArrayList<>();
        // Line breaks as BufferedReader sees them: JSON strings may hold a raw U+2028, which is no line end here.
        List<String> lines = jsonl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                labels.add(label(Json.mapper().readTree(lines.get(i)), text));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("bad labelled item in " + sourceName + " line " + (i + 1) + ": "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(labels);
    }

    private static Label label(JsonNode node, Text textRule) {
        JsonNode expect = node.path("expect");
        List<ExpectedDeal> deals = new ArrayList<>();
        for (JsonNode d : expect.path("deals")) {
            deals.add(new ExpectedDeal(text(d, "target"), text(d, "investor"), d.path("usd").decimalValue(),
                    d.path("main").asBoolean(false)));
        }
        List<String> categories = new ArrayList<>();
        expect.path("categories").forEach(c -> categories.add(c.asText()));
        String text = text(node, "text");
        if (text == null && textRule == Text.OPTIONAL) {
            text = "";
        }
        LabelledItem item = new LabelledItem(text(node, "id"), text(node, "lang"), text(node, "title"), text, deals,
                categories, expect.path("lenient").asBoolean(false));
        return new Label(item, text(node, "url"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
