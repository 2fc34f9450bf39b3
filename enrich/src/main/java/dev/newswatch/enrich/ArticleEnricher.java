package dev.newswatch.enrich;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.CategoryTag;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Party;
import dev.newswatch.enrich.deal.DealExtractor;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.enrich.tag.CategoryTagger;
import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrichment of one article, as a pure function: categories from the taxonomy, entity mentions linked
 * to the entity table, deals extracted with their parties joined to the entity records. The topology,
 * {@code newswatch analyze}, {@code eval}, the backtest and the benchmarks all call this one class, so they
 * agree. Thread-safe: its parts are immutable.
 */
public final class ArticleEnricher {

    /** The entity attribute that says what a company sells; "compute" for clouds and GPU clouds. */
    public static final String SELLS = "sells";
    public static final String SELLS_COMPUTE = "compute";
    /** The entity type of venture and growth funds: never the company a funding round pays. */
    private static final Set<String> INVESTS_ONLY = Set.of("investor", "government");
    private static final String GOVERNMENT = "government";
    /** The attribute holding an entity's country code ("FR"), which a description's nationality is matched with. */
    private static final String COUNTRY = "country";

    private static final Logger LOG = LoggerFactory.getLogger(ArticleEnricher.class);

    private final CategoryTagger tagger;
    private final DealExtractor extractor;

    public ArticleEnricher(CategoryTagger tagger, DealExtractor extractor) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Enriches {@code article}, linking names with {@code linker} and joining each mentioned entity through
     * {@code table} (the entity table: id → record, empty when unknown; asked at most once per id and article).
     */
    public EnrichedArticle enrich(Article article, EntityLinker linker, Function<String, Optional<Entity>> table) {
        // Each id is looked up once per article: in the topology a lookup reads the entities store and
        // deserialises the record, and the deal extractor asks about the same parties again and again.
        Map<String, Optional<Entity>> seen = new HashMap<>();
        Function<String, Optional<Entity>> lookup = id -> {
            Optional<Entity> entity = seen.get(id);
            if (entity == null) {
                entity = table.apply(id);
                seen.put(id, entity);
            }
            return entity;
        };
        String text = textOf(article);
        NormalizedText normalized = TextNormalizer.normalize(text);
        List<CategoryTag> categories = tagger.tag(normalized);
        List<EntityMention> mentions = linker.link(normalized);
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            if (!entities.containsKey(mention.entityId())) {
                lookup.apply(mention.entityId()).ifPresent(e -> entities.put(e.id(), e));
            }
        }
        List<Deal> deals = new ArrayList<>();
        Predicate<String> sellsCompute = id -> lookup.apply(id)
                .map(e -> SELLS_COMPUTE.equals(e.attributes().get(SELLS))).orElse(false);
        Predicate<String> investsOnly = id -> lookup.apply(id).map(e -> INVESTS_ONLY.contains(e.type())).orElse(false);
        Predicate<String> isGovernment = id -> lookup.apply(id).map(e -> GOVERNMENT.equals(e.type())).orElse(false);
        Function<String, String> countryOf = id -> lookup.apply(id).map(e -> e.attributes().get(COUNTRY)).orElse(null);
        try {
            for (Deal deal : extractor.extract(text, article.language(), mentions, sellsCompute, investsOnly,
                    isGovernment, countryOf, linker::ownerOfShortForm)) {
                deals.add(withEntities(deal, lookup));
            }
        } catch (RuntimeException e) {
            // a fault of the deal grammar on a text it did not foresee loses that text's deals, never the article:
            // its categories and mentions go on, and the log names the article for whoever fixes the grammar
            LOG.error("Deal extraction failed on article {}; it goes on without deals", article.id(), e);
            deals.clear();
        }
        return new EnrichedArticle(article.id(), article, categories, mentions, List.copyOf(entities.values()), deals);
    }

    /** The text enrichment reads: the title, the summary, then the article page's text when there is one. */
    public static String textOf(Article article) {
        return article.fullText();
    }

    private static Deal withEntities(Deal deal, Function<String, Optional<Entity>> lookup) {
        return new Deal(join(deal.investor(), lookup), join(deal.target(), lookup), deal.amount(), deal.amountHigh(),
                deal.currency(), deal.amountUsd(), deal.qualifier(), deal.type(), deal.stage(), deal.evidence(),
                deal.start(), deal.end());
    }

    private static Party join(Party party, Function<String, Optional<Entity>> lookup) {
        if (party == null) {
            return null;
        }
        return lookup.apply(party.id()).map(e -> new Party(e.id(), e.name(), e)).orElse(party);
    }
}
