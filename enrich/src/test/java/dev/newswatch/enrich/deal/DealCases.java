package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.link.EntityCatalog;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the construction tests of the deal extractor share: the test entity file, one extractor, and the
 * assertion that a text gives exactly the expected deals (target, investor, amount, currency, evidence taken
 * from the text), with every deal found in the message when it does not.
 */
final class DealCases {

    /** The entities of {@code /deal/entities_extra.yml}, linked by a {@link SimpleMentionFinder}. */
    static final SimpleMentionFinder FINDER = new SimpleMentionFinder(entities());
    static final DealExtractor EXTRACTOR = new DealExtractor(UsdRates.defaults());

    /** An expected deal: target and investor names (investor may be null), amount and currency. */
    record Expected(String target, String investor, String amount, String currency) {
    }

    private DealCases() {
    }

    static Expected deal(String target, String investor, String amount, String currency) {
        return new Expected(target, investor, amount, currency);
    }

    /** The deals of {@code text}, with the mentions of the test entities. */
    static List<Deal> extract(String language, String text) {
        return EXTRACTOR.extract(text, language, FINDER.find(text));
    }

    /** The test entities that are governments (the state as a payer). */
    static final Set<String> GOVERNMENTS = Set.of("commerce", "european-commission", "us-government", "german-government",
            "italian-government", "french-government", "spanish-government");
    /** The test entities that only invest: the governments and the funds. */
    static final Set<String> INVESTS_ONLY = Set.of("commerce", "european-commission", "us-government", "german-government",
            "italian-government", "french-government", "spanish-government", "sequoia", "index", "softbank",
            "a16z");

    /** The deals of {@code text} with the entity types of the shipped table: funds and governments only invest. */
    static List<Deal> extractWithTypes(String language, String text) {
        return EXTRACTOR.extract(text, language, FINDER.find(text), id -> false, INVESTS_ONLY::contains,
                GOVERNMENTS::contains, id -> null);
    }

    /** "target <- investor amount currency" for each deal, investor and target by entity id. */
    static String summary(List<Deal> deals) {
        return deals.stream()
                .map(d -> d.target().id() + " <- " + (d.investor() == null ? null : d.investor().id()) + " "
                        + d.amount().stripTrailingZeros().toPlainString() + " " + d.currency())
                .collect(Collectors.joining("; "));
    }

    /** Asserts the {@link #summary} of the deals of {@code text} read with entity types. */
    static void assertFound(String language, String text, String expected) {
        assertEquals(expected, summary(extractWithTypes(language, text)), language + " \"" + text + "\"");
    }

    /** Asserts that {@code text} gives exactly {@code expected}, in order; returns the deals. */
    static List<Deal> assertDeals(String language, String text, List<Expected> expected) {
        List<Deal> deals = extract(language, text);
        String context = language + " \"" + text + "\" -> "
                + String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
        assertEquals(expected.size(), deals.size(), context);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Deal d = deals.get(i);
            assertEquals(e.target(), d.target().name(), context);
            assertEquals(e.investor(), d.investor() == null ? null : d.investor().name(), context);
            assertEquals(e.currency(), d.currency(), context);
            assertEquals(0, d.amount().compareTo(new BigDecimal(e.amount())), context);
            assertTrue(text.contains(d.evidence()), context);
        }
        return deals;
    }

    /** Asserts that {@code text} gives one deal, the expected one; returns it. */
    static Deal assertOneDeal(String language, String text, String target, String investor, String amount,
                              String currency) {
        return assertDeals(language, text, List.of(deal(target, investor, amount, currency))).get(0);
    }

    private static List<Entity> entities() {
        try {
            return EntityCatalog.load(Path.of(Objects.requireNonNull(
                    DealCases.class.getResource("/deal/entities_extra.yml")).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the test entities", e);
        }
    }
}
