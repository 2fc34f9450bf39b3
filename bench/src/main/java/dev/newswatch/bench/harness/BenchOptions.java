package dev.newswatch.bench.harness;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --name value} options of a benchmark's {@code main}: each option has a default, an unknown option or
 * one without a value is an error that lists the known ones. Immutable.
 */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses {@code args} against the options declared by {@code namesAndDefaults}: name (with its dashes), default
     * value, name, default value, and so on.
     *
     * @throws IllegalArgumentException for an unknown option or one without a value
     */
    public static BenchOptions parse(String[] args, String... namesAndDefaults) {
        if (namesAndDefaults.length % 2 != 0) {
            throw new IllegalArgumentException("options are declared as name, default pairs");
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDefaults.length; i += 2) {
            defaults.put(namesAndDefaults[i], namesAndDefaults[i + 1]);
        }
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + name + " (expected " + String.join(", ",
                        defaults.keySet()) + ")");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name, args[i + 1]);
        }
        return new BenchOptions(values);
    }

    /** The value of {@code name} as given, or its default. */
    public String string(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option " + name + " was declared");
        }
        return value;
    }

    /** The value of {@code name} as a whole number of at least 1. */
    public int positiveInt(String name) {
        int value;
        try {
            value = Integer.parseInt(string(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " needs a whole number, got " + string(name), e);
        }
        if (value < 1) {
            throw new IllegalArgumentException("option " + name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** The value of {@code name} as a path. */
    public Path path(String name) {
        return Path.of(string(name));
    }
}
