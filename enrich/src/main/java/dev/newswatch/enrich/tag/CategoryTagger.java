package dev.newswatch.enrich.tag;

import dev.newswatch.core.model.CategoryTag;
import dev.newswatch.enrich.match.KeywordMatcher;
import dev.newswatch.enrich.match.Match;
import dev.newswatch.enrich.tag.Taxonomy.Category;
import dev.newswatch.enrich.tag.Taxonomy.Term;
import dev.newswatch.enrich.tag.Taxonomy.TermGroup;
import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tags a normalised text with the categories of a {@link Taxonomy}. All terms of all categories, groups
 * and languages sit in one {@link KeywordMatcher}, so tagging is one pass over the text whatever the size
 * of the taxonomy. Then, separately for each category and each group:
 * <ol>
 *   <li>case-sensitive terms are kept only when the original text has exactly the term's case ("AI",
 *       not the Italian "ai");</li>
 *   <li>overlapping matches are resolved leftmost-longest, so "funding round" counts once and its
 *       "round" does not count again;</li>
 *   <li>each distinct term counts once, with its weight, however often it occurs; terms of weight 0
 *       only block the shorter terms they overlap.</li>
 * </ol>
 * A category is tagged when every group it requires has at least one match and its own terms weigh at
 * least its {@code min-score}. The tag's score is that weight; its terms are the category's and the
 * required groups' matched terms as written in the taxonomy, in order of first occurrence.
 *
 * <p>Immutable and thread-safe.
 */
public final class CategoryTagger {

    private final Taxonomy taxonomy;
    private final KeywordMatcher<TermRef> matcher;
    /** Domain index of each required group, per category. */
    private final int[][] requiredDomains;

    /**
     * Builds the tagger's matcher from {@code taxonomy}.
     *
     * @param taxonomy not null
     */
    public CategoryTagger(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        KeywordMatcher.Builder<TermRef> builder = KeywordMatcher.builder();
        List<Category> categories = taxonomy.categories();
        for (int i = 0; i < categories.size(); i++) {
            for (Term term : categories.get(i).terms()) {
                builder.add(term.text(), new TermRef(i, term));
            }
        }
        Map<String, Integer> groupDomains = new LinkedHashMap<>();
        int domain = categories.size();
        for (TermGroup group : taxonomy.groups().values()) {
            groupDomains.put(group.id(), domain);
            for (Term term : group.terms()) {
                builder.add(term.text(), new TermRef(domain, term));
            }
            domain++;
        }
        this.matcher = builder.build();
        this.requiredDomains = new int[categories.size()][];
        for (int i = 0; i < categories.size(); i++) {
            requiredDomains[i] = categories.get(i).requires().stream().mapToInt(groupDomains::get).toArray();
        }
    }

    /** The taxonomy this tagger applies. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * The categories of {@code text}, in taxonomy order.
     *
     * @param text normalised text (title and body together, typically); not null
     * @return the tags; empty, never null
     */
    public List<CategoryTag> tag(NormalizedText text) {
        List<Match<TermRef>> matches = matcher.findAll(text);
        if (matches.isEmpty()) {
            return List.of();
        }
        int domains = taxonomy.categories().size() + taxonomy.groups().size();
        List<List<Match<TermRef>>> byDomain = new ArrayList<>(domains);
        for (int i = 0; i < domains; i++) {
            byDomain.add(new ArrayList<>());
        }
        for (Match<TermRef> m : matches) {
            if (!m.payload().term().caseSensitive() || hasExactCase(text, m)) {
                byDomain.get(m.payload().domain()).add(m);
            }
        }
        List<Map<String, Found>> found = new ArrayList<>(domains);
        for (List<Match<TermRef>> domainMatches : byDomain) {
            found.add(distinctTerms(domainMatches));
        }
        List<CategoryTag> tags = new ArrayList<>();
        List<Category> categories = taxonomy.categories();
        for (int i = 0; i < categories.size(); i++) {
            CategoryTag tag = evaluate(categories.get(i), found.get(i), requiredDomains[i], found);
            if (tag != null) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static CategoryTag evaluate(Category category, Map<String, Found> own, int[] required,
                                        List<Map<String, Found>> found) {
        if (own.isEmpty()) {
            return null;
        }
        for (int domain : required) {
            if (found.get(domain).isEmpty()) {
                return null;
            }
        }
        double score = 0;
        for (Found f : own.values()) {
            score += f.term.weight();
        }
        if (score < category.minScore()) {
            return null;
        }
        List<Found> all = new ArrayList<>(own.values());
        for (int domain : required) {
            all.addAll(found.get(domain).values());
        }
        all.sort(Comparator.comparingInt(Found::start));
        List<String> terms = all.stream().map(f -> f.term.text()).distinct().toList();
        return new CategoryTag(category.id(), terms, score);
    }

    /**
     * Leftmost-longest within one domain; of terms matching exactly the same span ("finanzierung*" and
     * "finanzierungsrunde*" on "Finanzierungsrunde") the longest stem counts; then the first occurrence of
     * each distinct counted term, terms that normalise alike ("rachète", "racheté") being one term.
     */
    private static Map<String, Found> distinctTerms(List<Match<TermRef>> domainMatches) {
        if (domainMatches.isEmpty()) {
            return Map.of();
        }
        Map<String, Found> distinct = new LinkedHashMap<>();
        List<Match<TermRef>> longest = KeywordMatcher.leftmostLongest(domainMatches);
        int i = 0;
        while (i < longest.size()) {
            Match<TermRef> best = longest.get(i);
            int j = i + 1;
            for (; j < longest.size() && sameSpan(longest.get(j), best); j++) {
                if (longest.get(j).payload().term().stem().length() > best.payload().term().stem().length()) {
                    best = longest.get(j);
                }
            }
            TermRef ref = best.payload();
            if (ref.term().weight() > 0) {
                distinct.putIfAbsent(ref.key(), new Found(ref.term(), best.start()));
            }
            i = j;
        }
        return distinct;
    }

    private static boolean sameSpan(Match<?> a, Match<?> b) {
        return a.start() == b.start() && a.end() == b.end();
    }

    private static boolean hasExactCase(NormalizedText text, Match<TermRef> m) {
        Term term = m.payload().term();
        String written = text.originalSlice(m.start(), m.end());
        return term.prefix() ? written.startsWith(term.stem()) : written.equals(term.text());
    }

    /**
     * A term of one category (domain index below the number of categories) or of one group, with its
     * normalised text as identity.
     */
    private record TermRef(int domain, Term term, String key) {

        TermRef(int domain, Term term) {
            this(domain, term, TextNormalizer.normalize(term.text()).text());
        }
    }

    private record Found(Term term, int start) {
    }
}
