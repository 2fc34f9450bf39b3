package dev.newswatch.enrich.link;

import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.ResourceYaml;
import dev.newswatch.enrich.match.KeywordMatcher;
import dev.newswatch.enrich.match.Match;
import dev.newswatch.enrich.match.PhraseMatcher;
import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the known entities an article names: an immutable snapshot of an entity table, built in one go
 * ({@link #of(Collection)}) and rebuilt by the topology whenever the table changes. Every entity's
 * {@link Entity#name() name} and {@link Entity#aliases() aliases} are matched as whole words on the
 * normalised text in one pass with a {@link PhraseMatcher} (accents, case and typographic quotes do not
 * matter), leftmost-longest: "Amazon Web Services" links to {@code aws}, not to {@code amazon}. Names must
 * start with a letter or digit.
 *
 * <p>Names that are also ordinary words are controlled by two {@link Entity#attributes() attributes},
 * which {@link EntityCatalog} fills from the entity file:
 * <ul>
 *   <li>{@value #CASE_SENSITIVE}: {@code "true"} for all the entity's names, or the names that need it
 *       separated by {@value #LIST_SEPARATOR}. Such a name links only when the original text has exactly
 *       its case: "Arm" and "Meta" link, "arms race", "la meta" and "meta-analysis" do not.</li>
 *   <li>{@value #CUE_ALIASES}: names (separated by {@value #LIST_SEPARATOR}) that are common words even
 *       when capitalised ("Runway", "Harvey"). They match with exact case and link only when a company cue
 *       word ({@link #CUE_WORDS}: "raises", "start-up", "AI", "valuation", ...) is within
 *       {@value #CUE_WINDOW} words before or after, in the same sentence, or when the same entity is also
 *       linked through another of its names in the text.</li>
 * </ul>
 * Words too generic even with a cue ("Scale", "Together", "Figure") are simply not listed as names:
 * the entity file lists "Scale AI", "Together AI" and "Figure AI" instead.
 *
 * <p>When two entities share a name, the entity with the smaller id wins and a warning is logged at
 * build time. Immutable and thread-safe; building from 10,000 entities takes well under a second.
 */
public final class EntityLinker {

    /** Attribute: {@code "true"}, or the names matched with exact case, separated by {@value #LIST_SEPARATOR}. */
    public static final String CASE_SENSITIVE = "case-sensitive";
    /** Attribute: names that link only next to a company cue, separated by {@value #LIST_SEPARATOR}. */
    public static final String CUE_ALIASES = "cue-aliases";
    /** Separator of names in list-valued attributes. */
    public static final String LIST_SEPARATOR = "|";
    /** How many words on each side of a cue alias are searched for a cue word. */
    public static final int CUE_WINDOW = 5;
    /**
     * Normalised words that show a cue alias names a company, all languages together ({@code cue-words.yml} beside
     * this class: English, Italian, German, French, Spanish).
     */
    public static final Set<String> CUE_WORDS = cueWords();

    private static final Logger LOG = LoggerFactory.getLogger(EntityLinker.class);
    private static final String LIST_SPLIT = "\\" + LIST_SEPARATOR;

    private final Map<String, Entity> byId;
    private final PhraseMatcher<Surface> matcher;
    private final ShortFormOwners shortForms;

    /** Every word of every group of every language in {@code cue-words.yml}. */
    private static Set<String> cueWords() {
        Set<String> words = new HashSet<>();
        ResourceYaml.read(EntityLinker.class, "cue-words.yml")
                .forEach(language -> language.forEach(group -> group.forEach(word -> words.add(word.asText()))));
        return Set.copyOf(words);
    }

    private EntityLinker(Map<String, Entity> byId, PhraseMatcher<Surface> matcher, ShortFormOwners shortForms) {
        this.byId = byId;
        this.matcher = matcher;
        this.shortForms = shortForms;
    }

    /**
     * A linker for {@code entities}. When two entities have the same id the later one is kept.
     *
     * @param entities the entity table; not null, may be empty
     * @return the linker; never null
     */
    public static EntityLinker of(Collection<Entity> entities) {
        long started = System.nanoTime();
        Map<String, Entity> byId = new TreeMap<>();
        for (Entity entity : entities) {
            if (byId.put(entity.id(), entity) != null) {
                LOG.warn("Entity {} is listed twice; the entity linker keeps the last one.", entity.id());
            }
        }
        PhraseMatcher.Builder<Surface> builder = PhraseMatcher.builder();
        Map<String, String> owners = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Entity entity : byId.values()) {
            for (Surface surface : surfaces(entity)) {
                String key = TextNormalizer.normalize(surface.written()).text().strip();
                if (key.isEmpty() || !KeywordMatcher.isWordChar(key.charAt(0))) {
                    LOG.warn("Entity {} has the name '{}', which does not start with a letter or digit; it is not linked.",
                            entity.id(), surface.written());
                    continue;
                }
                String owner = owners.putIfAbsent(key, entity.id());
                if (owner != null && !owner.equals(entity.id())) {
                    shared.add("'" + surface.written() + "' (" + owner + ", " + entity.id() + ")");
                }
                builder.add(surface.written(), surface);
            }
        }
        if (!shared.isEmpty()) {
            LOG.warn("{} entity names belong to more than one entity; the entity with the smaller id is linked: {}.",
                    shared.size(), String.join(", ", shared.subList(0, Math.min(20, shared.size()))));
        }
        EntityLinker linker = new EntityLinker(Collections.unmodifiableMap(new LinkedHashMap<>(byId)), builder.build(),
                ShortFormOwners.of(byId.values()));
        LOG.debug("Built an entity linker for {} entities and {} names in {} ms.",
                byId.size(), linker.matcher.size(), (System.nanoTime() - started) / 1_000_000);
        return linker;
    }

    /**
     * The mention of the known entity that a company name read from the text stands for as a short form of the
     * entity's name ("Figure" read as a company is the table's "Figure AI"; see {@link ShortFormOwners}), or
     * {@code mention} itself when it is not provisional or names no entity so.
     *
     * @param mention a mention, usually provisional; not null
     * @return the known entity's mention with the same surface and offsets, or {@code mention}; never null
     */
    public EntityMention ownerOfShortForm(EntityMention mention) {
        return shortForms.ownerOf(mention);
    }

    /** The number of entities in this snapshot. */
    public int size() {
        return byId.size();
    }

    /** The entity with this id, if the snapshot has it. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entities of this snapshot, by id; unmodifiable. */
    public Collection<Entity> entities() {
        return byId.values();
    }

    /**
     * Normalises {@code original} and links it; see {@link #link(NormalizedText)}.
     *
     * @param original text as written; not null
     */
    public List<EntityMention> link(String original) {
        return link(TextNormalizer.normalize(original));
    }

    /**
     * The entity mentions in {@code text}, non-overlapping and sorted by start. Each mention has the
     * entity id and canonical name, the surface as written in the original text and its offsets
     * [{@code start}, {@code end}) in the ORIGINAL text.
     *
     * @param text normalised text; not null
     * @return the mentions; empty, never null
     */
    public List<EntityMention> link(NormalizedText text) {
        List<Match<Surface>> all = matcher.findAll(text);
        if (all.isEmpty()) {
            return List.of();
        }
        List<Match<Surface>> accepted = new ArrayList<>(all.size());
        for (Match<Surface> m : all) {
            if ((!m.payload().caseSensitive() || text.originalSlice(m.start(), m.end()).equals(m.payload().written()))
                    && !DottedNames.joins(text.original(), text.originalEnd(m.end()))) {
                accepted.add(m);
            }
        }
        List<Match<Surface>> chosen = onePerSpan(KeywordMatcher.leftmostLongest(accepted));
        Set<String> confirmed = new HashSet<>();
        for (Match<Surface> m : chosen) {
            if (!m.payload().needsCue()) {
                confirmed.add(m.payload().entity().id());
            }
        }
        List<EntityMention> mentions = new ArrayList<>(chosen.size());
        for (Match<Surface> m : chosen) {
            Surface surface = m.payload();
            if (surface.needsCue() && !confirmed.contains(surface.entity().id())
                    && !hasCueNearby(text.text(), m.start(), m.end())) {
                continue;
            }
            mentions.add(new EntityMention(surface.entity().id(), surface.entity().name(),
                    text.originalSlice(m.start(), m.end()), text.originalIndex(m.start()), text.originalEnd(m.end())));
        }
        return mentions;
    }

    /** Matches come sorted by start; of several with the same span the first (smallest entity id) is kept. */
    private static List<Match<Surface>> onePerSpan(List<Match<Surface>> matches) {
        List<Match<Surface>> out = new ArrayList<>(matches.size());
        int lastStart = -1;
        int lastEnd = -1;
        for (Match<Surface> m : matches) {
            if (m.start() == lastStart && m.end() == lastEnd) {
                continue;
            }
            out.add(m);
            lastStart = m.start();
            lastEnd = m.end();
        }
        return out;
    }

    private static List<Surface> surfaces(Entity entity) {
        Set<String> exactCase = listAttribute(entity, CASE_SENSITIVE);
        boolean allExactCase = exactCase.contains("true");
        Set<String> cueAliases = listAttribute(entity, CUE_ALIASES);
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name().strip());
        entity.aliases().forEach(alias -> names.add(alias.strip()));
        names.addAll(cueAliases);
        List<Surface> out = new ArrayList<>(names.size());
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            boolean needsCue = cueAliases.contains(name);
            out.add(new Surface(entity, name, allExactCase || needsCue || exactCase.contains(name), needsCue));
        }
        return out;
    }

    private static Set<String> listAttribute(Entity entity, String key) {
        String value = entity.attributes().get(key);
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : value.split(LIST_SPLIT)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        if (out.size() == 1 && out.contains("false")) {
            return Set.of();
        }
        return out;
    }

    /** Looks for a cue word among the {@value #CUE_WINDOW} words on each side, not crossing a sentence end. */
    private static boolean hasCueNearby(String s, int start, int end) {
        int i = end;
        for (int word = 0; word < CUE_WINDOW; word++) {
            while (i < s.length() && !KeywordMatcher.isWordChar(s.charAt(i))) {
                if (endsSentence(s, i)) {
                    i = s.length();
                    break;
                }
                i++;
            }
            int wordStart = i;
            while (i < s.length() && KeywordMatcher.isWordChar(s.charAt(i))) {
                i++;
            }
            if (wordStart < i && CUE_WORDS.contains(s.substring(wordStart, i))) {
                return true;
            }
        }
        i = start;
        for (int word = 0; word < CUE_WINDOW; word++) {
            while (i > 0 && !KeywordMatcher.isWordChar(s.charAt(i - 1))) {
                if (endsSentence(s, i - 1)) {
                    i = 0;
                    break;
                }
                i--;
            }
            int wordEnd = i;
            while (i > 0 && KeywordMatcher.isWordChar(s.charAt(i - 1))) {
                i--;
            }
            if (i < wordEnd && CUE_WORDS.contains(s.substring(i, wordEnd))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code at} ends a sentence; the dots of "U.S." or "Inc." do not. */
    private static boolean endsSentence(String s, int at) {
        char c = s.charAt(at);
        if (c == '.') {
            return !afterAbbreviation(s, at);
        }
        return c == '!' || c == '?' || c == ';' || c == '\n';
    }

    /** A dot after a one-letter word ("u.s.", "u.k.") or after another dot two characters back. */
    private static boolean afterAbbreviation(String s, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        return dot - wordStart == 1 || (dot >= 2 && s.charAt(dot - 2) == '.');
    }

    /** One name of one entity as it is matched. */
    private record Surface(Entity entity, String written, boolean caseSensitive, boolean needsCue) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Surface that && entity.id().equals(that.entity.id()) && written.equals(that.written)
                    && caseSensitive == that.caseSensitive && needsCue == that.needsCue;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(new Object[] {entity.id(), written, caseSensitive, needsCue});
        }
    }
}
