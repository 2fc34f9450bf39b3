package dev.newswatch.enrich.deal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned scorers of the backstop, linear models over {@link AmountFeatures} names: a logistic regression that
 * says whether an amount is a deal ({@code amount}), a choice model (softmax) that says which of its candidate
 * mentions is its target ({@code target}), a logistic regression that says whether a mention is its investor
 * ({@code investor}), and the probabilities they must reach. The weights are data,
 * trained by {@code tools/backstop/train.py} and bundled as {@value #RESOURCE}: one {@code model, feature, weight}
 * line each, tab-separated, and {@code threshold, model, probability} lines; a feature without a weight weighs
 * nothing. Immutable and thread-safe.
 */
final class DealModel {

    static final String RESOURCE = "backstop-weights.tsv";
    static final String AMOUNT = "amount";
    static final String TARGET = "target";
    static final String INVESTOR = "investor";

    private final Map<String, Map<String, Double>> weights;
    private final Map<String, Double> thresholds;

    DealModel(Map<String, Map<String, Double>> weights, Map<String, Double> thresholds) {
        this.weights = Map.copyOf(weights);
        this.thresholds = Map.copyOf(thresholds);
    }

    /** The model bundled with the extractor, read once. */
    static DealModel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final DealModel BUNDLED = read();
    }

    private static DealModel read() {
        try (InputStream in = DealModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the backstop weights " + RESOURCE + " are not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backstop weights " + RESOURCE, e);
        }
    }

    /** Reads the lines of a weights file; blank lines and lines starting with '#' are skipped. */
    static DealModel parse(List<String> lines) {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        Map<String, Double> thresholds = new HashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException("backstop weights line " + number
                        + " needs three tab-separated cells: " + line);
            }
            double value = Double.parseDouble(cells[2]);
            if (cells[0].equals("threshold")) {
                thresholds.put(cells[1], value);
            } else {
                weights.computeIfAbsent(cells[0], k -> new HashMap<>()).put(cells[1], value);
            }
        }
        return new DealModel(weights, thresholds);
    }

    /** The probability {@code model} gives to the item with {@code features}. */
    double probability(String model, List<String> features) {
        Map<String, Double> w = weights.getOrDefault(model, Map.of());
        double z = 0;
        for (String feature : features) {
            z += w.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The share {@code model} gives each of {@code items} as the one of them, in their order: a softmax of their
     * scores and of a score of 0 for "none of them", so that the shares add up to less than 1 and a lone item scored
     * below 0 gets less than half. Empty when there is no item.
     */
    List<Double> choice(String model, List<List<String>> items) {
        Map<String, Double> w = weights.getOrDefault(model, Map.of());
        double[] z = new double[items.size()];
        double top = 0;
        for (int i = 0; i < z.length; i++) {
            for (String feature : items.get(i)) {
                z[i] += w.getOrDefault(feature, 0.0);
            }
            top = Math.max(top, z[i]);
        }
        double total = Math.exp(-top);
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - top);
            total += z[i];
        }
        List<Double> shares = new ArrayList<>(z.length);
        for (double e : z) {
            shares.add(e / total);
        }
        return shares;
    }

    /** The probability {@code model} must reach; 1 (never) when the weights give none. */
    double threshold(String model) {
        return thresholds.getOrDefault(model, 1.0);
    }
}
