package dev.newswatch.bench.corpus;

import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.link.EntityLinker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Made-up organisations that enlarge the entity table the way a real one grows: invented names of two to four
 * syllables ("Zentrova", "Kalumex"), about half of them followed by a sector word ("Brivora Robotics",
 * "Tesquin Capital"), each with up to three aliases ("Brivora Robotics Inc", "Brivora Holding", a ticker
 * matched with exact case).
 * No name, once lower-cased, repeats another synthetic name or a name of the entities given to avoid.
 * Ids are {@code syn-NNNNN}. Stateless; the same seed gives the same entities.
 */
public final class SyntheticEntities {

    /** Prefix of every synthetic entity id. */
    public static final String ID_PREFIX = "syn-";

    private static final String[] ONSETS = {"b", "br", "c", "d", "dr", "f", "g", "k", "kr", "l", "m", "n", "p", "pr",
        "qu", "r", "s", "st", "t", "tr", "v", "z", "x", "h", "j"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "eo", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "x", "l", "s", "m"};
    private static final String[] COMPANY_WORDS = {"Robotics", "Analytics", "Systems", "Labs", "AI", "Health",
        "Energy", "Cloud", "Semiconductors", "Networks", "Bio", "Dynamics", "Data", "Photonics", "Security",
        "Logistics", "Quantum", "Mobility"};
    private static final String[] INVESTOR_WORDS = {"Capital", "Ventures", "Partners", "Growth", "Holdings"};
    private static final String[] COMPANY_SUFFIXES = {"Inc", "Ltd", "GmbH", "SA", "SpA", "Technologies", "Group"};
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "CH", "IL", "IN",
        "JP", "KR", "CN", "CA", "SG", "AE"};
    private static final double SECTOR_WORD_SHARE = 0.5;
    private static final double INVESTOR_SHARE = 0.15;

    private SyntheticEntities() {
    }

    /**
     * {@code count} made-up entities.
     *
     * @param count number of entities, at least 0
     * @param seed  random seed
     * @param avoid entities whose names and aliases the synthetic names must not repeat; not null
     * @return the entities, ids {@code syn-00000} upwards; companies and investors mixed
     */
    public static List<Entity> generate(int count, long seed, Collection<Entity> avoid) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> taken = new HashSet<>();
        for (Entity e : avoid) {
            taken.add(key(e.name()));
            e.aliases().forEach(a -> taken.add(key(a)));
        }
        List<Entity> out = new ArrayList<>(count);
        while (out.size() < count) {
            Entity e = candidate(out.size(), random);
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            if (names.stream().map(SyntheticEntities::key).allMatch(n -> !taken.contains(n))) {
                names.forEach(n -> taken.add(key(n)));
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code entity} is one of the made-up ones. */
    public static boolean isSynthetic(Entity entity) {
        return entity.id().startsWith(ID_PREFIX);
    }

    private static Entity candidate(int index, SplittableRandom random) {
        boolean investor = random.nextDouble() < INVESTOR_SHARE;
        String word = word(random, 2 + random.nextInt(3));
        String name;
        if (investor) {
            name = word + " " + pick(INVESTOR_WORDS, random);
        } else if (random.nextDouble() < SECTOR_WORD_SHARE) {
            name = word + " " + pick(COMPANY_WORDS, random);
        } else {
            // A lone invented word of two syllables can be a real word somewhere; three or more rarely is.
            name = word.length() < 6 ? word + word(random, 1).toLowerCase(Locale.ROOT) : word;
        }
        List<String> aliases = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("country", pick(COUNTRIES, random));
        int aliasCount = random.nextInt(4);
        for (int i = 0; i < aliasCount; i++) {
            if (i == 2) {
                // Tickers are capitals that may spell a word in lower case: matched with exact case, as the entity file does.
                String ticker = ticker(name, random);
                aliases.add(ticker);
                attributes.put(EntityLinker.CASE_SENSITIVE, ticker);
            } else {
                aliases.add(i == 0 ? name + " " + pick(COMPANY_SUFFIXES, random)
                        : word + " " + (investor ? "Investment Management" : "Holding"));
            }
        }
        String id = String.format(Locale.ROOT, "%s%05d", ID_PREFIX, index);
        return new Entity(id, name, aliases, investor ? "investor" : "company", null, attributes);
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(pick(ONSETS, random)).append(pick(VOWELS, random));
        }
        sb.append(pick(CODAS, random));
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** Four or five capital letters from the name, as a stock ticker is written. */
    private static String ticker(String name, SplittableRandom random) {
        String letters = name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        int length = Math.min(letters.length(), 4 + random.nextInt(2));
        return letters.substring(0, length);
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
