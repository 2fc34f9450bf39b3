package dev.newswatch.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a parsed YAML file that knows its file name and dotted key, so every typed read can fail
 * with a {@link ConfigException} that says where and why. Reads are strict: wrong types and unknown keys
 * are errors, not silently ignored. Not thread-safe; used only while loading.
 */
public final class ConfigNode {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?");

    private final String file;
    private final String key;
    private final JsonNode node;

    public ConfigNode(String file, String key, JsonNode node) {
        this.file = file;
        this.key = key;
        this.node = node == null ? MissingNode.getInstance() : node;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }

    public boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    /** The child under {@code name}; missing children are allowed and read as defaults. */
    public ConfigNode get(String name) {
        if (!isMissing() && !node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        return new ConfigNode(file, key.isEmpty() ? name : key + "." + name, node.get(name));
    }

    /** Fails when this mapping holds a key not in {@code allowed} (most often a typo). */
    public ConfigNode onlyKeys(Set<String> allowed) {
        if (isMissing()) {
            return this;
        }
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ConfigException(file, key.isEmpty() ? name : key + "." + name,
                        "unknown key (expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    public List<ConfigNode> elements() {
        if (isMissing()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new ConfigNode(file, key + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    public Map<String, ConfigNode> entries() {
        if (isMissing()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), new ConfigNode(file, key + "." + e.getKey(), e.getValue())));
        return out;
    }

    public String text(String defaultValue) {
        if (isMissing()) {
            return defaultValue;
        }
        if (!node.isValueNode()) {
            throw error("must be a single value, not a list or mapping");
        }
        return node.asText();
    }

    public String requiredText() {
        String value = text(null);
        if (value == null || value.isBlank()) {
            throw error("is required");
        }
        return value.strip();
    }

    public List<String> textList() {
        List<String> out = new ArrayList<>();
        for (ConfigNode element : elements()) {
            out.add(element.requiredText());
        }
        return out;
    }

    public int integer(int defaultValue, int min, int max) {
        if (isMissing()) {
            return defaultValue;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw error("must be a whole number, got '" + node.asText() + "'");
        }
        int value = node.asInt();
        if (value < min || value > max) {
            throw error("must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public double decimal(double defaultValue, double min, double max) {
        if (isMissing()) {
            return defaultValue;
        }
        if (!node.isNumber()) {
            throw error("must be a number, got '" + node.asText() + "'");
        }
        double value = node.asDouble();
        if (value < min || value > max) {
            throw error("must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public boolean bool(boolean defaultValue) {
        if (isMissing()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            throw error("must be true or false, got '" + node.asText() + "'");
        }
        return node.asBoolean();
    }

    /** A duration written as {@code 500ms}, {@code 30s}, {@code 15m}, {@code 6h}, {@code 1d} or ISO-8601 {@code PT15M}. */
    public Duration duration(Duration defaultValue, Duration min, Duration max) {
        if (isMissing()) {
            return defaultValue;
        }
        Duration value = parseDuration(text(null));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw error("must be between " + min + " and " + max + ", got " + text(null));
        }
        return value;
    }

    /** A size in bytes written as {@code 10MiB}, {@code 512KiB} or a plain number of bytes. */
    public long bytes(long defaultValue, long min, long max) {
        if (isMissing()) {
            return defaultValue;
        }
        String raw = text(null).strip().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(raw);
        if (!m.matches()) {
            throw error("must be a size such as 10MiB or 512KiB, got '" + raw + "'");
        }
        if (m.group(1).length() > 12) {
            throw error("is too large: '" + raw + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit) {
            case "kb" -> 1000L;
            case "kib" -> 1024L;
            case "mb" -> 1000L * 1000;
            case "mib" -> 1024L * 1024;
            case "gb" -> 1000L * 1000 * 1000;
            case "gib" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long value;
        try {
            value = Math.multiplyExact(n, factor);
        } catch (ArithmeticException e) {
            throw error("is too large: '" + raw + "'");
        }
        if (value < min || value > max) {
            throw error("must be between " + min + " and " + max + " bytes, got '" + raw + "'");
        }
        return value;
    }

    public <T> T map(Function<String, T> parser, T defaultValue) {
        if (isMissing()) {
            return defaultValue;
        }
        try {
            return parser.apply(text(null).strip());
        } catch (RuntimeException e) {
            throw error(e.getMessage());
        }
    }

    public ConfigException error(String reason) {
        return new ConfigException(file, key, reason);
    }

    private Duration parseDuration(String raw) {
        String text = raw.strip();
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw error("is not an ISO-8601 duration: '" + raw + "'");
            }
        }
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw error("must be a duration such as 30s, 15m, 6h or 1d, got '" + raw + "'");
        }
        if (m.group(1).length() > 12) {
            throw error("is too large: '" + raw + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
