package dev.newswatch.ingest.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the 88 hand-marked article pages of {@code ../shared/corpus/articles} (skipped when the corpus is
 * absent), scored as that corpus's {@code score_fulltext.py} does: 4-word shingles, precision and recall per page,
 * averaged over pages, F1 of the two means.
 */
class ArticleExtractorCorpusTest {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void shouldReachAnArticleBodyF1OfAtLeast095OnTheCorpus() throws IOException {
        Path corpus = RepoPaths.shared("corpus/articles")
                .orElse(RepoPaths.root().resolve("../shared/corpus/articles").normalize());
        assumeTrue(Files.isRegularFile(corpus.resolve("ground-truth.json")), "no article corpus at " + corpus);
        JsonNode truth = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<Double> precisions = new ArrayList<>();
        List<Double> recalls = new ArrayList<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus.resolve("html/" + id + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String predicted = extractor.extract(html, truth.get(id).get("url").asText()).text();
            double[] counts = counts(truth.get(id).get("articleBody").asText(), predicted);
            double tp = counts[0];
            double fp = counts[1];
            double fn = counts[2];
            if (tp + fp > 0) {
                precisions.add(fp == 0 && fn == 0 ? 1 : tp / (tp + fp));
            }
            if (tp + fn > 0) {
                recalls.add(fp == 0 && fn == 0 ? 1 : tp / (tp + fn));
            }
        }
        double precision = precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double recall = recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double f1 = 2 * precision * recall / (precision + recall);

        assertEquals(88, truth.size());
        assertTrue(f1 >= 0.95, String.format("article-body F1 %.3f (precision %.3f, recall %.3f) is below 0.95",
                f1, precision, recall));
    }

    /** True positives, false positives and false negatives of 4-word shingles. */
    private static double[] counts(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Map<String, Integer> union = new HashMap<>(t);
        p.forEach((k, v) -> union.putIfAbsent(k, 0));
        for (String key : union.keySet()) {
            int a = t.getOrDefault(key, 0);
            int b = p.getOrDefault(key, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        return new double[] {tp, fp, fn};
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Map<String, Integer> shingles = new HashMap<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            shingles.merge(String.join("\u0001", words.subList(i, i + 4)), 1, Integer::sum);
        }
        if (words.size() > 0 && words.size() < 4) {
            shingles.merge(String.join("\u0001", words), 1, Integer::sum);
        }
        return shingles;
    }
}
